import { Cursor, Utils, raw, type EntityManager, type EntityMetadata, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import { paginate, pageSize, type Page, type PageRequest } from './connection.js';
import { defineLoader, isReadOnly, type HasLoaders } from './loaders.js';
import { rowsFromResults } from './rows.js';

/*
 * Nested connections: the children of many parents (a cooperative's products, an edition's applications…),
 * one page per parent. A list of parents asking for their children costs the same number of statements
 * whatever its length:
 * - the first page of every parent comes from one windowed statement per distinct filters and page size
 *   (`row_number() over (partition by parent order by …)`), batched by a DataLoader;
 * - a later page (`after`) pages one parent through `paginate`, with the same order, so that a cursor of the
 *   first page continues there (and a root list of the same order gives the same cursors);
 * - `totalCount`, only when selected, from one grouped count per distinct filters, exact (a parent's list is
 *   counted over its index).
 * The SQL is built from MikroORM's metadata and query builder: callers name properties, never columns. For a
 * read-only request the children are rows (rows.ts), as `paginate` makes them; else entities.
 */

export interface ChildPagesOptions<T extends object, F> {
  entity: EntityName<T>;
  /**
   * Where the parent's key is: a property of the child (a many-to-one, or a scalar id such as `cooperativeId`),
   * or one of a many-to-one's (`'match.cooperativeId'`). Several: a child belongs to each parent it names
   * (a match to both of its cooperatives), and appears once in a list however many of them name the parent.
   */
  parent: string | readonly string[];
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

/** `{ a: { b: value } }` for the path `a.b`. */
const nested = (path: string, value: unknown): Data => path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Data;

/**
 * A nested connection, declared once beside its concept: `page(ctx, parentId, filters, { first, after })`.
 * Filters that hold what the caller may see (a policy's decision) make the policy apply to every page and count.
 */
export function defineChildPages<T extends object, F = Record<string, never>>(options: ChildPagesOptions<T, F>): ChildPages<T, F> {
  const { entity, orderBy } = options;
  const paths: readonly string[] = typeof options.parent === 'string' ? [options.parent] : options.parent;
  /** The children of `parents` (one or many) through the given paths, under the filters. */
  const condition = (filters: F, parents: string | string[], through: readonly string[] = paths): FilterQuery<T> => {
    const value = Array.isArray(parents) ? { $in: parents } : parents;
    const own = through.length === 1 ? nested(through[0]!, value) : { $or: through.map((path) => nested(path, value)) };
    return (options.where ? { $and: [options.where(filters), own] } : own) as FilterQuery<T>;
  };

  const metaOf = (em: EntityManager) => em.getMetadata().get<T>(Utils.className(entity)) as EntityMetadata<T>;
  const columnOf = (meta: EntityMetadata, property: string) => {
    const prop = (meta.properties as Record<string, Column>)[property];
    if (!prop?.fieldNames?.length) throw new Error(`defineChildPages: ${meta.className} has no column for ${property}`);
    return prop.fieldNames[0]!;
  };
  const sqlOf = (qb: { getKnexQuery(): { toSQL(): unknown } }) => qb.getKnexQuery().toSQL() as Statement;

  /**
   * One statement's children of `parents` through the i-th path, each with the parent it is listed under as
   * `__parent`; children already listed under that parent through an earlier path are left out.
   */
  const branch = (em: EntityManager, filters: F, parents: string[], i: number, select: (parentSql: string) => (string | ReturnType<typeof raw>)[]) => {
    const meta = metaOf(em);
    const platform = em.getDriver().getPlatform();
    const qb = em.createQueryBuilder(entity, 'e');
    const joined = new Map<string, string>();
    const sqlOfPath = (path: string) => {
      const [head, tail] = path.split('.') as [string, string | undefined];
      if (!tail) return `e.${platform.quoteIdentifier(columnOf(meta, head))}`;
      const relation = (meta.properties as Record<string, { targetMeta?: EntityMetadata }>)[head];
      if (!relation?.targetMeta) throw new Error(`defineChildPages: ${meta.className}.${head} is not a relation`);
      if (!joined.has(head)) {
        joined.set(head, `p${joined.size}`);
        qb.join(`e.${head}`, joined.get(head)!);
      }
      return `${joined.get(head)}.${platform.quoteIdentifier(columnOf(relation.targetMeta, tail))}`;
    };
    const parentSql = sqlOfPath(paths[i]!);
    qb.where(condition(filters, parents, [paths[i]!]));
    for (const earlier of paths.slice(0, i)) qb.andWhere(`${sqlOfPath(earlier)} is distinct from ${parentSql}`);
    return sqlOf(qb.select(select(parentSql) as never));
  };
  /** The branches of every path, as one statement: `(…) union all (…)`. */
  const union = (em: EntityManager, filters: F, parents: string[], select: (parentSql: string) => (string | ReturnType<typeof raw>)[]): Statement => {
    const branches = paths.map((_, i) => branch(em, filters, parents, i, select));
    return { sql: branches.map((b) => `(${b.sql})`).join(' union all '), bindings: branches.flatMap((b) => [...b.bindings]) };
  };

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
          const platform = em.getDriver().getPlatform();
          const order = orderColumns(metaOf(em), orderBy as Data)
            .map(([column, dir]) => `u.${platform.quoteIdentifier(column)} ${dir}`)
            .join(', ');
          const children = union(em, filters, parents, (parentSql) => ['*', raw(`${parentSql} as __parent`)]);
          const results = await em.getConnection().execute<Data[]>(
            `select * from (select u.*, row_number() over (partition by u.__parent order by ${order}) as __position from (${children.sql}) as u) as e
              where e.__position <= ? order by e.__parent, e.__position`,
            [...children.bindings, first + 1],
            'all',
            em.getTransactionContext(),
          );
          const columns = results.map(({ __position: _position, __parent: _parent, ...columns }) => columns);
          const rows = isReadOnly(em) ? rowsFromResults(em, entity, columns) : columns.map((c) => em.map(entity, c as never));
          const found = new Map<string, T[]>(parents.map((id) => [id, []]));
          results.forEach((r, i) => found.get(String(r.__parent))?.push(rows[i]!));
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
          const children = union(em, filters, parents, (parentSql) => [raw(`${parentSql} as __parent`)]);
          const results = await em.getConnection().execute<{ parent: unknown; n: number }[]>(
            `select u.__parent as parent, count(*)::int as n from (${children.sql}) as u group by u.__parent`,
            [...children.bindings],
            'all',
            em.getTransactionContext(),
          );
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
