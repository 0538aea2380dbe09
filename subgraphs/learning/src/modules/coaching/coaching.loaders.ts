import { defineChildPages, defineLoader, type Page, type PageRequest, type SubgraphContext } from '@cooplab/kit';
import { CoachingSession } from './coaching.entity.js';
import { COACHING_ORDER } from './coaching.service.js';

export interface CoachingTotalsRow {
  sessions: number;
  minutes: number;
}

/** Coaching sessions and minutes of each cooperative: one grouped query. */
export const coachingTotalsOfCooperative = defineLoader<string, CoachingTotalsRow>(async (em, ids) => {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await em.getConnection().execute<Record<string, unknown>[]>(
        `select cooperative_id, count(*)::int as sessions, coalesce(sum(minutes), 0)::int as minutes
           from coaching_session where cooperative_id in (${unique.map(() => '?').join(', ')})
          group by cooperative_id`,
        unique,
      )
    : [];
  const byCooperative = new Map(rows.map((row) => [String(row.cooperative_id), { sessions: Number(row.sessions), minutes: Number(row.minutes) }]));
  return ids.map((id) => byCooperative.get(id) ?? { sessions: 0, minutes: 0 });
});

/** A cooperative's coaching sessions, newest first: the first page of many cooperatives in one statement. */
const sessionsOfCooperative = defineChildPages<CoachingSession>({ entity: CoachingSession, parent: 'cooperativeId', orderBy: COACHING_ORDER });

/**
 * A page of one cooperative's coaching sessions, newest first: the first page of many cooperatives batched,
 * later pages (`after`) of one cooperative through `paginate`, with the same cursors.
 */
export function coachingSessionsOfCooperative(ctx: SubgraphContext, cooperativeId: string, page: PageRequest): Promise<Page<CoachingSession>> {
  return sessionsOfCooperative.page(ctx, cooperativeId, {}, page);
}
