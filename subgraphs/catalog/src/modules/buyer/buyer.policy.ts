import type { Principal } from '@cooplab/kit';

/** A buyer's account and its list of orders: the buyer itself and staff. (The parties of one of its orders see it through `Order.buyer`.) */
export const canSeeBuyer = (principal: Principal, buyerId: string): boolean =>
  principal.role === 'STAFF' || (principal.role === 'BUYER' && principal.buyerId === buyerId);
