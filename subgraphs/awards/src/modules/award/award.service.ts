import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, flushUnique, newId, NotFoundError, Problems, toLocalized } from '@cooplab/kit';
import { EditionStatus } from '../awards.enums.js';
import { Award, Edition, EditionSponsor } from './award.entity.js';
import type { CreateAwardInput, CreateEditionInput, SetEditionStatusInput } from './award.inputs.js';

/** The moves an edition may make by hand; DECIDED is reached only by selecting the winners. */
const MOVES: Partial<Record<EditionStatus, EditionStatus>> = {
  [EditionStatus.DRAFT]: EditionStatus.OPEN,
  [EditionStatus.OPEN]: EditionStatus.REVIEW,
  [EditionStatus.DECIDED]: EditionStatus.CLOSED,
};

export const canMoveEdition = (from: EditionStatus, to: EditionStatus) => MOVES[from] === to;

/** Awards and their editions: creation with every rule checked, and the edition's lifecycle. */
export class AwardService {
  constructor(private readonly em: EntityManager) {}

  async createAward(input: CreateAwardInput): Promise<Award> {
    return this.em.transactional(async (em) => {
      const award = em.create(Award, { id: newId(), code: input.code, name: toLocalized(input.name), purpose: toLocalized(input.purpose), target: input.target });
      await flushUnique(em, () => new ConflictError(`An award with code ${input.code} exists already`, 'input.code'));
      return award;
    });
  }

  async createEdition(input: CreateEditionInput): Promise<Edition> {
    return this.em.transactional(async (em) => {
      const problems = new Problems();
      problems.check(input.opensOn <= input.closesOn, 'input.closesOn', 'must not be before opensOn');
      const funded = input.sponsors.reduce((s, x) => s + x.prizeCount, 0);
      problems.check(funded === input.prizeCount, 'input.sponsors', `fund ${funded} prizes; they must fund prizeCount (${input.prizeCount})`);
      const sponsorIds = input.sponsors.map((s) => s.organizationId.toLowerCase());
      problems.check(new Set(sponsorIds).size === sponsorIds.length, 'input.sponsors', 'must name each organisation once');
      const codes = input.criteria.map((c) => c.code);
      problems.check(new Set(codes).size === codes.length, 'input.criteria', 'must have distinct codes');
      const { rules } = input;
      if (rules.minAge != null && rules.maxAge != null) problems.check(rules.minAge <= rules.maxAge, 'input.rules.maxAge', 'must not be below minAge');
      problems.throwIfAny();
      const award = await em.findOne(Award, { id: input.awardId.toLowerCase() });
      if (!award) throw new NotFoundError('Award', input.awardId, 'input.awardId');
      const edition = em.create(Edition, {
        id: newId(),
        award,
        year: input.year,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        status: EditionStatus.DRAFT,
        prizeCount: input.prizeCount,
        prizeAmountCentimes: input.prizeAmountCentimes,
        criteria: input.criteria.map((c) => ({ code: c.code, name: toLocalized(c.name), weight: c.weight, scale: c.scale })),
        rules: {
          applicantKinds: [...new Set(rules.applicantKinds ?? [])],
          womenOnly: rules.womenOnly ?? false,
          minAge: rules.minAge ?? null,
          maxAge: rules.maxAge ?? null,
          maxYearsSinceRegistration: rules.maxYearsSinceRegistration ?? null,
          allowedCountries: [...new Set(rules.allowedCountries ?? [])].sort(),
        },
      });
      input.sponsors.forEach((s, position) =>
        em.create(EditionSponsor, { id: newId(), edition, organizationId: s.organizationId.toLowerCase(), name: s.name.trim(), prizeCount: s.prizeCount, position }),
      );
      await flushUnique(em, () => new ConflictError(`${award.code} has an edition in ${input.year} already`, 'input.year'));
      return edition;
    });
  }

  async setStatus(input: SetEditionStatusInput): Promise<Edition> {
    return this.em.transactional(async (em) => {
      const edition = await em.findOne(Edition, { id: input.editionId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!edition) throw new NotFoundError('Edition', input.editionId, 'input.editionId');
      if (!canMoveEdition(edition.status, input.status)) {
        const hint = input.status === EditionStatus.DECIDED ? ' (selectWinners decides an edition)' : '';
        throw new ConflictError(`An edition cannot go from ${edition.status} to ${input.status}${hint}`, 'input.status');
      }
      edition.status = input.status;
      return edition;
    });
  }
}
