import { OpportunityStatus as S } from '../networking.enums.js';

/** Where an opportunity may go from each status. */
const NEXT: Record<S, S[]> = {
  [S.OPEN]: [S.IN_PROGRESS, S.WON, S.LOST],
  [S.IN_PROGRESS]: [S.WON, S.LOST],
  [S.WON]: [],
  [S.LOST]: [],
};
export const canMoveOpportunity = (from: S, to: S): boolean => NEXT[from].includes(to);
