import { defineLoader, loadGrouped } from '@cooplab/kit';
import { DevelopmentAction, NeedsAssessment } from './assessment.entity.js';

export const actionsOfCooperative = defineLoader<string, DevelopmentAction[]>((em, ids) =>
  loadGrouped(em, DevelopmentAction, 'cooperativeId', ids, { orderBy: { dueOn: 'asc', id: 'asc' } }),
);

/** The latest assessment of each cooperative: one `distinct on` query for any number of cooperatives. */
export const latestAssessmentOfCooperative = defineLoader<string, NeedsAssessment | null>(async (em, ids) => {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await em.getConnection().execute<Record<string, unknown>[]>(
        `select distinct on (cooperative_id) * from needs_assessment
          where cooperative_id in (${unique.map(() => '?').join(', ')})
          order by cooperative_id, assessed_on desc, created_at desc, id desc`,
        unique,
      )
    : [];
  const byCooperative = new Map(rows.map((row) => [String(row.cooperative_id), em.map(NeedsAssessment, row)]));
  return ids.map((id) => byCooperative.get(id) ?? null);
});
