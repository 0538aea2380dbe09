import { createHash } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  Problems,
  defineService,
  newId,
  paginate,
  type Page,
  type PageRequest,
  type Principal,
} from '@cooplab/kit';
import { CooperativeStatus } from '../catalog.enums.js';
import { Buyer } from '../buyer/buyer.entity.js';
import { Cooperative } from '../cooperative/cooperative.entity.js';
import { DeliveryService } from '../delivery/delivery.entity.js';
import { deliversBetween } from '../delivery/delivery.rules.js';
import { Region } from '../geography/region.entity.js';
import { Product } from '../product/product.entity.js';
import { Order, OrderLine } from './order.entity.js';
import { OrderActor, OrderStatus } from './order.enums.js';
import type { BasketLineInput, DeliveryQuoteInput, OrderFilter, PlaceOrderInput } from './order.inputs.js';
import { NEWEST_FIRST } from './order.connections.js';
import { partiesOf, visibleOrders } from './order.policy.js';
import { DEFAULT_CONFIRMATION_HOURS, confirmDeadline, expiryReason, nextStatus, partyOf, type OrderAction } from './order.rules.js';

/** The largest amount an order may reach: amounts are GraphQL Ints of centimes. */
export const MAX_ORDER_CENTIMES = 2_147_483_647;

/** Products of a basket that belong to one cooperative, priced now. */
export interface BasketPart {
  cooperative: Cooperative;
  lines: { product: Product; quantity: number; index: number }[];
  units: number;
  subtotalCentimes: number;
}

/** A partner that can carry a basket part, at its fee. */
export interface DeliveryOption {
  partner: DeliveryService;
  feeCentimes: number;
  totalCentimes: number;
}

export interface QuotedPart extends BasketPart {
  options: DeliveryOption[];
}

export interface DeliveryQuote {
  deliveryRegionCode: string;
  parts: QuotedPart[];
}

/** An order placed, with its lines when this request created them (a retry finds the order only). */
export interface PlacedOrder {
  order: Order;
  lines: OrderLine[] | null;
}

/**
 * Checks a basket against the products as read (`products` by id) and groups it by cooperative: each line must
 * name a published product of an active Moroccan cooperative, once, within its stock. Every problem is reported,
 * at `<prefix>.lines.<i>.<field>`.
 */
export function checkBasket(lines: readonly BasketLineInput[], products: Map<string, Product>, problems: Problems, prefix = 'input'): BasketPart[] {
  const parts = new Map<string, BasketPart>();
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    const at = `${prefix}.lines.${index}`;
    const id = line.productId.toLowerCase();
    if (seen.has(id)) return void problems.add(`${at}.productId`, 'names a product already in the basket: give each product once, with its whole quantity');
    seen.add(id);
    const product = products.get(id);
    // Unknown and unpublished read the same: an unpublished product is nobody's business but its cooperative's.
    if (!product || !product.published) return void problems.add(`${at}.productId`, 'is not a product on sale on the marketplace');
    const cooperative = product.cooperative;
    if (cooperative.status !== CooperativeStatus.ACTIVE) return void problems.add(`${at}.productId`, `its cooperative is ${cooperative.status.toLowerCase()} and does not sell now`);
    if (!cooperative.region) return void problems.add(`${at}.productId`, 'its cooperative is outside Morocco: the marketplace delivers within Morocco only');
    if (line.quantity > product.stock) {
      return void problems.add(`${at}.quantity`, product.stock === 0 ? 'the product is out of stock' : `only ${product.stock} in stock`);
    }
    let part = parts.get(cooperative.id);
    if (!part) parts.set(cooperative.id, (part = { cooperative, lines: [], units: 0, subtotalCentimes: 0 }));
    part.lines.push({ product, quantity: line.quantity, index });
    part.units += line.quantity;
    part.subtotalCentimes += line.quantity * product.priceCentimes;
  });
  return [...parts.values()];
}

/** Partners that can carry goods from `from` to `to`, cheapest first, from the partners serving `to`. */
export function optionsFor(servingDestination: readonly DeliveryService[], from: string, to: string, subtotalCentimes: number): DeliveryOption[] {
  return servingDestination
    .filter((service) => deliversBetween(service, from, to))
    .map((partner) => ({ partner, feeCentimes: partner.feeCentimes, totalCentimes: subtotalCentimes + partner.feeCentimes }))
    .sort((a, b) => a.feeCentimes - b.feeCentimes || a.partner.delayDays - b.partner.delayDays || a.partner.organization.id.localeCompare(b.partner.organization.id));
}

/** What an order asks for, independent of order and case: a reused idempotency key must ask the same. */
export function requestDigest(input: PlaceOrderInput): string {
  const lines = input.lines.map((l) => [l.productId.toLowerCase(), l.quantity]).sort(([a], [b]) => String(a).localeCompare(String(b)));
  const asked = [lines, input.deliveryAddress.trim(), input.deliveryRegionCode, input.deliveryPartnerId.toLowerCase(), input.contactPhone?.trim() || null];
  return createHash('sha256').update(JSON.stringify(asked)).digest('base64url');
}


/** Settings of the marketplace's orders (the catalog's configuration). */
export interface OrderSettings {
  /** Hours a cooperative has to confirm a placed order before it expires. */
  confirmationHours: number;
}

export const DEFAULT_ORDER_SETTINGS: OrderSettings = { confirmationHours: DEFAULT_CONFIRMATION_HOURS };

/** Rules of the marketplace's orders: quotes, ordering with stock reservation, the lifecycle, expiry, the lists. */
export class OrderService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly settings: OrderSettings = DEFAULT_ORDER_SETTINGS,
  ) {}

  /** Which partners can deliver each cooperative's part of a basket to a region, at what fee. Reserves nothing. */
  async quote(input: DeliveryQuoteInput): Promise<DeliveryQuote> {
    const products = await this.products(this.em, input.lines, false);
    const problems = new Problems();
    const parts = checkBasket(input.lines, products, problems);
    problems.throwIfAny();
    const serving = await this.partnersServing(this.em, input.deliveryRegionCode);
    return {
      deliveryRegionCode: input.deliveryRegionCode,
      parts: parts.map((part) => ({ ...part, options: optionsFor(serving, part.cooperative.region!.code, input.deliveryRegionCode, part.subtotalCentimes) })),
    };
  }

  /**
   * Places an order for the signed-in buyer. In one transaction: the same idempotency key is serialised by an
   * advisory lock on (buyer, key), so a retry — even one racing the first attempt — finds the order the first
   * made; the products are locked (`for update`, in id order so that two baskets never deadlock) before their
   * stock is checked and taken, so two buyers racing for the last unit cannot both get it.
   */
  async place(input: PlaceOrderInput): Promise<PlacedOrder> {
    const buyerId = this.principal.buyerId;
    if (this.principal.role !== 'BUYER' || !buyerId) throw new ForbiddenError('Orders are placed by buyers: sign in with a buyer account');
    const key = input.idempotencyKey.trim();
    const digest = requestDigest(input);
    try {
      return await this.em.transactional(async (em) => {
        await em.execute('select pg_advisory_xact_lock(hashtext(?), hashtext(?))', [buyerId, key]);
        // The buyer's account and an order already placed with the key, in one statement (read after the lock).
        const [found] = await em.execute<{ order_id: string | null }[]>(
          'select o.id as order_id from buyer b left join sales_order o on o.buyer_id = b.id and o.idempotency_key = ? where b.id = ?',
          [key, buyerId],
        );
        if (!found) throw new ForbiddenError('The signed-in buyer has no marketplace account');
        if (found.order_id) return { order: this.replay((await em.findOne(Order, { id: found.order_id }))!, digest), lines: null };
        return this.create(em, em.getReference(Buyer, buyerId), key, digest, input);
      });
    } catch (error) {
      // The unique (buyer, key) index is the last guard: an order that slipped past the lock is the one returned.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const existing = await this.em.fork().findOne(Order, { buyer: buyerId, idempotencyKey: key });
      if (!existing) throw error;
      return { order: this.replay(existing, digest), lines: null };
    }
  }

  private replay(existing: Order, digest: string): Order {
    if (existing.requestDigest !== digest) {
      throw new ConflictError('This idempotency key was used for another order: use a new key for a new order', 'input.idempotencyKey');
    }
    return existing;
  }

  private async create(em: EntityManager, buyer: Buyer, key: string, digest: string, input: PlaceOrderInput): Promise<PlacedOrder> {
    const products = await this.products(em, input.lines, true);
    const problems = new Problems();
    const parts = checkBasket(input.lines, products, problems);
    if (parts.length > 1) {
      for (const part of parts.slice(1)) {
        for (const line of part.lines) problems.add(`input.lines.${line.index}.productId`, 'is sold by another cooperative than line 0: place one order per cooperative');
      }
    }
    const part = parts[0];
    let service: DeliveryService | null = null;
    if (part) {
      const from = part.cooperative.region!.code;
      const to = input.deliveryRegionCode;
      service = await em.findOne(DeliveryService, { organization: input.deliveryPartnerId.toLowerCase() }, { populate: ['organization'] });
      if (!service || !deliversBetween(service, from, to)) {
        const any = (await this.partnersServing(em, to)).some((s) => deliversBetween(s, from, to));
        if (!any) problems.add('input.deliveryRegionCode', `no delivery partner delivers from ${from} to ${to}`);
        else if (!service) problems.add('input.deliveryPartnerId', 'is not a delivery partner');
        else problems.add('input.deliveryPartnerId', `does not deliver from ${from} to ${to}: choose one of the partners deliveryQuote offers`);
      }
      if (part.subtotalCentimes + (service?.feeCentimes ?? 0) > MAX_ORDER_CENTIMES) problems.add('input.lines', 'the order is too large: split it');
    }
    problems.throwIfAny();
    const deliveryRegion = em.getReference(Region, input.deliveryRegionCode);
    const placedAt = new Date();
    const order = em.create(Order, {
      id: newId(),
      buyer,
      cooperative: part!.cooperative,
      deliveryPartner: service!.organization,
      status: OrderStatus.PLACED,
      idempotencyKey: key,
      requestDigest: digest,
      deliveryAddress: input.deliveryAddress.trim(),
      deliveryRegion,
      originRegion: part!.cooperative.region!,
      contactPhone: input.contactPhone?.trim() || null,
      units: part!.units,
      subtotalCentimes: part!.subtotalCentimes,
      deliveryFeeCentimes: service!.feeCentimes,
      totalCentimes: part!.subtotalCentimes + service!.feeCentimes,
      deliveryDelayDays: service!.delayDays,
      placedAt,
      confirmDeadline: confirmDeadline(placedAt, this.settings.confirmationHours),
    });
    const lines: OrderLine[] = [];
    for (const { product, quantity } of part!.lines) {
      const line = em.create(OrderLine, {
        id: newId(),
        order,
        product,
        productName: { fr: product.name.fr, ar: product.name.ar ?? null, en: product.name.en ?? null },
        unit: product.unit,
        quantity,
        unitPriceCentimes: product.priceCentimes,
        amountCentimes: quantity * product.priceCentimes,
      });
      lines.push(line);
      product.stock -= quantity;
    }
    await em.flush();
    return { order, lines: lines.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
  }

  /** Moves an order on, if the caller may (order.rules.ts); the order row is locked so two moves never cross. */
  async move(action: OrderAction, orderId: string, reason?: string | null): Promise<Order> {
    return this.em.transactional(async (em) => {
      const order = await em.findOne(Order, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!order) throw new NotFoundError('Order', orderId, 'input.orderId');
      const party = partyOf(this.principal, partiesOf(order));
      const to = nextStatus(action, { ...partiesOf(order), status: order.status }, party);
      const now = new Date();
      order.status = to;
      if (to === OrderStatus.CONFIRMED) order.confirmedAt = now;
      if (to === OrderStatus.SHIPPED) order.shippedAt = now;
      if (to === OrderStatus.DELIVERED) order.deliveredAt = now;
      if (to === OrderStatus.CANCELLED) await this.cancel(em, [order], party as OrderActor, now, () => reason?.trim() || null);
      return order;
    });
  }

  /**
   * Cancels PLACED orders whose confirmation deadline is at or before `now`, at most `limit`, in one transaction:
   * as the system (`cancelledBy: SYSTEM`, the window as reason), their stock returned as any cancellation
   * returns it. The orders are locked `for update skip locked`: an order being confirmed (or cancelled) at this
   * moment is skipped — its move re-reads the status under its own lock, so an order expired here cannot be
   * confirmed after — and several replicas sweeping at once share the work instead of waiting on each other.
   * Returns the orders expired (fewer than `limit` when no more are due).
   */
  async expireUnconfirmed(now: Date, limit: number): Promise<Order[]> {
    return this.em.transactional(async (em) => {
      const orders = await em.find(
        Order,
        { status: OrderStatus.PLACED, confirmDeadline: { $lte: now } },
        { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, orderBy: { confirmDeadline: 'asc', id: 'asc' }, limit, refresh: true },
      );
      if (orders.length) await this.cancel(em, orders, OrderActor.SYSTEM, now, (order) => expiryReason(order.placedAt, order.confirmDeadline!));
      return orders;
    });
  }

  /**
   * Cancels locked orders and puts their units back on the shelf, under the same row locks as ordering: the
   * products of all of them at once, in id order, so that a cancellation never deadlocks with an order placed.
   */
  private async cancel(em: EntityManager, orders: Order[], by: OrderActor, now: Date, reasonOf: (order: Order) => string | null): Promise<void> {
    for (const order of orders) {
      order.status = OrderStatus.CANCELLED;
      order.cancelledAt = now;
      order.cancelledBy = by;
      order.cancelReason = reasonOf(order);
    }
    const lines = await em.find(OrderLine, { order: { $in: orders.map((o) => o.id) } });
    const ids = [...new Set(lines.map((l) => l.product.id))];
    const products = await em.find(Product, { id: { $in: ids } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' }, refresh: true });
    const byId = new Map(products.map((p) => [p.id, p]));
    for (const line of lines) byId.get(line.product.id)!.stock += line.quantity;
  }

  /** Orders the caller may see (order.policy.ts), filtered, newest first. */
  list(filter: OrderFilter | null | undefined, page: PageRequest): Promise<Page<Order>> {
    const where = (): FilterQuery<Order> => {
      const own: Record<string, unknown> = {};
      if (filter?.statuses?.length) own.status = { $in: filter.statuses };
      if (filter?.cooperativeId) own.cooperative = filter.cooperativeId.toLowerCase();
      if (filter?.buyerId) own.buyer = filter.buyerId.toLowerCase();
      if (filter?.deliveryPartnerId) own.deliveryPartner = filter.deliveryPartnerId.toLowerCase();
      return { $and: [own, visibleOrders(this.principal)] } as FilterQuery<Order>;
    };
    return paginate(this.em, Order, where, page, NEWEST_FIRST);
  }

  private async products(em: EntityManager, lines: readonly BasketLineInput[], lock: boolean): Promise<Map<string, Product>> {
    const ids = [...new Set(lines.map((l) => l.productId.toLowerCase()))];
    const rows = lock
      ? await em.find(Product, { id: { $in: ids } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' }, refresh: true })
      : await em.find(Product, { id: { $in: ids } });
    // The cooperatives are read apart: a join would lock their rows too and serialise all their orders (MikroORM
    // locks a populated relation's rows as well, even with `lockTableAliases`).
    await em.find(Cooperative, { id: { $in: [...new Set(rows.map((p) => p.cooperative.id))] } });
    return new Map(rows.map((p) => [p.id, p]));
  }

  private partnersServing(em: EntityManager, regionCode: string): Promise<DeliveryService[]> {
    return em.find(DeliveryService, { regionCodes: { $contains: [regionCode] } }, { populate: ['organization'] });
  }
}

export const orderService = defineService((ctx) => new OrderService(ctx.em, ctx.principal));
