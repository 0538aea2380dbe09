/**
 * The arithmetic of the jury, pure. A juror's score of an application is the weighted mean of the criterion
 * scores, each brought to a 0–100 scale (value / scale × 100), weighted by the criterion's weight. An
 * application's score is the plain mean of the scores of the jurors who count: assigned, not conflicted, and
 * having scored every criterion. Scores are rounded to 4 decimals so that equal marks compare equal.
 */

export interface CriterionSpec {
  code: string;
  weight: number;
  scale: number;
}

export interface JurorMarks {
  conflicted: boolean;
  /** Criterion code → value given. */
  values: Map<string, number>;
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** A juror's score (0–100), or null when some criterion is not scored yet. */
export function jurorScore(criteria: CriterionSpec[], values: Map<string, number>): number | null {
  const totalWeight = criteria.reduce((s, c) => s + c.weight, 0);
  if (criteria.length === 0 || totalWeight <= 0) return null;
  let sum = 0;
  for (const c of criteria) {
    const value = values.get(c.code);
    if (value === undefined) return null;
    sum += (c.weight * value * 100) / c.scale;
  }
  return round(sum / totalWeight);
}

/** An application's score over its jurors: conflicted and incomplete jurors never count. */
export function applicationScore(criteria: CriterionSpec[], jurors: JurorMarks[]): { score: number | null; jurorsCounted: number } {
  const scores = jurors.filter((j) => !j.conflicted).map((j) => jurorScore(criteria, j.values)).filter((s): s is number => s !== null);
  if (scores.length === 0) return { score: null, jurorsCounted: 0 };
  return { score: round(scores.reduce((s, x) => s + x, 0) / scores.length), jurorsCounted: scores.length };
}

export interface Candidate {
  id: string;
  score: number | null;
  jurorsCounted: number;
  /** When it was submitted (ISO timestamp). */
  submittedAt: string;
}

/**
 * The ranking, stable. Tie rule: a higher score first; on equal scores, the application scored by more jurors;
 * then the one submitted first; then the smaller id (so that the order never depends on how rows were read).
 * Applications without a score come last.
 */
export function rank<C extends Candidate>(candidates: C[]): (C & { rank: number })[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) ||
      b.jurorsCounted - a.jurorsCounted ||
      a.submittedAt.localeCompare(b.submittedAt) ||
      a.id.localeCompare(b.id),
  );
  return sorted.map((c, i) => ({ ...c, rank: i + 1 }));
}

/** Which sponsor funds the prize of rank `rank` (1-based): sponsors fund consecutive prizes, in their order. */
export function sponsorOfPrize<S extends { prizeCount: number }>(sponsors: S[], rank: number): S | null {
  let upTo = 0;
  for (const sponsor of sponsors) {
    upTo += sponsor.prizeCount;
    if (rank <= upTo) return sponsor;
  }
  return null;
}
