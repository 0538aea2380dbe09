import { describe, expect, it } from 'vitest';
import { ConfigError, ConflictError, ForbiddenError, NotFoundError, Problems, ValidationError, type Principal } from '@cooplab/kit';
import { CooperativeStatus } from '../src/modules/catalog.enums.js';
import type { Cooperative } from '../src/modules/cooperative/cooperative.entity.js';
import type { DeliveryService } from '../src/modules/delivery/delivery.entity.js';
import { deliversBetween } from '../src/modules/delivery/delivery.rules.js';
import { OrderActor, OrderStatus } from '../src/modules/order/order.enums.js';
import { visibleOrders } from '../src/modules/order/order.policy.js';
import { DEFAULT_CONFIRMATION_HOURS, confirmDeadline, expiryReason, nextStatus, partyOf, type OrderAction } from '../src/modules/order/order.rules.js';
import { loadCatalogConfig } from '../src/config.js';
import { checkBasket, optionsFor, requestDigest } from '../src/modules/order/order.service.js';
import type { PlaceOrderInput } from '../src/modules/order/order.inputs.js';
import type { Product } from '../src/modules/product/product.entity.js';
import { canSeeProduct, managesProductsOf, visibleProducts } from '../src/modules/product/product.policy.js';

const order = { id: 'o', buyerId: 'b', cooperativeId: 'c', deliveryPartnerId: 'p' };
const STAFF: Principal = { role: 'STAFF' };
const BUYER: Principal = { role: 'BUYER', buyerId: 'b' };
const COOP: Principal = { role: 'COOPERATIVE', cooperativeId: 'c' };
const PARTNER: Principal = { role: 'PARTNER', organizationId: 'p' };

describe('order parties and moves', () => {
  it('finds the part a caller plays, or none', () => {
    expect(partyOf(STAFF, order)).toBe(OrderActor.STAFF);
    expect(partyOf(BUYER, order)).toBe(OrderActor.BUYER);
    expect(partyOf(COOP, order)).toBe(OrderActor.COOPERATIVE);
    expect(partyOf(PARTNER, order)).toBe(OrderActor.DELIVERY_PARTNER);
    expect(partyOf({ role: 'BUYER', buyerId: 'other' }, order)).toBeNull();
    expect(partyOf({ role: 'COOPERATIVE', cooperativeId: 'other' }, order)).toBeNull();
    expect(partyOf({ role: 'PARTNER', organizationId: 'other' }, order)).toBeNull();
    expect(partyOf({ role: 'TRAINER', trainerId: 'b' }, order)).toBeNull();
    expect(partyOf({ role: 'ANONYMOUS' }, order)).toBeNull();
  });

  // [action, from, party, expected next status or error class]
  const S = OrderStatus;
  const A = OrderActor;
  const table: [OrderAction, OrderStatus, OrderActor | null, OrderStatus | Function][] = [
    ['CONFIRM', S.PLACED, A.COOPERATIVE, S.CONFIRMED],
    ['CONFIRM', S.PLACED, A.STAFF, S.CONFIRMED],
    ['CONFIRM', S.PLACED, A.BUYER, ForbiddenError],
    ['CONFIRM', S.PLACED, A.DELIVERY_PARTNER, ForbiddenError],
    ['CONFIRM', S.PLACED, null, NotFoundError],
    ['CONFIRM', S.CONFIRMED, A.COOPERATIVE, ConflictError],
    ['SHIP', S.CONFIRMED, A.COOPERATIVE, S.SHIPPED],
    ['SHIP', S.PLACED, A.COOPERATIVE, ConflictError],
    ['SHIP', S.CONFIRMED, A.BUYER, ForbiddenError],
    ['DELIVER', S.SHIPPED, A.DELIVERY_PARTNER, S.DELIVERED],
    ['DELIVER', S.SHIPPED, A.STAFF, S.DELIVERED],
    ['DELIVER', S.SHIPPED, A.COOPERATIVE, ForbiddenError],
    ['DELIVER', S.CONFIRMED, A.DELIVERY_PARTNER, ConflictError],
    ['CANCEL', S.PLACED, A.BUYER, S.CANCELLED],
    ['CANCEL', S.CONFIRMED, A.BUYER, S.CANCELLED],
    ['CANCEL', S.SHIPPED, A.BUYER, ConflictError],
    ['CANCEL', S.PLACED, A.COOPERATIVE, S.CANCELLED],
    ['CANCEL', S.CONFIRMED, A.COOPERATIVE, ConflictError],
    ['CANCEL', S.CONFIRMED, A.STAFF, S.CANCELLED],
    ['CANCEL', S.DELIVERED, A.STAFF, ConflictError],
    ['CANCEL', S.CANCELLED, A.BUYER, ConflictError],
    ['CANCEL', S.PLACED, A.DELIVERY_PARTNER, ForbiddenError],
  ];
  it.each(table)('%s from %s by %s → %s', (action, status, party, expected) => {
    if (typeof expected === 'function') expect(() => nextStatus(action, { ...order, status }, party)).toThrow(expected as never);
    else expect(nextStatus(action, { ...order, status }, party)).toBe(expected);
  });

  it('says why a move is refused', () => {
    expect(() => nextStatus('CANCEL', { ...order, status: S.CONFIRMED }, A.COOPERATIVE)).toThrow('The order is confirmed: the cooperative may cancel it only when it is placed');
  });

  it('scopes the lists of orders to the caller', () => {
    expect(visibleOrders(STAFF)).toEqual({});
    expect(visibleOrders(BUYER)).toEqual({ buyer: 'b' });
    expect(visibleOrders(COOP)).toEqual({ cooperative: 'c' });
    expect(visibleOrders(PARTNER)).toEqual({ deliveryPartner: 'p' });
    expect(visibleOrders({ role: 'BUYER' })).toEqual({ id: { $in: [] } });
    expect(visibleOrders({ role: 'TRAINER', trainerId: 't' })).toEqual({ id: { $in: [] } });
  });
});

describe('deliverability', () => {
  const service = (regionCodes: string[], feeCentimes = 1000, id = 'x') => ({ regionCodes, feeCentimes, delayDays: 2, organization: { id } }) as unknown as DeliveryService;

  it('needs one partner serving both ends, or the one region', () => {
    expect(deliversBetween(service(['MA-09', 'MA-01']), 'MA-09', 'MA-01')).toBe(true);
    expect(deliversBetween(service(['MA-09']), 'MA-09', 'MA-09')).toBe(true);
    expect(deliversBetween(service(['MA-09']), 'MA-09', 'MA-01')).toBe(false);
    expect(deliversBetween(service(['MA-01']), 'MA-09', 'MA-01')).toBe(false);
  });

  it('offers the partners of a route cheapest first, with the total', () => {
    const options = optionsFor([service(['MA-01', 'MA-09'], 3000, 'a'), service(['MA-01'], 500, 'b'), service(['MA-01', 'MA-09'], 2000, 'c')], 'MA-09', 'MA-01', 10_000);
    expect(options.map((o) => [o.partner.organization.id, o.totalCentimes])).toEqual([
      ['c', 12_000],
      ['a', 13_000],
    ]);
  });
});

describe('baskets', () => {
  const cooperative = (id: string, status = CooperativeStatus.ACTIVE, region: string | null = 'MA-09') => ({ id, status, region: region ? { code: region } : null }) as unknown as Cooperative;
  const product = (id: string, c: Cooperative, stock = 5, published = true) => ({ id, cooperative: c, stock, published, priceCentimes: 1000 }) as unknown as Product;
  const a = cooperative('a');
  const products = new Map(
    [product('p1', a), product('p2', a, 0), product('p3', a, 5, false), product('p4', cooperative('b')), product('p5', cooperative('s', CooperativeStatus.SUSPENDED)), product('p6', cooperative('f', CooperativeStatus.ACTIVE, null))].map((p) => [p.id, p]),
  );

  it('groups a basket by cooperative with its units and subtotal', () => {
    const parts = checkBasket([{ productId: 'p1', quantity: 2 }, { productId: 'p4', quantity: 1 }], products, new Problems());
    expect(parts.map((p) => [p.cooperative.id, p.units, p.subtotalCentimes])).toEqual([
      ['a', 2, 2000],
      ['b', 1, 1000],
    ]);
  });

  it('names each line it cannot sell', () => {
    const problems = new Problems();
    checkBasket(
      ['p1', 'p1', 'p2', 'p3', 'missing', 'p5', 'p6'].map((productId) => ({ productId, quantity: 1 })),
      products,
      problems,
    );
    try {
      problems.throwIfAny();
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).fields.map((f) => f.field)).toEqual([
        'input.lines.1.productId',
        'input.lines.2.quantity',
        'input.lines.3.productId',
        'input.lines.4.productId',
        'input.lines.5.productId',
        'input.lines.6.productId',
      ]);
    }
  });

  it('digests what an order asks, whatever the order of its lines', () => {
    const input = (lines: { productId: string; quantity: number }[]) =>
      ({ idempotencyKey: 'k', lines, deliveryAddress: 'x', deliveryRegionCode: 'MA-01', deliveryPartnerId: 'P' }) as PlaceOrderInput;
    const one = requestDigest(input([{ productId: 'A', quantity: 1 }, { productId: 'b', quantity: 2 }]));
    expect(requestDigest(input([{ productId: 'b', quantity: 2 }, { productId: 'a', quantity: 1 }]))).toBe(one);
    expect(requestDigest(input([{ productId: 'a', quantity: 2 }, { productId: 'b', quantity: 2 }]))).not.toBe(one);
  });
});

describe('product management', () => {
  const mine = { published: false, cooperative: { id: 'c' } } as unknown as Product;
  it('lets a cooperative manage and see its own products only', () => {
    expect(managesProductsOf(COOP, 'c')).toBe(true);
    expect(managesProductsOf(COOP, 'd')).toBe(false);
    expect(managesProductsOf(STAFF, 'd')).toBe(true);
    expect(managesProductsOf(PARTNER, 'c')).toBe(false);
    expect(canSeeProduct(COOP, mine)).toBe(true);
    expect(canSeeProduct({ role: 'COOPERATIVE', cooperativeId: 'd' }, mine)).toBe(false);
    expect(visibleProducts(COOP)).toEqual({ $or: [{ published: true }, { cooperative: 'c' }] });
    expect(visibleProducts(BUYER)).toEqual({ published: true });
  });
});

describe('the confirmation window of an order', () => {
  it('ends the configured number of hours after placing, to the millisecond', () => {
    const placedAt = new Date('2026-11-26T13:45:12.345Z');
    expect(confirmDeadline(placedAt, 72).toISOString()).toBe('2026-11-29T13:45:12.345Z');
    expect(confirmDeadline(placedAt, 1).toISOString()).toBe('2026-11-26T14:45:12.345Z');
    // Across the end of a month and a year, in UTC (Morocco's clock changes play no part).
    expect(confirmDeadline(new Date('2026-12-30T22:00:00Z'), 48).toISOString()).toBe('2027-01-01T22:00:00.000Z');
  });

  it('says why an expired order was cancelled, with the window it had', () => {
    const placedAt = new Date('2026-11-26T10:00:00Z');
    expect(expiryReason(placedAt, confirmDeadline(placedAt, 72))).toBe('not confirmed by the cooperative within 72 hours');
    expect(expiryReason(placedAt, confirmDeadline(placedAt, 1))).toBe('not confirmed by the cooperative within 1 hour');
  });

  it('is read from CATALOG_ORDER_CONFIRMATION_HOURS, 72 by default, and refused when not a sensible number of hours', () => {
    expect(DEFAULT_CONFIRMATION_HOURS).toBe(72);
    expect(loadCatalogConfig({}).orders.confirmationHours).toBe(72);
    expect(loadCatalogConfig({ CATALOG_ORDER_CONFIRMATION_HOURS: '' }).orders.confirmationHours).toBe(72);
    expect(loadCatalogConfig({ CATALOG_ORDER_CONFIRMATION_HOURS: '24' }).orders.confirmationHours).toBe(24);
    for (const bad of ['0', '-3', '1.5', 'trois', '721']) {
      expect(() => loadCatalogConfig({ CATALOG_ORDER_CONFIRMATION_HOURS: bad }), bad).toThrow(ConfigError);
    }
    expect(() => loadCatalogConfig({ CATALOG_ORDER_CONFIRMATION_HOURS: '0' })).toThrow(/CATALOG_ORDER_CONFIRMATION_HOURS: must be at least 1 hour/);
  });
});
