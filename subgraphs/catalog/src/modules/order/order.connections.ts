import { Cursor } from '@mikro-orm/postgresql';
import { defineLoader, pageSize, type Page, type PageRequest, type SubgraphContext } from '@cooplab/kit';
import { Order } from './order.entity.js';
import { OrderStatus } from './order.enums.js';

/** Whose orders a nested list holds: a cooperative's, a delivery partner's or a buyer's. */
export type OrderOwner = 'cooperative' | 'deliveryPartner' | 'buyer';
const COLUMN: Record<OrderOwner, string> = { cooperative: 'cooperative_id', deliveryPartner: 'delivery_partner_id', buyer: 'buyer_id' };

/** The one order of every list of orders: newest first (keyset pagination on these two columns, indexed per owner). */
export const NEWEST_FIRST = { placedAt: 'desc', id: 'desc' } as const;

interface FirstPageKey {
  owner: OrderOwner;
  id: string;
  statuses: OrderStatus[] | null;
  first: number;
}
interface CountKey {
  owner: OrderOwner;
  id: string;
  statuses: OrderStatus[] | null;
}

const groupOf = (key: { owner: OrderOwner; statuses: OrderStatus[] | null; first?: number }) =>
  JSON.stringify([key.owner, key.statuses ? [...key.statuses].sort() : null, key.first ?? null]);

function groupKeys<K extends { owner: OrderOwner; id: string; statuses: OrderStatus[] | null; first?: number }>(keys: readonly K[]) {
  const groups = new Map<string, { sample: K; ids: Set<string> }>();
  for (const key of keys) {
    const group = groupOf(key);
    if (!groups.has(group)) groups.set(group, { sample: key, ids: new Set() });
    groups.get(group)!.ids.add(key.id);
  }
  return groups;
}

const statusSql = (statuses: OrderStatus[] | null) => (statuses?.length ? `and o.status in (${statuses.map(() => '?').join(', ')})` : '');

/**
 * The first page of many owners' orders in one statement per filter (a window over each owner's orders), so that
 * a list of cooperatives with their orders costs the same whatever its length. Cursors are those of `paginate`:
 * a later page is asked of the same field with `after`.
 */
const firstPages = defineLoader<FirstPageKey, { items: Order[]; cursor: Cursor<Order> }, string>(
  async (em, keys) => {
    const results = new Map<string, { items: Order[]; cursor: Cursor<Order> }>();
    const meta = em.getMetadata().get(Order.name);
    for (const [group, { sample, ids }] of groupKeys(keys)) {
      const column = COLUMN[sample.owner];
      const owners = [...ids];
      const rows = await em.getConnection().execute<Record<string, unknown>[]>(
        `select * from (
           select o.*, row_number() over (partition by o.${column} order by o.placed_at desc, o.id desc) as position
             from sales_order o
            where o.${column} in (${owners.map(() => '?').join(', ')}) ${statusSql(sample.statuses)}
         ) o where o.position <= ? order by o.${column}, o.position`,
        [...owners, ...(sample.statuses ?? []), sample.first + 1],
      );
      const byOwner = new Map<string, Order[]>(owners.map((id) => [id, []]));
      for (const { position: _position, ...row } of rows) byOwner.get(String(row[column]))!.push(em.map(Order, row));
      for (const [id, items] of byOwner) {
        results.set(`${group}|${id}`, { items, cursor: new Cursor(items, 0, { first: sample.first, orderBy: NEWEST_FIRST, overfetch: true } as never, meta) });
      }
    }
    return keys.map((key) => results.get(`${groupOf(key)}|${key.id}`)!);
  },
  { cacheKeyFn: (key) => `${groupOf(key)}|${key.id}` },
);

/** How many orders each owner has, under a filter: one grouped count per filter, asked only with `totalCount`. */
const counts = defineLoader<CountKey, number, string>(
  async (em, keys) => {
    const results = new Map<string, number>();
    for (const [group, { sample, ids }] of groupKeys(keys)) {
      const column = COLUMN[sample.owner];
      const owners = [...ids];
      const rows = await em.getConnection().execute<{ owner: string; count: number }[]>(
        `select o.${column} as owner, count(*)::int as count from sales_order o
          where o.${column} in (${owners.map(() => '?').join(', ')}) ${statusSql(sample.statuses)} group by o.${column}`,
        [...owners, ...(sample.statuses ?? [])],
      );
      for (const row of rows) results.set(`${group}|${row.owner}`, Number(row.count));
    }
    return keys.map((key) => results.get(`${groupOf(key)}|${key.id}`) ?? 0);
  },
  { cacheKeyFn: (key) => `${groupOf(key)}|${key.id}` },
);

/**
 * The first page of an owner's orders through the batched loaders above; a later page (`after`) through `later`,
 * which pages one owner (a client pages one list at a time).
 */
export async function firstPageOfOrders(
  ctx: SubgraphContext,
  owner: OrderOwner,
  id: string,
  statuses: OrderStatus[] | null | undefined,
  page: PageRequest,
): Promise<Page<Order>> {
  const first = pageSize(page);
  const filter = { owner, id, statuses: statuses?.length ? statuses : null };
  const { items, cursor } = first === 0 ? { items: [] as Order[], cursor: null } : await firstPages(ctx).load({ ...filter, first });
  let total: Promise<number> | undefined;
  return {
    edges: items.map((node) => ({ cursor: cursor!.from(node), node })),
    pageInfo: { hasNextPage: cursor?.hasNextPage ?? false, hasPreviousPage: false, startCursor: cursor?.startCursor ?? null, endCursor: cursor?.endCursor ?? null },
    get totalCount() {
      total ??= counts(ctx).load(filter);
      return total;
    },
    // One owner's orders, counted exactly over its index: a cooperative's, a partner's or a buyer's list stays small
    // beside the whole table's.
    totalCountIsEstimate: false,
  };
}

