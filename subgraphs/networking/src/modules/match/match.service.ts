import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, defineService, flushUnique, newId, NotFoundError, Problems, ValidationError, type Principal } from '@cooplab/kit';
import { requireActsFor } from '../acting.js';
import { MatchKind, MatchStatus } from '../networking.enums.js';
import { Match } from './match.entity.js';
import type { MatchActionInput, RecordMatchMeetingInput, SuggestMatchInput } from './match.inputs.js';
import { matchPolicy, sideOf, TRANSITIONS, type MatchAction } from './match.policy.js';
import { SuggestionService } from './suggestion.service.js';

/** The match lifecycle: SUGGESTED → PROPOSED → ACCEPTED or DECLINED → MET, each step by whom it belongs to. */
export class MatchService {
  constructor(private readonly em: EntityManager, private readonly principal: Principal) {}

  async suggest(input: SuggestMatchInput): Promise<Match> {
    const cooperativeId = input.cooperativeId.toLowerCase();
    const partnerCooperativeId = input.partnerCooperativeId?.toLowerCase() ?? null;
    const expertId = input.expertId?.toLowerCase() ?? null;
    requireActsFor(this.principal, cooperativeId);
    const problems = new Problems();
    problems.check(Boolean(partnerCooperativeId) !== Boolean(expertId), 'input.partnerCooperativeId', 'give exactly one of partnerCooperativeId and expertId');
    problems.check(partnerCooperativeId !== cooperativeId, 'input.partnerCooperativeId', 'a cooperative is not matched with itself');
    problems.throwIfAny();
    const kind = expertId ? MatchKind.EXPERT : MatchKind.COOPERATIVE;
    const partnerId = (partnerCooperativeId ?? expertId)!;
    return this.em.transactional(async (em) => {
      const scored = await new SuggestionService(em).scorePair(cooperativeId, kind, partnerId);
      if (!scored) throw new ConflictError('These two have nothing to offer each other: no need of one meets an offer of the other', 'input.cooperativeId');
      const existing = await em.findOne(Match, {
        kind,
        $or: [
          { cooperativeId, ...(expertId ? { expertId } : { partnerCooperativeId }) },
          ...(partnerCooperativeId ? [{ cooperativeId: partnerCooperativeId, partnerCooperativeId: cooperativeId }] : []),
        ],
      });
      if (existing?.status === MatchStatus.DECLINED) throw new ConflictError('This pair was declined and is not matched again', 'input.cooperativeId');
      const duplicate = () => new ConflictError('This pair is matched already', 'input.cooperativeId');
      if (existing) throw duplicate();
      const match = em.create(Match, {
        id: newId(),
        kind,
        cooperativeId,
        partnerCooperativeId,
        expertId,
        status: MatchStatus.SUGGESTED,
        score: scored.score,
        reasons: scored.reasons,
      });
      await flushUnique(em, duplicate);
      return match;
    });
  }

  propose = (input: MatchActionInput) => this.move(input.matchId, 'PROPOSE');
  accept = (input: MatchActionInput) => this.move(input.matchId, 'ACCEPT');
  decline = (input: MatchActionInput) => this.move(input.matchId, 'DECLINE');
  recordMeeting = (input: RecordMatchMeetingInput) => {
    if (input.metAt && input.metAt.getTime() > Date.now()) throw ValidationError.field('input.metAt', 'must not be in the future: a meeting is recorded once it happened');
    return this.move(input.matchId, 'MEET', input.metAt ?? undefined);
  };

  /** Moves a match by `action`: NOT_FOUND, then FORBIDDEN for the wrong caller, then CONFLICT for a step out of order. */
  private async move(matchId: string, action: MatchAction, at?: Date): Promise<Match> {
    return this.em.transactional(async (em) => {
      const match = await em.findOne(Match, { id: matchId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!match) throw new NotFoundError('Match', matchId, 'input.matchId');
      matchPolicy.assertCanAct(this.principal, match, action);
      const step = TRANSITIONS[action];
      if (!step.from.includes(match.status)) {
        throw new ConflictError(`A ${match.status} match cannot be ${step.to.toLowerCase()} (only a ${step.from.join(' or ')} one)`, 'input.matchId');
      }
      const now = new Date();
      if (at && match.respondedAt && at < match.respondedAt) throw ValidationError.field('input.metAt', 'must not be before the match was accepted');
      match.status = step.to;
      if (action === 'PROPOSE') match.proposedAt = now;
      if (action === 'ACCEPT') match.respondedAt = now;
      if (action === 'DECLINE') {
        match.respondedAt = now;
        match.declinedBy = sideOf(this.principal, match);
      }
      if (action === 'MEET') match.metAt = at ?? now;
      return match;
    });
  }
}

export const matchService = defineService((ctx) => new MatchService(ctx.em, ctx.principal));
