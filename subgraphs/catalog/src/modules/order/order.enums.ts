import { registerEnumType } from 'type-graphql';

/** Where an order stands: PLACED → CONFIRMED → SHIPPED → DELIVERED, or CANCELLED before shipping. */
export enum OrderStatus {
  PLACED = 'PLACED',
  CONFIRMED = 'CONFIRMED',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where an order stands in its lifecycle.',
  valuesConfig: {
    PLACED: { description: 'Placed by the buyer, its stock reserved; waiting for the cooperative to confirm. Unconfirmed by `confirmBy`, it expires: the system cancels it and returns its stock.' },
    CONFIRMED: { description: 'Confirmed by the cooperative, being prepared.' },
    SHIPPED: { description: 'Handed by the cooperative to the delivery partner.' },
    DELIVERED: { description: 'Delivered to the buyer, who paid cash on delivery.' },
    CANCELLED: { description: 'Cancelled before shipping (by the buyer, by the cooperative before confirming, or by the system when the cooperative did not confirm in time); its stock was returned.' },
  },
});

/** How an order is paid. The marketplace has no payment provider: the delivery partner collects cash. */
export enum PaymentMethod {
  CASH_ON_DELIVERY = 'CASH_ON_DELIVERY',
}
registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How an order is paid.',
  valuesConfig: { CASH_ON_DELIVERY: { description: 'In cash, to the delivery partner, on delivery.' } },
});

/** Who made a change to an order, as recorded on it. */
export enum OrderActor {
  BUYER = 'BUYER',
  COOPERATIVE = 'COOPERATIVE',
  DELIVERY_PARTNER = 'DELIVERY_PARTNER',
  STAFF = 'STAFF',
  SYSTEM = 'SYSTEM',
}
registerEnumType(OrderActor, {
  name: 'OrderActor',
  description: 'Who made a change to an order.',
  valuesConfig: {
    BUYER: { description: 'The buyer who placed it.' },
    COOPERATIVE: { description: 'The cooperative that sells it.' },
    DELIVERY_PARTNER: { description: 'The delivery partner chosen for it.' },
    STAFF: { description: 'Lab staff.' },
    SYSTEM: { description: 'The marketplace itself: it cancels an order the cooperative did not confirm within the confirmation window, returning its stock.' },
  },
});
