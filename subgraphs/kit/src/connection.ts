import { Cursor, Utils, raw, type EntityManager, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { ValidationError } from './errors.js';
import { isReadOnly } from './loaders.js';
import { readRows } from './rows.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/**
 * `totalCount` is exact up to this many items; past it, the planner's estimate. Counting is then bounded in
 * cost (at most this many index entries read), whatever the size of the list.
 */
export const EXACT_COUNT_LIMIT = 10_000;

@ObjectType({ description: 'Where a page stands in its list (Relay).' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Resolved only when asked for: a count costs a query. */
  readonly totalCount: Promise<number> | number;
  /** Whether `totalCount` is the planner's estimate (past `EXACT_COUNT_LIMIT`) rather than a count. */
  readonly totalCountIsEstimate: Promise<boolean> | boolean;
}

/**
 * A Relay connection type for `node`: `XConnection { edges { cursor node } pageInfo totalCount }`.
 * Use as `@ObjectType() class CooperativeConnection extends ConnectionOf(Cooperative, 'Cooperative') {}`.
 */
export function ConnectionOf<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque position of this item, for `after`.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page.' })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: 'Where this page sits in the list: cursors and whether more follow.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description: `How many items the whole filtered list holds: exact up to ${EXACT_COUNT_LIMIT.toLocaleString('en')}; past that, an estimate from the database's statistics (then \`totalCountIsEstimate\` is true), so that counting a broad search costs no more than counting a narrow one.`,
    })
    totalCount!: number;

    @Field(() => Boolean, { description: `Whether \`totalCount\` is an estimate: true only for lists of more than ${EXACT_COUNT_LIMIT.toLocaleString('en')} items.` })
    totalCountIsEstimate!: boolean;
  }
  return ConnectionType;
}

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

/**
 * `first`/`after` of every connection field: `@Args(() => PageArgs) page: PageArgs`, in the place of the two
 * arguments. (Declared `after` first: type-graphql prints arguments declared one by one in reverse, so this
 * order prints the same SDL as `@Arg('first') first, @Arg('after') after`.)
 */
@ArgsType()
export class PageArgs implements PageRequest {
  @Field(() => String, { nullable: true, description: '`endCursor` of the previous page.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size: ${DEFAULT_PAGE_SIZE} unless given, at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;
}

/** Checks `first`/`after` and returns the page size; BAD_USER_INPUT names the argument at fault. */
export function pageSize(request: PageRequest): number {
  const first = request.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw ValidationError.field('first', `must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/**
 * Keyset pagination over an entity: `orderBy` must end with a unique key (the id) so that every cursor is a
 * definite position. The count runs only if the client asks for `totalCount`.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  /** Built afresh for each query: raw SQL fragments in a filter can be used once only. */
  where: () => FilterQuery<T>,
  request: PageRequest,
  orderBy: QueryOrderMap<T>,
  options: { populate?: string[] } = {},
): Promise<Page<T>> {
  const first = pageSize(request);
  if (request.after) {
    let decoded: unknown;
    try {
      decoded = Cursor.decode(request.after);
    } catch {
      decoded = undefined;
    }
    if (!Array.isArray(decoded) || decoded.length !== Object.keys(orderBy).length) {
      throw ValidationError.field('after', 'is not a cursor of this list');
    }
  }
  const find = { first, ...(request.after ? { after: request.after } : {}), orderBy: orderBy as never, overfetch: true };
  const cursor =
    first === 0
      ? null
      : isReadOnly(em) && !options.populate
        ? new Cursor((await readRows(em, entity, where(), { ...find })) as never[], 0, find, em.getMetadata().get(Utils.className(entity)))
        : await em.findByCursor(entity, where(), { ...find, includeCount: false, populate: options.populate as never });
  const items = (cursor?.items ?? []) as T[];
  let count: Promise<BoundedCount> | undefined;
  const counted = () => (count ??= boundedCount(em, entity, where));
  return {
    edges: items.map((node) => ({ cursor: cursor!.from(node as never), node })),
    pageInfo: {
      hasNextPage: cursor?.hasNextPage ?? false,
      hasPreviousPage: Boolean(request.after),
      startCursor: cursor?.startCursor ?? null,
      endCursor: cursor?.endCursor ?? null,
    },
    get totalCount() {
      return counted().then((c) => c.count);
    },
    get totalCountIsEstimate() {
      return counted().then((c) => c.estimate);
    },
  };
}

interface BoundedCount {
  count: number;
  estimate: boolean;
}

/**
 * Counts the filtered list up to `EXACT_COUNT_LIMIT` (`select count(*) from (… limit N + 1)`: the scan stops
 * there); past it, asks the planner how many rows the filter selects (`explain`, no scan at all), never less
 * than the limit + 1 it has seen.
 */
async function boundedCount<T extends object>(em: EntityManager, entity: EntityName<T>, where: () => FilterQuery<T>): Promise<BoundedCount> {
  const select = () => em.createQueryBuilder(entity).select(raw('1')).where(where());
  // `?` placeholders, as `execute` takes them.
  const sqlOf = (qb: ReturnType<typeof select>) => qb.getKnexQuery().toSQL() as { sql: string; bindings: readonly unknown[] };
  const connection = em.getConnection();
  const capped = sqlOf(select().limit(EXACT_COUNT_LIMIT + 1));
  const [row] = await connection.execute<{ n: number }[]>(`select count(*)::int as n from (${capped.sql}) as capped`, [...capped.bindings]);
  const n = Number(row?.n ?? 0);
  if (n <= EXACT_COUNT_LIMIT) return { count: n, estimate: false };
  const all = sqlOf(select());
  const [plan] = await connection.execute<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>(`explain (format json) ${all.sql}`, [...all.bindings]);
  const planned = Math.round(Number(plan?.['QUERY PLAN']?.[0]?.Plan?.['Plan Rows'] ?? 0));
  return { count: Math.max(planned, n), estimate: true };
}
