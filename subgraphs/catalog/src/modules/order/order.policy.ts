import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Principal } from '@cooplab/kit';
import type { Order } from './order.entity.js';
import { partyOf, type OrderParties } from './order.rules.js';

/*
 * Who may see which orders, for every path that reads them (`order(id)`, `orders`, `Cooperative.orders`,
 * `Organization.deliveries`, `Buyer.orders`): its buyer, the cooperative that sells it, its delivery partner,
 * and staff. Nobody else learns that it exists.
 */

export const canSeeOrder = (principal: Principal, order: OrderParties): boolean => partyOf(principal, order) !== null;

export const partiesOf = (order: Order): OrderParties => ({
  id: order.id,
  buyerId: order.buyer.id,
  cooperativeId: order.cooperative.id,
  deliveryPartnerId: order.deliveryPartner.id,
});

/** The rows a caller may see, as a filter: all for staff, its own for a buyer, a cooperative or a delivery partner. */
export function visibleOrders(principal: Principal): FilterQuery<Order> {
  switch (principal.role) {
    case 'STAFF':
      return {};
    case 'BUYER':
      return principal.buyerId ? { buyer: principal.buyerId } : NOTHING;
    case 'COOPERATIVE':
      return principal.cooperativeId ? { cooperative: principal.cooperativeId } : NOTHING;
    case 'PARTNER':
      return principal.organizationId ? { deliveryPartner: principal.organizationId } : NOTHING;
    default:
      return NOTHING;
  }
}
const NOTHING: FilterQuery<Order> = { id: { $in: [] } };

/** A cooperative's orders and sales figures: its own members and staff. */
export const canSeeSalesOf = (principal: Principal, cooperativeId: string): boolean =>
  principal.role === 'STAFF' || (principal.role === 'COOPERATIVE' && principal.cooperativeId === cooperativeId);

/** A delivery partner's deliveries: the partner itself (a PARTNER token of that organisation) and staff. */
export const canSeeDeliveriesOf = (principal: Principal, organizationId: string): boolean =>
  principal.role === 'STAFF' || (principal.role === 'PARTNER' && principal.organizationId === organizationId);
