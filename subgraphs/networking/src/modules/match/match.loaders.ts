import { defineChildPages, defineLoader, loadByIds, type Page, type PageRequest, type SubgraphContext } from '@cooplab/kit';
import { Match } from './match.entity.js';
import { matchPolicy } from './match.policy.js';

export const matchById = defineLoader<string, Match | null>((em, ids) => loadByIds(em, Match, ids));

/** A match as the policy lets the caller see it (every path to one match reads it through here): null when there is none, FORBIDDEN when hidden. */
export async function visibleMatch(ctx: SubgraphContext, id: string): Promise<Match | null> {
  const match = await matchById(ctx).load(id);
  if (match) matchPolicy.assertCanRead(ctx.principal, match);
  return match;
}

/** The matches a cooperative is a side of (either side), newest first. */
const matchPages = defineChildPages<Match>({ entity: Match, parent: ['cooperativeId', 'partnerCooperativeId'], orderBy: { createdAt: 'desc', id: 'asc' } });

/**
 * A page of the matches a cooperative is a side of, newest first (the caller's right to read them is checked by
 * the resolver, match.policy.ts): the first page of many cooperatives in one statement, a later page of one.
 */
export const matchesOfCooperative = (ctx: SubgraphContext, cooperativeId: string, page: PageRequest): Promise<Page<Match>> => matchPages.page(ctx, cooperativeId, {}, page);
