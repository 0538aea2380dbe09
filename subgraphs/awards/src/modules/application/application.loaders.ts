import { Cursor } from '@mikro-orm/postgresql';
import { defineLoader, loadByIds, loadGrouped, paginate, pageSize, type Page, type PageRequest, type SubgraphContext } from '@cooplab/kit';
import type { ApplicationStatus } from '../awards.enums.js';
import { assignedApplicationIds } from '../jury/jury.loaders.js';
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
interface EditionListKey {
  editionId: string;
  statuses: readonly ApplicationStatus[] | null;
  scope: ApplicationScope;
}

const scopeKey = (s: ApplicationScope) => (s.kind === 'cooperative' ? `c:${s.cooperativeId}` : s.kind === 'juror' ? `j:${s.subject}` : s.kind);
const listKey = (k: EditionListKey) => `${k.statuses?.join(',') ?? '*'}|${scopeKey(k.scope)}`;

/** The `where` of an edition list over `application a`, for a group of editions with the same statuses and scope. */
function listWhere(editionIds: readonly string[], k: EditionListKey): { sql: string; params: unknown[] } {
  const scope = applicationPolicy.scopeSql(k.scope, 'a')!;
  const statuses = k.statuses ? ` and a.status in (${k.statuses.map(() => '?').join(', ')})` : '';
  return { sql: `a.edition_id in (${editionIds.map(() => '?').join(', ')})${statuses}${scope.sql}`, params: [...editionIds, ...(k.statuses ?? []), ...scope.params] };
}

/** Groups keys by everything but the edition: one statement per group, whatever the number of editions. */
async function byGroup<K extends EditionListKey, V>(keys: readonly K[], run: (group: K, editionIds: string[]) => Promise<Map<string, V>>, cacheKey: (k: K) => string): Promise<V[]> {
  const groups = new Map<string, K[]>();
  for (const k of keys) {
    const g = `${listKey(k)}|${'first' in k ? String(k.first) : ''}`;
    groups.set(g, [...(groups.get(g) ?? []), k]);
  }
  const results = new Map<string, V>();
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const found = await run(group[0]!, [...new Set(group.map((k) => k.editionId))]);
      for (const k of group) results.set(cacheKey(k), found.get(k.editionId)!);
    }),
  );
  return keys.map((k) => results.get(cacheKey(k))!);
}

type FirstPageKey = EditionListKey & { first: number };
const firstPageKey = (k: FirstPageKey) => `${k.editionId}|${k.first}|${listKey(k)}`;

/**
 * The first `first + 1` applications of many editions at once (the extra one tells whether there is a next
 * page): one windowed query per page size, statuses and scope. Later pages (`after`) page one edition through
 * `paginate`.
 */
export const firstApplicationsOfEdition = defineLoader<FirstPageKey, Application[], string>(
  (em, keys) =>
    byGroup(
      keys,
      async (k, editionIds) => {
        const where = listWhere(editionIds, k);
        const rows = await em.getConnection().execute<Record<string, unknown>[]>(
          `select * from (
             select a.*, row_number() over (partition by a.edition_id order by a.created_at, a.id) as rank
               from application a where ${where.sql}
           ) ranked where rank <= ? order by edition_id, created_at, id`,
          [...where.params, k.first + 1],
        );
        const found = new Map<string, Application[]>(editionIds.map((id) => [id, []]));
        for (const row of rows) {
          const { rank: _rank, ...columns } = row;
          found.get(String(row.edition_id))!.push(em.map(Application, columns));
        }
        return found;
      },
      firstPageKey,
    ),
  { cacheKeyFn: firstPageKey },
);

const countKey = (k: EditionListKey) => `${k.editionId}|${listKey(k)}`;

/** How many applications each of many editions' lists holds: one grouped count per statuses and scope. */
export const applicationCountOfEdition = defineLoader<EditionListKey, number, string>(
  (em, keys) =>
    byGroup(
      keys,
      async (k, editionIds) => {
        const where = listWhere(editionIds, k);
        const rows = await em.getConnection().execute<Record<string, unknown>[]>(`select a.edition_id, count(*)::int as n from application a where ${where.sql} group by a.edition_id`, where.params);
        const found = new Map<string, number>(editionIds.map((id) => [id, 0]));
        for (const row of rows) found.set(String(row.edition_id), Number(row.n));
        return found;
      },
      countKey,
    ),
  { cacheKeyFn: countKey },
);

const emptyPage = <T>(): Page<T> => ({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0, totalCountIsEstimate: false });

/**
 * A page of an edition's applications that the caller may see, in the order they were created: the first page
 * of many editions through `firstApplicationsOfEdition` (one query), later pages of one edition through
 * `paginate` (with the same scope); the count, when asked, through `applicationCountOfEdition`.
 */
export async function applicationsOfEdition(
  ctx: SubgraphContext,
  editionId: string,
  statuses: readonly ApplicationStatus[] | null,
  page: PageRequest,
): Promise<Page<Application>> {
  const size = pageSize(page);
  const scope = applicationPolicy.scope(ctx.principal);
  if (scope.kind === 'none') return emptyPage();
  const key: EditionListKey = { editionId, statuses, scope };
  if (page.after) {
    const within = await scopeFilter(ctx, scope);
    return paginate(ctx.em, Application, () => ({ edition: editionId, ...(statuses ? { status: { $in: [...statuses] } } : {}), ...within }), page, APPLICATION_ORDER);
  }
  const rows = size === 0 ? [] : await firstApplicationsOfEdition(ctx).load({ ...key, first: size });
  const items = rows.slice(0, size);
  const meta = ctx.em.getMetadata().get(Application.name);
  const cursorOf = (a: Application) => Cursor.for(meta, a, APPLICATION_ORDER);
  let count: Promise<number> | undefined;
  return {
    edges: items.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: false,
      startCursor: items[0] ? cursorOf(items[0]) : null,
      endCursor: items.at(-1) ? cursorOf(items.at(-1)!) : null,
    },
    get totalCount() {
      count ??= applicationCountOfEdition(ctx).load(key);
      return count;
    },
    totalCountIsEstimate: false,
  };
}

/** The scope as an ORM filter, for `paginate`: a juror's assigned applications are read once per request. */
async function scopeFilter(ctx: SubgraphContext, scope: ApplicationScope): Promise<Record<string, unknown>> {
  if (scope.kind === 'cooperative') return { cooperativeId: scope.cooperativeId };
  if (scope.kind === 'juror') return { id: { $in: await assignedApplicationIds(ctx).load(scope.subject) } };
  return {};
}

