import { ActionStatus, Dimension } from '../learning.enums.js';

export const DIMENSIONS: Dimension[] = [
  Dimension.MANAGEMENT,
  Dimension.GOVERNANCE,
  Dimension.PRODUCTION,
  Dimension.MARKET_ACCESS,
  Dimension.FINANCE,
  Dimension.DIGITAL,
];
export const MAX_SCORE = 4;

export type Scores = Record<Dimension, number>;

/**
 * A cooperative's priority needs: the dimensions of its weakest score, all of them when several tie, in the
 * order of DIMENSIONS. None when every dimension is mastered (all at MAX_SCORE).
 */
export function priorityNeeds(scores: Scores): Dimension[] {
  const lowest = Math.min(...DIMENSIONS.map((d) => scores[d]));
  if (lowest >= MAX_SCORE) return [];
  return DIMENSIONS.filter((d) => scores[d] === lowest);
}

/** Share of a plan's actions that are done, dropped ones left out; null when no action counts. */
export function planProgress(statuses: readonly ActionStatus[]): number | null {
  const counted = statuses.filter((s) => s !== ActionStatus.DROPPED);
  if (counted.length === 0) return null;
  return counted.filter((s) => s === ActionStatus.DONE).length / counted.length;
}

const ACTION_NEXT: Record<ActionStatus, ActionStatus[]> = {
  [ActionStatus.TODO]: [ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.DROPPED],
  [ActionStatus.IN_PROGRESS]: [ActionStatus.TODO, ActionStatus.DONE, ActionStatus.DROPPED],
  [ActionStatus.DONE]: [],
  [ActionStatus.DROPPED]: [],
};

/** TODO ⇄ IN_PROGRESS, either → DONE or DROPPED; DONE and DROPPED are final. */
export const canMoveAction = (from: ActionStatus, to: ActionStatus): boolean => ACTION_NEXT[from].includes(to);
