import { defineLoader, loadByIds } from '@cooplab/kit';
import { Match } from './match.entity.js';

export const matchById = defineLoader<string, Match | null>((em, ids) => loadByIds(em, Match, ids));

/** Every match a cooperative is a side of (either side), newest first: one query for any number of cooperatives. */
export const matchesOfCooperative = defineLoader<string, Match[]>(async (em, ids) => {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await em.find(Match, { $or: [{ cooperativeId: { $in: unique } }, { partnerCooperativeId: { $in: unique } }] }, { orderBy: { createdAt: 'desc', id: 'asc' } })
    : [];
  return ids.map((id) => rows.filter((m) => m.cooperativeId === id || m.partnerCooperativeId === id));
});
