import { defineChildPages, defineLoader, loadGrouped, type Page, type PageRequest, type SubgraphContext } from '@cooplab/kit';
import { Opportunity } from './opportunity.entity.js';

export const opportunitiesOfMatch = defineLoader<string, Opportunity[]>((em, ids) =>
  loadGrouped(em, Opportunity, 'match', ids, { orderBy: { openedOn: 'desc', id: 'asc' } }),
);

/** Opportunities of the matches a cooperative is a side of (either side), newest first. */
const opportunityPages = defineChildPages<Opportunity>({ entity: Opportunity, parent: ['match.cooperativeId', 'match.partnerCooperativeId'], orderBy: { openedOn: 'desc', id: 'asc' } });

/**
 * A page of the opportunities of the matches a cooperative is a side of, newest first (the caller's right to read
 * them is checked by the resolver): the first page of many cooperatives in one statement, a later page of one.
 */
export const opportunitiesOfCooperative = (ctx: SubgraphContext, cooperativeId: string, page: PageRequest): Promise<Page<Opportunity>> =>
  opportunityPages.page(ctx, cooperativeId, {}, page);
