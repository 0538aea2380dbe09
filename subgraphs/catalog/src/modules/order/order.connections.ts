import { defineChildPages, type Page, type PageRequest, type SubgraphContext } from '@cooplab/kit';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Order } from './order.entity.js';
import type { OrderStatus } from './order.enums.js';

/** Whose orders a nested list holds: a cooperative's, a delivery partner's or a buyer's. */
export type OrderOwner = 'cooperative' | 'deliveryPartner' | 'buyer';

/** The one order of every list of orders: newest first (keyset pagination on these two columns, indexed per owner). */
export const NEWEST_FIRST = { placedAt: 'desc', id: 'desc' } as const;

interface OrderListFilters {
  statuses: OrderStatus[] | null;
}

const where = ({ statuses }: OrderListFilters): FilterQuery<Order> => (statuses ? { status: { $in: statuses } } : {});

/** One nested list per owner: the first page of many owners in one statement, cursors those of the root `orders`. */
const ordersOf: Record<OrderOwner, ReturnType<typeof defineChildPages<Order, OrderListFilters>>> = {
  cooperative: defineChildPages<Order, OrderListFilters>({ entity: Order, parent: 'cooperative', orderBy: NEWEST_FIRST, where }),
  deliveryPartner: defineChildPages<Order, OrderListFilters>({ entity: Order, parent: 'deliveryPartner', orderBy: NEWEST_FIRST, where }),
  buyer: defineChildPages<Order, OrderListFilters>({ entity: Order, parent: 'buyer', orderBy: NEWEST_FIRST, where }),
};

/**
 * A page of an owner's orders (the caller's right to see them is checked by the resolver): the first page of many
 * owners batched, a later page (`after`) of one owner; counts exact over the owner's index.
 */
export function ordersOfOwner(ctx: SubgraphContext, owner: OrderOwner, id: string, statuses: OrderStatus[] | null | undefined, page: PageRequest): Promise<Page<Order>> {
  return ordersOf[owner].page(ctx, id, { statuses: statuses?.length ? [...statuses].sort() : null }, page);
}
