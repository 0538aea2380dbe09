import { Cursor, Utils, raw, type EntityManager, type EntityMetadata, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import { paginate, pageSize, type Page, type PageRequest } from './connection.js';
import { defineLoader, isReadOnly, type HasLoaders } from './loaders.js';
import { rowsFromResults } from './rows.js';

/**
 * Nested connections: the children of many parents (a cooperative's products, an edition's applications…),
 * one page per parent. A list of parents asking for their children costs the same number of statements
 * whatever its length:
 * - the first page of every parent comes from one windowed statement per distinct filters and page size
 *   (`row_number() over (partition by parent order by …)`), batched by a DataLoader;
 * - a later page (`after`) pages one parent through `paginate`, with the same order, so that a cursor of the
 *   first page continues there (and a root list of the same order gives the same cursors);
 * - `totalCount`, only when selected, from one grouped count per distinct filters, exact (a parent's list is
 *   counted over its index).
 * The SQL is built from MikroORM's metadata and query builder: callers name properties, never columns.
 */
export interface ChildPagesOptions<T extends object, F> {
  entity: EntityName<T>;
  /** The property holding the parent's key: a many-to-one or a scalar id (`cooperativeId`). */
  parent: keyof T & string;
  /** The order of every page; it must end with a unique property (the id), as `paginate` needs. */
  orderBy: QueryOrderMap<T>;
  /** The condition of the filters (besides the parent), built afresh for each statement (raw fragments serve once). */
  where?: (filters: F) => FilterQuery<T>;
}

export interface ChildPages<T, F> {
  /** A page of `parentId`'s children under `filters` (compared by value: equal filters share a statement). */
  page(ctx: HasLoaders, parentId: string, filters: F, request: PageRequest): Promise<Page<T>>;
}

type Data = Record<string, unknown>;

/** A key equal for equal values (object keys sorted), to group requests by their filters. */
function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Data).sort(([a], [b]) => a.localeCompare(b))) : v,
  ) ?? 'null';
}

function direction(value: unknown): string {
  if (value === 1) return 'asc';
  if (value === -1) return 'desc';
  const text = String(value).toLowerCase();
  if (!/^(asc|desc)( nulls (first|last))?$/.test(text)) throw new Error(`defineChildPages: unsupported order ${String(value)}`);
  return text;
}

interface Column {
  fieldNames?: string[];
  embeddedProps?: Record<string, Column>;
}

/** The columns and directions of an order, embedded properties (`{ name: { fr: 'asc' } }`) included. */
function orderColumns(meta: EntityMetadata, orderBy: Data): [string, string][] {
  const columns: [string, string][] = [];
  const walk = (props: Record<string, Column>, order: Data, path: string) => {
    for (const [key, value] of Object.entries(order)) {
      const prop = props[key];
      if (value && typeof value === 'object') {
        if (!prop?.embeddedProps) throw new Error(`defineChildPages: ${meta.className}.${path}${key} is not embedded`);
        walk(prop.embeddedProps, value as Data, `${path}${key}.`);
      } else {
        if (!prop?.fieldNames?.length) throw new Error(`defineChildPages: ${meta.className} has no column for ${path}${key}`);
        columns.push([prop.fieldNames[0]!, direction(value)]);
      }
    }
  };
  walk(meta.properties as Record<string, Column>, orderBy, '');
  return columns;
}

interface Statement {
  sql: string;
  bindings: readonly unknown[];
}

export function defineChildPages<T extends object, F = Record<string, never>>(options: ChildPagesOptions<T, F>): ChildPages<T, F> {
  const { entity, parent, orderBy } = options;
  const condition = (filters: F, parents: string | string[]): FilterQuery<T> => {
    const own = { [parent]: Array.isArray(parents) ? { $in: parents } : parents } as FilterQuery<T>;
    return (options.where ? { $and: [options.where(filters), own] } : own) as FilterQuery<T>;
  };

  const metaOf = (em: EntityManager) => em.getMetadata().get<T>(Utils.className(entity)) as EntityMetadata<T>;
  const columnOf = (meta: EntityMetadata<T>, property: string) => {
    const prop = (meta.properties as Record<string, Column>)[property];
    if (!prop?.fieldNames?.length) throw new Error(`defineChildPages: ${meta.className} has no column for ${property}`);
    return prop.fieldNames[0]!;
  };
  const select = (em: EntityManager, filters: F, parents: string[]) => em.createQueryBuilder(entity, 'e').where(condition(filters, parents));
  const sqlOf = (qb: { getKnexQuery(): { toSQL(): unknown } }) => qb.getKnexQuery().toSQL() as Statement;

  type FirstKey = { parentId: string; filters: F; first: number };
  type CountKey = { parentId: string; filters: F };
  const groupOf = (key: { filters: F; first?: number }) => `${stableKey(key.filters)}|${key.first ?? ''}`;
  const keyOf = (key: { parentId: string; filters: F; first?: number }) => `${key.parentId}|${groupOf(key)}`;

  /** Groups keys by filters (and page size): one statement per group, whatever the number of parents. */
  async function byGroup<K extends CountKey, V>(keys: readonly K[], run: (sample: K, parents: string[]) => Promise<Map<string, V>>, missing: () => V): Promise<V[]> {
    const groups = new Map<string, { sample: K; parents: Set<string> }>();
    for (const key of keys) {
      const group = groupOf(key);
      if (!groups.has(group)) groups.set(group, { sample: key, parents: new Set() });
      groups.get(group)!.parents.add(key.parentId);
    }
    const results = new Map<string, V>();
    await Promise.all(
      [...groups].map(async ([group, { sample, parents }]) => {
        for (const [parentId, value] of await run(sample, [...parents])) results.set(`${parentId}|${group}`, value);
      }),
    );
    return keys.map((key) => results.get(keyOf(key)) ?? missing());
  }

  /** The first `first + 1` children of many parents (the extra one says whether a next page exists). */
  const firstPages = defineLoader<FirstKey, T[], string>(
    (em, keys) =>
      byGroup(
        keys,
        async ({ filters, first }, parents) => {
          const meta = metaOf(em);
          const platform = em.getDriver().getPlatform();
          const q = (column: string) => `e.${platform.quoteIdentifier(column)}`;
          const fk = columnOf(meta, parent);
          const order = orderColumns(meta, orderBy as Data)
            .map(([column, dir]) => `${q(column)} ${dir}`)
            .join(', ');
          const windowed = sqlOf(select(em, filters, parents).select(['*', raw(`row_number() over (partition by ${q(fk)} order by ${order}) as __position`)]));
          const results = await em.getConnection().execute<Data[]>(
            `select * from (${windowed.sql}) as e where e.__position <= ? order by ${q(fk)}, e.__position`,
            [...windowed.bindings, first + 1],
            'all',
            em.getTransactionContext(),
          );
          const columns = results.map(({ __position: _position, ...columns }) => columns);
          const rows = isReadOnly(em) ? rowsFromResults(em, entity, columns) : columns.map((c) => em.map(entity, c as never));
          const found = new Map<string, T[]>(parents.map((id) => [id, []]));
          columns.forEach((c, i) => found.get(String(c[fk]))?.push(rows[i]!));
          return found;
        },
        () => [],
      ),
    { cacheKeyFn: keyOf },
  );

  /** How many children each of many parents has under the filters: one grouped count per filters. */
  const counts = defineLoader<CountKey, number, string>(
    (em, keys) =>
      byGroup(
        keys,
        async ({ filters }, parents) => {
          const fk = columnOf(metaOf(em), parent);
          const quoted = `e.${em.getDriver().getPlatform().quoteIdentifier(fk)}`;
          const grouped = sqlOf(select(em, filters, parents).select([raw(`${quoted} as parent`), raw('count(*)::int as n')]).groupBy(raw(quoted) as never));
          const results = await em.getConnection().execute<{ parent: unknown; n: number }[]>(grouped.sql, [...grouped.bindings], 'all', em.getTransactionContext());
          return new Map(results.map((r) => [String(r.parent), Number(r.n)]));
        },
        () => 0,
      ),
    { cacheKeyFn: keyOf },
  );

  return {
    async page(ctx, parentId, filters, request) {
      const first = pageSize(request);
      const em = ctx.loaders.em;
      let count: Promise<number> | undefined;
      const counted = () => (count ??= counts(ctx).load({ parentId, filters }));
      let edges: Page<T>['edges'];
      let pageInfo: Page<T>['pageInfo'];
      if (request.after) {
        ({ edges, pageInfo } = await paginate(em, entity, () => condition(filters, parentId), request, orderBy));
      } else {
        const rows = first === 0 ? [] : await firstPages(ctx).load({ parentId, filters, first });
        // The cursor takes the overfetched row off, as paginate's does.
        const cursor = new Cursor<T>([...rows] as never, 0, { first, orderBy, overfetch: true } as never, metaOf(em));
        edges = (cursor.items as T[]).map((node) => ({ cursor: cursor.from(node as never), node }));
        pageInfo = { hasNextPage: cursor.hasNextPage, hasPreviousPage: false, startCursor: cursor.startCursor, endCursor: cursor.endCursor };
      }
      return {
        edges,
        pageInfo,
        get totalCount() {
          return counted();
        },
        totalCountIsEstimate: false,
      };
    },
  };
}

/**
 * A page whose nodes stand for others (a network's memberships for its member cooperatives): the same cursors,
 * page info and count, the nodes made by `map` (all of a page's nodes at once, for a loader); an edge whose
 * node maps to null is left out.
 */
export async function mapNodes<T, U>(page: Page<T>, map: (nodes: T[]) => Promise<(U | null)[]>): Promise<Page<U>> {
  const nodes = await map(page.edges.map((e) => e.node));
  return {
    edges: page.edges.flatMap((edge, i) => (nodes[i] == null ? [] : [{ cursor: edge.cursor, node: nodes[i] }])),
    pageInfo: page.pageInfo,
    // Getters: the count is asked of `page` only if the client selects it.
    get totalCount() {
      return page.totalCount;
    },
    get totalCountIsEstimate() {
      return page.totalCountIsEstimate;
    },
  };
}
