import { Cursor } from '@mikro-orm/postgresql';
import { defineLoader, pageSize, type Page, type PageRequest, type SubgraphContext } from '@cooplab/kit';
import { CoachingSession } from './coaching.entity.js';
import { COACHING_ORDER, coachingService } from './coaching.service.js';

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

/**
 * The first page of coaching sessions of many cooperatives at once (newest first): one windowed query per
 * page size. Later pages (`after`) page one cooperative and go through `paginate`.
 */
export const firstCoachingSessions = defineLoader<{ cooperativeId: string; first: number }, CoachingSession[], string>(
  async (em, keys) => {
    const bySize = new Map<number, string[]>();
    for (const k of keys) bySize.set(k.first, [...(bySize.get(k.first) ?? []), k.cooperativeId]);
    const results = new Map<string, CoachingSession[]>();
    await Promise.all(
      [...bySize].map(async ([first, ids]) => {
        const unique = [...new Set(ids)];
        const rows = await em.getConnection().execute<Record<string, unknown>[]>(
          `select * from (
             select s.*, row_number() over (partition by s.cooperative_id order by s.held_on desc, s.id desc) as rank
               from coaching_session s where s.cooperative_id in (${unique.map(() => '?').join(', ')})
           ) ranked where rank <= ? order by cooperative_id, held_on desc, id desc`,
          [...unique, first + 1],
        );
        for (const id of unique) results.set(`${id}|${first}`, []);
        for (const row of rows) {
          const { rank: _rank, ...columns } = row;
          results.get(`${String(row.cooperative_id)}|${first}`)!.push(em.map(CoachingSession, columns));
        }
      }),
    );
    return keys.map((k) => results.get(`${k.cooperativeId}|${k.first}`) ?? []);
  },
  { cacheKeyFn: (k) => `${k.cooperativeId}|${k.first}` },
);

/**
 * A page of one cooperative's coaching sessions, newest first: the first page of many cooperatives through
 * `firstCoachingSessions` (one query), later pages (`after`) of one cooperative through `paginate`.
 */
export async function coachingSessionsOfCooperative(ctx: SubgraphContext, cooperativeId: string, page: PageRequest): Promise<Page<CoachingSession>> {
  if (page.after) return coachingService(ctx).ofCooperative(cooperativeId, page);
  const size = pageSize(page);
  const rows = size === 0 ? [] : await firstCoachingSessions(ctx).load({ cooperativeId, first: size });
  const items = rows.slice(0, size);
  const meta = ctx.em.getMetadata().get(CoachingSession.name);
  const cursorOf = (s: CoachingSession) => Cursor.for(meta, s, COACHING_ORDER);
  return {
    edges: items.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: false,
      startCursor: items[0] ? cursorOf(items[0]) : null,
      endCursor: items.at(-1) ? cursorOf(items.at(-1)!) : null,
    },
    totalCount: coachingTotalsOfCooperative(ctx).load(cooperativeId).then((t) => t.sessions),
    totalCountIsEstimate: false,
  };
}
