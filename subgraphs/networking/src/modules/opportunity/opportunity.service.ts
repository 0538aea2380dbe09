import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, defineService, newId, NotFoundError, type Principal, Problems, todayIso } from '@cooplab/kit';
import { Match } from '../match/match.entity.js';
import { MatchStatus, OpportunityStatus } from '../networking.enums.js';
import { Opportunity } from './opportunity.entity.js';
import type { RecordOpportunityInput, SetOpportunityStatusInput } from './opportunity.inputs.js';
import { opportunityPolicy } from './opportunity.policy.js';
import { canMoveOpportunity } from './opportunity.rules.js';

/** Opportunities: born of an accepted or met match, carried by one of its cooperatives, closed with a realised value. */
export class OpportunityService {
  constructor(private readonly em: EntityManager, private readonly principal: Principal) {}

  async record(input: RecordOpportunityInput): Promise<Opportunity> {
    return this.em.transactional(async (em) => {
      const match = await em.findOne(Match, { id: input.matchId.toLowerCase() });
      if (!match) throw new NotFoundError('Match', input.matchId, 'input.matchId');
      opportunityPolicy.assertCanWrite(this.principal, match);
      const sides = [match.cooperativeId, match.partnerCooperativeId].filter((id): id is string => Boolean(id));
      const cooperativeId = input.cooperativeId?.toLowerCase() ?? (this.principal.role === 'COOPERATIVE' ? this.principal.cooperativeId!.toLowerCase() : match.cooperativeId);
      const problems = new Problems();
      problems.check(sides.includes(cooperativeId), 'input.cooperativeId', 'must be a cooperative of the match');
      problems.check(this.principal.role !== 'COOPERATIVE' || cooperativeId === this.principal.cooperativeId?.toLowerCase(), 'input.cooperativeId', 'a cooperative records its own opportunities');
      problems.throwIfAny();
      if (match.status !== MatchStatus.ACCEPTED && match.status !== MatchStatus.MET) {
        throw new ConflictError(`Opportunities come from ACCEPTED or MET matches; this one is ${match.status}`, 'input.matchId');
      }
      return em.create(Opportunity, {
        id: newId(),
        match,
        cooperativeId,
        kind: input.kind,
        title: input.title.trim(),
        status: OpportunityStatus.OPEN,
        estimatedValueCentimes: input.estimatedValueCentimes,
        openedOn: todayIso(),
      });
    });
  }

  async setStatus(input: SetOpportunityStatusInput): Promise<Opportunity> {
    return this.em.transactional(async (em) => {
      const opportunity = await em.findOne(Opportunity, { id: input.opportunityId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['match'] });
      if (!opportunity) throw new NotFoundError('Opportunity', input.opportunityId, 'input.opportunityId');
      opportunityPolicy.assertCanWrite(this.principal, opportunity.match);
      const problems = new Problems();
      const won = input.status === OpportunityStatus.WON;
      problems.check(!won || input.realisedValueCentimes != null, 'input.realisedValueCentimes', 'is required to mark an opportunity WON');
      problems.check(won || input.realisedValueCentimes == null, 'input.realisedValueCentimes', 'is given only when the opportunity is WON');
      problems.throwIfAny();
      if (!canMoveOpportunity(opportunity.status, input.status)) {
        throw new ConflictError(`An opportunity cannot go from ${opportunity.status} to ${input.status}`, 'input.status');
      }
      opportunity.status = input.status;
      if (won) opportunity.realisedValueCentimes = input.realisedValueCentimes!;
      if (won || input.status === OpportunityStatus.LOST) opportunity.closedOn = todayIso();
      return opportunity;
    });
  }
}

export const opportunityService = defineService((ctx) => new OpportunityService(ctx.em, ctx.principal));
