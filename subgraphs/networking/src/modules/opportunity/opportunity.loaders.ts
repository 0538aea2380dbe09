import { defineLoader, loadGrouped } from '@cooplab/kit';
import { Opportunity } from './opportunity.entity.js';

export const opportunitiesOfMatch = defineLoader<string, Opportunity[]>((em, ids) =>
  loadGrouped(em, Opportunity, 'match', ids, { orderBy: { openedOn: 'desc', id: 'asc' } }),
);

/** Opportunities of the matches a cooperative is a side of: one query for any number of cooperatives. */
export const opportunitiesOfCooperative = defineLoader<string, Opportunity[]>(async (em, ids) => {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await em.find(
        Opportunity,
        { $or: [{ match: { cooperativeId: { $in: unique } } }, { match: { partnerCooperativeId: { $in: unique } } }] },
        { populate: ['match'], orderBy: { openedOn: 'desc', id: 'asc' } },
      )
    : [];
  return ids.map((id) => rows.filter((o) => o.match.cooperativeId === id || o.match.partnerCooperativeId === id));
});
