import { Embedded, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate, GraphQLPhoneNumber } from 'graphql-scalars';
import { LocalizedText, Money, money } from '@cooplab/kit';
import { ProductUnit } from '../catalog.enums.js';
import { Buyer } from '../buyer/buyer.entity.js';
import { Cooperative } from '../cooperative/cooperative.entity.js';
import { Region } from '../geography/region.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Product } from '../product/product.entity.js';
import { OrderActor, OrderStatus, PaymentMethod } from './order.enums.js';

/**
 * A buyer's order of one cooperative's products (a basket of several cooperatives is placed as one order per
 * cooperative: each cooperative confirms and ships its own). Amounts are copied at ordering and never change.
 */
@Entity({ tableName: 'sales_order' })
@Unique({ properties: ['buyer', 'idempotencyKey'], name: 'sales_order_buyer_idempotency_key_unique' })
// Keyset paging of each list a caller can ask for: newest first within a buyer, a cooperative, a partner, or all.
@Index({ properties: ['buyer', 'placedAt', 'id'], name: 'sales_order_buyer_placed_index' })
@Index({ properties: ['cooperative', 'placedAt', 'id'], name: 'sales_order_cooperative_placed_index' })
@Index({ properties: ['cooperative', 'status'], name: 'sales_order_cooperative_status_index' })
@Index({ properties: ['deliveryPartner', 'placedAt', 'id'], name: 'sales_order_partner_placed_index' })
@Index({ properties: ['placedAt', 'id'], name: 'sales_order_placed_index' })
// The expiry sweep: PLACED orders whose deadline has passed, oldest deadline first (a partial index: the others
// never expire, and PLACED orders are few).
@Index({
  name: 'sales_order_placed_confirm_by_index',
  expression: `create index "sales_order_placed_confirm_by_index" on "sales_order" ("confirm_by", "id") where "status" = 'PLACED'`,
})
@ObjectType({ description: "A buyer's order of one cooperative's products, delivered by a short-circuit partner and paid cash on delivery." })
export class Order {
  [OptionalProps]?: 'placedAt' | 'paymentMethod' | 'subtotal' | 'deliveryFee' | 'total' | 'expectedDeliveryOn' | 'confirmBy';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @ManyToOne({ entity: () => Buyer })
  buyer!: Buyer;

  @ManyToOne({ entity: () => Cooperative })
  cooperative!: Cooperative;

  @ManyToOne({ entity: () => Organization, fieldName: 'delivery_partner_id' })
  deliveryPartner!: Organization;

  @Enum({ items: () => OrderStatus })
  @Index()
  @Field(() => OrderStatus, { description: 'Where the order stands: PLACED → CONFIRMED → SHIPPED → DELIVERED, or CANCELLED before shipping.' })
  status!: OrderStatus;

  /** Chosen by the client; the same key twice (per buyer) gives the same order. */
  @Property({ type: 'text' })
  @Field(() => String, { description: 'The idempotency key the buyer placed it with.' })
  idempotencyKey!: string;

  /** Digest of what was asked, so that a key reused for another basket is refused rather than answered wrongly. */
  @Property({ type: 'text' })
  requestDigest!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Where to deliver.' })
  deliveryAddress!: string;

  @ManyToOne({ entity: () => Region, fieldName: 'delivery_region_code' })
  @Index()
  deliveryRegion!: Region;

  /** The cooperative's region when the order was placed: where the goods leave from. */
  @ManyToOne({ entity: () => Region, fieldName: 'origin_region_code' })
  @Index()
  originRegion!: Region;

  @Property({ type: 'text', nullable: true })
  @Field(() => GraphQLPhoneNumber, { nullable: true, description: 'Phone number the delivery partner calls on arrival.' })
  contactPhone?: string | null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Units ordered, all lines together.' })
  units!: number;

  @Property({ type: 'integer' })
  subtotalCentimes!: number;

  @Property({ type: 'integer' })
  deliveryFeeCentimes!: number;

  @Property({ type: 'integer' })
  totalCentimes!: number;

  @Field(() => Money, { description: 'Sum of the lines, at the prices of the moment of ordering.' })
  get subtotal(): Money {
    return money(this.subtotalCentimes);
  }

  @Field(() => Money, { description: "The delivery partner's fee, as it was when the order was placed." })
  get deliveryFee(): Money {
    return money(this.deliveryFeeCentimes);
  }

  @Field(() => Money, { description: 'What the buyer pays on delivery: subtotal plus delivery fee.' })
  get total(): Money {
    return money(this.totalCentimes);
  }

  @Enum({ items: () => PaymentMethod, default: PaymentMethod.CASH_ON_DELIVERY })
  @Field(() => PaymentMethod, { description: 'How the buyer pays: cash on delivery, collected by the delivery partner.' })
  paymentMethod: PaymentMethod = PaymentMethod.CASH_ON_DELIVERY;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: "The delivery partner's delay in days, as it was when the order was placed." })
  deliveryDelayDays!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When the buyer placed it.' })
  placedAt: Date = new Date();

  /**
   * When it expires unless the cooperative confirms it: set when placed (the window of that moment, kept even if
   * the setting changes later). The sweep (OrderService.expireUnconfirmed) reads it through a partial index.
   */
  @Property({ type: 'timestamptz', nullable: true, fieldName: 'confirm_by' })
  confirmDeadline?: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When it expires unless the cooperative confirms it (then the system cancels it and returns its stock); null once it is no longer PLACED.',
  })
  get confirmBy(): Date | null {
    return this.status === OrderStatus.PLACED ? (this.confirmDeadline ?? null) : null;
  }

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the cooperative confirmed it; null until then.' })
  confirmedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the cooperative handed it to the delivery partner; null until then.' })
  shippedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the delivery partner delivered it and collected the payment; null until then.' })
  deliveredAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was cancelled; null unless cancelled.' })
  cancelledAt?: Date | null;

  @Enum({ items: () => OrderActor, nullable: true })
  @Field(() => OrderActor, { nullable: true, description: 'Who cancelled it: SYSTEM when it expired, unconfirmed by its `confirmBy`.' })
  cancelledBy?: OrderActor | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was cancelled, when said.' })
  cancelReason?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it should reach the buyer: shipping date plus the delivery delay; null before shipping and once delivered or cancelled.' })
  get expectedDeliveryOn(): string | null {
    if (this.status !== OrderStatus.SHIPPED || !this.shippedAt) return null;
    return new Date(this.shippedAt.getTime() + this.deliveryDelayDays * 86_400_000).toISOString().slice(0, 10);
  }
}

/** One product of an order, with its name and price copied at ordering. */
@Entity({ tableName: 'sales_order_line' })
@ObjectType({ description: 'One product of an order: its name, unit and price as they were when the order was placed.' })
export class OrderLine {
  [OptionalProps]?: 'unitPrice' | 'amount';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @ManyToOne({ entity: () => Order })
  @Index()
  order!: Order;

  @ManyToOne({ entity: () => Product })
  @Index()
  product!: Product;

  @Embedded({ entity: () => LocalizedText, prefix: 'product_name_' })
  @Field(() => LocalizedText, { description: "The product's name when the order was placed." })
  productName!: LocalizedText;

  @Enum({ items: () => ProductUnit })
  @Field(() => ProductUnit, { description: 'The unit the product was sold by when ordered.' })
  unit!: ProductUnit;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Units ordered, at least 1.' })
  quantity!: number;

  @Property({ type: 'integer' })
  unitPriceCentimes!: number;

  @Property({ type: 'integer' })
  amountCentimes!: number;

  @Field(() => Money, { description: 'Price of one unit when the order was placed (a later price change does not alter it).' })
  get unitPrice(): Money {
    return money(this.unitPriceCentimes);
  }

  @Field(() => Money, { description: 'Quantity × unit price.' })
  get amount(): Money {
    return money(this.amountCentimes);
  }
}
