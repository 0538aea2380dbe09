import { ConflictError, ForbiddenError, NotFoundError, type Principal } from '@cooplab/kit';
import { OrderActor, OrderStatus } from './order.enums.js';

/** The parties of an order, by id. */
export interface OrderParties {
  id: string;
  buyerId: string;
  cooperativeId: string;
  deliveryPartnerId: string;
}

/** The part the caller plays in an order, or null when it is none of its parties (it may not even see it). */
export function partyOf(principal: Principal, order: OrderParties): OrderActor | null {
  switch (principal.role) {
    case 'STAFF':
      return OrderActor.STAFF;
    case 'BUYER':
      return principal.buyerId === order.buyerId ? OrderActor.BUYER : null;
    case 'COOPERATIVE':
      return principal.cooperativeId === order.cooperativeId ? OrderActor.COOPERATIVE : null;
    case 'PARTNER':
      return principal.organizationId === order.deliveryPartnerId ? OrderActor.DELIVERY_PARTNER : null;
    default:
      return null;
  }
}

export type OrderAction = 'CONFIRM' | 'SHIP' | 'DELIVER' | 'CANCEL';

/** Who may make each move, and from which statuses. */
const MOVES: Record<OrderAction, { to: OrderStatus; verb: string; from: Partial<Record<OrderActor, OrderStatus[]>>; who: string }> = {
  CONFIRM: { to: OrderStatus.CONFIRMED, verb: 'confirm', from: { COOPERATIVE: [OrderStatus.PLACED], STAFF: [OrderStatus.PLACED] }, who: 'the cooperative that sells it' },
  SHIP: { to: OrderStatus.SHIPPED, verb: 'ship', from: { COOPERATIVE: [OrderStatus.CONFIRMED], STAFF: [OrderStatus.CONFIRMED] }, who: 'the cooperative that sells it' },
  DELIVER: { to: OrderStatus.DELIVERED, verb: 'mark as delivered', from: { DELIVERY_PARTNER: [OrderStatus.SHIPPED], STAFF: [OrderStatus.SHIPPED] }, who: 'its delivery partner' },
  CANCEL: {
    to: OrderStatus.CANCELLED,
    verb: 'cancel',
    from: {
      BUYER: [OrderStatus.PLACED, OrderStatus.CONFIRMED],
      COOPERATIVE: [OrderStatus.PLACED],
      STAFF: [OrderStatus.PLACED, OrderStatus.CONFIRMED],
    },
    who: 'its buyer (before shipping) or the cooperative that sells it (before confirming)',
  },
};

/**
 * The status an order moves to when `party` makes `action`, or the error that says why not: NOT_FOUND for a
 * caller who is no party to the order (another cooperative's orders do not exist for it), FORBIDDEN for a
 * party that may not make this move, CONFLICT for a move its status no longer allows.
 */
export function nextStatus(action: OrderAction, order: OrderParties & { status: OrderStatus }, party: OrderActor | null): OrderStatus {
  if (party === null) throw new NotFoundError('Order', order.id, 'input.orderId');
  const move = MOVES[action];
  const allowed = move.from[party];
  if (!allowed) throw new ForbiddenError(`Only ${move.who} (or staff) may ${move.verb} an order`);
  if (!allowed.includes(order.status)) {
    const when = allowed.map((s) => s.toLowerCase()).join(' or ');
    throw new ConflictError(`The order is ${order.status.toLowerCase()}: ${partyName(party)} may ${move.verb} it only when it is ${when}`, 'input.orderId');
  }
  return move.to;
}

const partyName = (party: OrderActor) =>
  ({ BUYER: 'its buyer', COOPERATIVE: 'the cooperative', DELIVERY_PARTNER: 'the delivery partner', STAFF: 'staff', SYSTEM: 'the system' })[party];

/** Whether a status still holds reserved stock that a cancellation returns. */
export const isCancellable = (status: OrderStatus) => status === OrderStatus.PLACED || status === OrderStatus.CONFIRMED;

/** Hours a cooperative has to confirm a placed order before it expires, unless configured otherwise. */
export const DEFAULT_CONFIRMATION_HOURS = 72;

const HOUR_MS = 3_600_000;

/** When an order placed at `placedAt` expires unless confirmed: `hours` later. */
export const confirmDeadline = (placedAt: Date, hours: number): Date => new Date(placedAt.getTime() + hours * HOUR_MS);

/** The reason recorded on an expired order: the window it was given, in whole hours. */
export function expiryReason(placedAt: Date, deadline: Date): string {
  const hours = Math.round((deadline.getTime() - placedAt.getTime()) / HOUR_MS);
  return `not confirmed by the cooperative within ${hours} hour${hours === 1 ? '' : 's'}`;
}
