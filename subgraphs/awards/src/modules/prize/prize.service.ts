import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, newId, NotFoundError, todayIso, type Principal } from '@cooplab/kit';
import { Application } from '../application/application.entity.js';
import { ApplicationStatus, EditionStatus } from '../awards.enums.js';
import { Edition, EditionSponsor } from '../award/award.entity.js';
import { sponsorOfPrize } from '../jury/scoring.rules.js';
import { Prize } from './prize.entity.js';
import { rankEdition } from './ranking.service.js';

/** The decision of an edition: the winners, once. */
export class PrizeService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /**
   * Takes the top of the ranking (scored shortlisted applications) up to the number of prizes, gives each prize
   * its sponsor and amount, marks the other candidates NOT_SELECTED and the edition DECIDED, recording who and
   * when. The edition's row is locked first, so two concurrent calls make one decision: the second finds the
   * edition DECIDED and gets CONFLICT.
   */
  async selectWinners(editionId: string, now: Date = new Date()): Promise<Edition> {
    return this.em.transactional(async (em) => {
      const edition = await em.findOne(Edition, { id: editionId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!edition) throw new NotFoundError('Edition', editionId, 'input.editionId');
      if (edition.status === EditionStatus.DECIDED || edition.status === EditionStatus.CLOSED) {
        throw new ConflictError(`The winners of this edition were selected already (${edition.decidedAt?.toISOString() ?? 'before'})`, 'input.editionId');
      }
      if (edition.status !== EditionStatus.REVIEW) throw new ConflictError(`Winners are selected when the edition is under REVIEW, not ${edition.status}`, 'input.editionId');
      const ranking = (await rankEdition(em, edition)).filter((r) => r.score !== null);
      if (ranking.length === 0) throw new ConflictError('No shortlisted application has a complete score yet', 'input.editionId');
      const sponsors = await em.find(EditionSponsor, { edition }, { orderBy: { position: 'asc' } });
      const winners = ranking.slice(0, edition.prizeCount);
      const awardedOn = todayIso(now);
      winners.forEach((w, i) => {
        w.application.status = ApplicationStatus.AWARDED;
        em.create(Prize, { id: newId(), edition, application: w.application, rank: i + 1, sponsor: sponsorOfPrize(sponsors, i + 1), amountCentimes: edition.prizeAmountCentimes, awardedOn });
      });
      await em.flush();
      await em.nativeUpdate(
        Application,
        { edition, status: { $in: [ApplicationStatus.ELIGIBLE, ApplicationStatus.SHORTLISTED] } },
        { status: ApplicationStatus.NOT_SELECTED },
      );
      edition.status = EditionStatus.DECIDED;
      edition.decidedAt = now;
      edition.decidedBy = this.principal.subject ?? this.principal.role.toLowerCase();
      return edition;
    });
  }
}
