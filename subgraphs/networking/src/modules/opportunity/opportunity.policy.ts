import type { Principal } from '@cooplab/kit';
import { readsAll } from '../acting.js';
import type { Match } from '../match/match.entity.js';
import { matchPolicy } from '../match/match.policy.js';

/**
 * Opportunities are read like the match they came from (its sides, partners, staff) and written by a side of the
 * match, or staff: one rule for the root fields, Cooperative.opportunities and Match.opportunities.
 */
export const opportunityPolicy = {
  canRead: (principal: Principal, match: Pick<Match, 'cooperativeId' | 'partnerCooperativeId'>): boolean => readsAll(principal) || matchPolicy.canRead(principal, match),
  assertCanWrite: (principal: Principal, match: Match): void => matchPolicy.assertCanAct(principal, match, 'MEET'),
};
