import type { FilterQuery } from '@mikro-orm/postgresql';
import { defineChildPages, defineLoader, loadByIds, loadGrouped, pageSize, type Page, type PageRequest, type SubgraphContext } from '@cooplab/kit';
import type { ApplicationStatus } from '../awards.enums.js';
import { Application, ProjectHolder } from './application.entity.js';
import { applicationPolicy, type ApplicationScope } from './application.policy.js';

export const applicationById = defineLoader<string, Application | null>((em, ids) => loadByIds(em, Application, ids));

/** A cooperative's applications, newest edition first. */
export const applicationsOfCooperative = defineLoader<string, Application[]>((em, ids) =>
  loadGrouped(em, Application, 'cooperativeId', ids, { orderBy: { createdAt: 'desc', id: 'asc' } }),
);

/** An application's project holders, lead first. */
export const holdersOfApplication = defineLoader<string, ProjectHolder[]>((em, ids) =>
  loadGrouped(em, ProjectHolder, 'application', ids, { orderBy: { position: 'asc' } }),
);

/** The order of an edition's applications: as they were created. */
export const APPLICATION_ORDER = { createdAt: 'asc', id: 'asc' } as const;

/** Which of an edition's applications a list shows: the statuses asked for (null: all) within the caller's scope. */
interface EditionListFilters {
  statuses: readonly ApplicationStatus[] | null;
  scope: ApplicationScope;
}

/** An edition's applications, in the order they were created: the first page of many editions in one statement. */
const applicationsOfEditionPages = defineChildPages<Application, EditionListFilters>({
  entity: Application,
  parent: 'edition',
  orderBy: APPLICATION_ORDER,
  where: ({ statuses, scope }) => ({ $and: [statuses ? { status: { $in: [...statuses] } } : {}, applicationPolicy.scopeFilter(scope)!] }) as FilterQuery<Application>,
});

const emptyPage = <T>(): Page<T> => ({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0, totalCountIsEstimate: false });

/**
 * A page of an edition's applications that the caller may see (application.policy.ts), in the order they were
 * created: the first page of many editions batched, later pages (`after`) of one edition; the count when asked.
 */
export async function applicationsOfEdition(
  ctx: SubgraphContext,
  editionId: string,
  statuses: readonly ApplicationStatus[] | null,
  page: PageRequest,
): Promise<Page<Application>> {
  pageSize(page);
  const scope = applicationPolicy.scope(ctx.principal);
  if (scope.kind === 'none') return emptyPage();
  return applicationsOfEditionPages.page(ctx, editionId, { statuses, scope }, page);
}
