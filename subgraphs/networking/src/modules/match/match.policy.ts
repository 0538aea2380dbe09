import { ForbiddenError, UnauthenticatedError, type Principal } from '@cooplab/kit';
import { actsFor, readsAll } from '../acting.js';
import { MatchKind, MatchStatus } from '../networking.enums.js';
import type { Match } from './match.entity.js';

export type MatchAction = 'PROPOSE' | 'ACCEPT' | 'DECLINE' | 'MEET';

/** Which side of a match the caller stands for, if any. */
export function sideOf(principal: Principal, match: Pick<Match, 'cooperativeId' | 'partnerCooperativeId'>): 'COOPERATIVE' | 'PARTNER' | 'STAFF' | null {
  if (principal.role === 'STAFF') return 'STAFF';
  if (principal.role !== 'COOPERATIVE' || !principal.cooperativeId) return null;
  if (actsFor(principal, match.cooperativeId)) return 'COOPERATIVE';
  if (match.partnerCooperativeId && actsFor(principal, match.partnerCooperativeId)) return 'PARTNER';
  return null;
}

/** From which statuses each action moves a match, and where to. */
export const TRANSITIONS: Record<MatchAction, { from: MatchStatus[]; to: MatchStatus }> = {
  PROPOSE: { from: [MatchStatus.SUGGESTED], to: MatchStatus.PROPOSED },
  ACCEPT: { from: [MatchStatus.PROPOSED], to: MatchStatus.ACCEPTED },
  DECLINE: { from: [MatchStatus.SUGGESTED, MatchStatus.PROPOSED], to: MatchStatus.DECLINED },
  MEET: { from: [MatchStatus.ACCEPTED], to: MatchStatus.MET },
};

/**
 * Who may see a match and move it, on every path. Staff do everything; partners read; a cooperative reads the
 * matches it is a side of and acts as that side:
 *   - PROPOSE: the cooperative the match was suggested to;
 *   - ACCEPT: the partner cooperative (an expert answers through staff);
 *   - DECLINE: the suggested-to side while SUGGESTED, either side once PROPOSED;
 *   - MEET: either side.
 */
export const matchPolicy = {
  canRead: (principal: Principal, match: Pick<Match, 'cooperativeId' | 'partnerCooperativeId'>): boolean =>
    readsAll(principal) || sideOf(principal, match) !== null,

  /** Throws unless the caller may read `match` (or the matches and suggestions of a cooperative, when given its id). */
  assertCanRead(principal: Principal, match: Pick<Match, 'cooperativeId' | 'partnerCooperativeId'>): void {
    if (matchPolicy.canRead(principal, match)) return;
    if (principal.role === 'ANONYMOUS') throw new UnauthenticatedError();
    throw new ForbiddenError(principal.role === 'COOPERATIVE' ? 'A cooperative sees its own matches only' : 'Matches are for their sides, partners and staff');
  },

  /** Matches, suggestions and opportunities of a cooperative: the cooperative itself, partners and staff. */
  assertCanReadFor(principal: Principal, cooperativeId: string): void {
    matchPolicy.assertCanRead(principal, { cooperativeId, partnerCooperativeId: null });
  },

  /** Throws FORBIDDEN (UNAUTHENTICATED when anonymous) unless the caller may take `action` on `match`. */
  assertCanAct(principal: Principal, match: Match, action: MatchAction): void {
    if (principal.role === 'ANONYMOUS') throw new UnauthenticatedError();
    const side = sideOf(principal, match);
    if (side === 'STAFF') return;
    if (side === null) throw new ForbiddenError(principal.role === 'COOPERATIVE' ? 'A cooperative acts on its own matches only' : 'Only staff or a side of the match may do this');
    const allowed =
      action === 'PROPOSE'
        ? side === 'COOPERATIVE'
        : action === 'ACCEPT'
          ? side === 'PARTNER' && match.kind === MatchKind.COOPERATIVE
          : action === 'DECLINE'
            ? match.status === MatchStatus.SUGGESTED
              ? side === 'COOPERATIVE'
              : true
            : true;
    if (!allowed) {
      throw new ForbiddenError(
        action === 'ACCEPT'
          ? 'Only the partner a match was proposed to may accept it'
          : action === 'PROPOSE'
            ? 'Only the cooperative a match was suggested to may propose it'
            : 'Only the cooperative a suggestion was made to may decline it',
      );
    }
  },
};
