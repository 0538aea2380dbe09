import { defineLoader, loadGrouped } from '@cooplab/kit';
import { Prize } from './prize.entity.js';

/** An edition's prizes, by rank. */
export const prizesOfEdition = defineLoader<string, Prize[]>((em, ids) => loadGrouped(em, Prize, 'edition', ids, { orderBy: { rank: 'asc' } }));

/** The prize an application won, or null. */
export const prizeOfApplication = defineLoader<string, Prize | null>(async (em, ids) => {
  const groups = await loadGrouped(em, Prize, 'application', ids);
  return groups.map((g) => g[0] ?? null);
});

/** The prizes a cooperative won, newest first: one query for any number of cooperatives. */
export const prizesOfCooperative = defineLoader<string, Prize[]>(async (em, ids) => {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await em.find(Prize, { application: { cooperativeId: { $in: unique } } }, { populate: ['application'], orderBy: { awardedOn: 'desc', id: 'asc' } })
    : [];
  const byCooperative = new Map<string, Prize[]>(unique.map((id) => [id, []]));
  for (const prize of rows) byCooperative.get(prize.application.cooperativeId!)?.push(prize);
  return ids.map((id) => byCooperative.get(id) ?? []);
});
