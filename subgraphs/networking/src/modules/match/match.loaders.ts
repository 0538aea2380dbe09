import { defineLoader, loadByIds, type SubgraphContext } from '@cooplab/kit';
import { Match } from './match.entity.js';
import { matchPolicy } from './match.policy.js';

export const matchById = defineLoader<string, Match | null>((em, ids) => loadByIds(em, Match, ids));

/** A match as the policy lets the caller see it (every path to one match reads it through here): null when there is none, FORBIDDEN when hidden. */
export async function visibleMatch(ctx: SubgraphContext, id: string): Promise<Match | null> {
  const match = await matchById(ctx).load(id);
  if (match) matchPolicy.assertCanRead(ctx.principal, match);
  return match;
}

/** Every match a cooperative is a side of (either side), newest first: one query for any number of cooperatives. */
export const matchesOfCooperative = defineLoader<string, Match[]>(async (em, ids) => {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await em.find(Match, { $or: [{ cooperativeId: { $in: unique } }, { partnerCooperativeId: { $in: unique } }] }, { orderBy: { createdAt: 'desc', id: 'asc' } })
    : [];
  return ids.map((id) => rows.filter((m) => m.cooperativeId === id || m.partnerCooperativeId === id));
});
