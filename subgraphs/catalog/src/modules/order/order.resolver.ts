import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionOf, NotFoundError, defineService, PageArgs, loadedOr, requireUuid, type SubgraphContext } from '@cooplab/kit';
import { Sector } from '../catalog.enums.js';
import { Buyer } from '../buyer/buyer.entity.js';
import { buyerById } from '../buyer/buyer.loaders.js';
import { canSeeBuyer } from '../buyer/buyer.policy.js';
import { Cooperative } from '../cooperative/cooperative.entity.js';
import { cooperativeById } from '../cooperative/cooperative.loaders.js';
import { Country } from '../geography/country.entity.js';
import { regionByCode } from '../geography/geography.loaders.js';
import { Region } from '../geography/region.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { organizationById } from '../organization/organization.loaders.js';
import { Product } from '../product/product.entity.js';
import { visibleProduct } from '../product/product.loaders.js';
import { Order, OrderLine } from './order.entity.js';
import { MarketplaceFigures, cooperativeSalesFigures, countryMarketplaceFigures, regionMarketplaceFigures } from './order.figures.js';
import { CancelOrderInput, DeliveryQuoteInput, OrderFilter, OrderMoveInput, OrderStatusFilter, PlaceOrderInput } from './order.inputs.js';
import { ordersOfOwner, type OrderOwner } from './order.connections.js';
import { linesOfOrder, orderById } from './order.loaders.js';
import { canSeeDeliveriesOf, canSeeOrder, canSeeSalesOf, partiesOf } from './order.policy.js';
import { DeliveryQuote, quoteView } from './order.quote.js';
import { OrderService, orderService, type OrderSettings } from './order.service.js';

@ObjectType({ description: 'A page of orders, newest first.' })
export class OrderConnection extends ConnectionOf(Order, 'Order') {}

const SECTOR_ARG = { nullable: true, description: 'Count only the orders of cooperatives of this sector.' };
const STATUS_FILTER = { nullable: true, description: 'Only orders in these statuses.' };

/** An order the caller may see (order.policy.ts), else null: another party's orders do not exist for it. */
async function visibleOrder(ctx: SubgraphContext, id: string): Promise<Order | null> {
  const order = await orderById(ctx).load(id);
  return order && canSeeOrder(ctx.principal, partiesOf(order)) ? order : null;
}

/**
 * A nested list of an owner's orders, for a caller its policy lets see them: the first page batched over all the
 * owners of the request, a later page (`after`) of one owner, with the root list's cursors (order.connections.ts).
 */
function ownOrders(ctx: SubgraphContext, owner: OrderOwner, id: string, filter: OrderStatusFilter | undefined, page: PageArgs) {
  return ordersOfOwner(ctx, owner, id, filter?.statuses, page);
}

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => Order, { nullable: true, description: 'An order by id, for its buyer, its cooperative, its delivery partner and staff; null for anyone else.' })
  @Allow('BUYER', 'COOPERATIVE', 'PARTNER')
  order(@Arg('id', () => ID, { description: 'The order’s id (UUID).' }) id: string, @Ctx() ctx: SubgraphContext) {
    return visibleOrder(ctx, requireUuid(id, 'id'));
  }

  @Query(() => OrderConnection, {
    nullable: true,
    description: "Orders newest first: a buyer's own, a cooperative's own, a delivery partner's deliveries; every order for staff. At most 100 a page. Null, with an error, for other callers.",
  })
  @Allow('BUYER', 'COOPERATIVE', 'PARTNER')
  orders(@Ctx() ctx: SubgraphContext, @Arg('filter', () => OrderFilter, { description: 'Narrows the list to some statuses, a cooperative, a buyer or a delivery partner, within what the caller may see.', nullable: true }) filter: OrderFilter | undefined, @Args(() => PageArgs) page: PageArgs) {
    return orderService(ctx).list(filter, page);
  }

  @Query(() => DeliveryQuote, {
    description: 'Which partners can deliver a basket to a region, and at what fee: one part per cooperative (each becomes one order). Open to anyone; reserves nothing.',
  })
  async deliveryQuote(@Arg('input', () => DeliveryQuoteInput, { description: 'The basket (products and quantities) and the region to deliver to.' }) input: DeliveryQuoteInput, @Ctx() ctx: SubgraphContext): Promise<DeliveryQuote> {
    const [quote, region] = await Promise.all([orderService(ctx).quote(input), regionByCode(ctx).load(input.deliveryRegionCode)]);
    if (!region) throw new NotFoundError('Region', input.deliveryRegionCode, 'input.deliveryRegionCode');
    return quoteView(region, quote.parts);
  }

  @Mutation(() => Order, { description: 'PLACED → CONFIRMED: the cooperative that sells it accepts the order (or staff).' })
  @Allow('COOPERATIVE')
  confirmOrder(@Arg('input', () => OrderMoveInput, { description: 'The order to confirm.' }) input: OrderMoveInput, @Ctx() ctx: SubgraphContext) {
    return orderService(ctx).move('CONFIRM', input.orderId.toLowerCase());
  }

  @Mutation(() => Order, { description: 'CONFIRMED → SHIPPED: the cooperative hands the order to its delivery partner (or staff).' })
  @Allow('COOPERATIVE')
  shipOrder(@Arg('input', () => OrderMoveInput, { description: 'The order handed to its delivery partner.' }) input: OrderMoveInput, @Ctx() ctx: SubgraphContext) {
    return orderService(ctx).move('SHIP', input.orderId.toLowerCase());
  }

  @Mutation(() => Order, { description: 'SHIPPED → DELIVERED: the delivery partner delivered it and collected the cash (or staff).' })
  @Allow('PARTNER')
  markOrderDelivered(@Arg('input', () => OrderMoveInput, { description: 'The order delivered and paid.' }) input: OrderMoveInput, @Ctx() ctx: SubgraphContext) {
    return orderService(ctx).move('DELIVER', input.orderId.toLowerCase());
  }

  @Mutation(() => Order, {
    description: 'Cancels an order and returns its stock: its buyer before shipping, the cooperative that sells it before confirming, staff before shipping.',
  })
  @Allow('BUYER', 'COOPERATIVE')
  cancelOrder(@Arg('input', () => CancelOrderInput, { description: 'The order to cancel, and why.' }) input: CancelOrderInput, @Ctx() ctx: SubgraphContext) {
    return orderService(ctx).move('CANCEL', input.orderId.toLowerCase(), input.reason);
  }

  @FieldResolver(() => Buyer, { description: 'The customer who placed it.' })
  buyer(@Root() order: Order, @Ctx() ctx: SubgraphContext) {
    return loadedOr(order.buyer, buyerById(ctx), order.buyer.id);
  }

  @FieldResolver(() => Cooperative, { description: 'The cooperative that sells it.' })
  cooperative(@Root() order: Order, @Ctx() ctx: SubgraphContext) {
    return loadedOr(order.cooperative, cooperativeById(ctx), order.cooperative.id);
  }

  @FieldResolver(() => Organization, { description: 'The delivery partner chosen by the buyer.' })
  deliveryPartner(@Root() order: Order, @Ctx() ctx: SubgraphContext) {
    return loadedOr(order.deliveryPartner, organizationById(ctx), order.deliveryPartner.id);
  }

  @FieldResolver(() => Region, { description: 'Region of the delivery address.' })
  deliveryRegion(@Root() order: Order, @Ctx() ctx: SubgraphContext) {
    return loadedOr(order.deliveryRegion, regionByCode(ctx), order.deliveryRegion.code);
  }

  @FieldResolver(() => Region, { description: "The cooperative's region when the order was placed: where the goods leave from." })
  originRegion(@Root() order: Order, @Ctx() ctx: SubgraphContext) {
    return loadedOr(order.originRegion, regionByCode(ctx), order.originRegion.code);
  }

  @FieldResolver(() => [OrderLine], { description: 'What was ordered: one line per product, with the name and price copied when the order was placed. Short list: at most 50 lines, the largest basket an order takes.' })
  lines(@Root() order: Order, @Ctx() ctx: SubgraphContext) {
    return linesOfOrder(ctx).load(order.id);
  }
}

@Resolver(() => OrderLine)
export class OrderLineResolver {
  @FieldResolver(() => Product, { nullable: true, description: 'The product as it is now; null when the caller may no longer see it (withdrawn from the marketplace).' })
  product(@Root() line: OrderLine, @Ctx() ctx: SubgraphContext) {
    return visibleProduct(ctx, line.product.id);
  }
}

@Resolver(() => Cooperative)
export class CooperativeOrdersResolver {
  @FieldResolver(() => OrderConnection, { nullable: true, description: 'Its orders, newest first. Its own members and staff; null for others.' })
  @Allow('COOPERATIVE')
  orders(
    @Root() cooperative: Cooperative,
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => OrderStatusFilter, STATUS_FILTER) filter: OrderStatusFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    if (!canSeeSalesOf(ctx.principal, cooperative.id)) return null;
    return ownOrders(ctx, 'cooperative', cooperative.id, filter, page);
  }

  @FieldResolver(() => MarketplaceFigures, { nullable: true, description: 'Its sales on the marketplace. Its own members and staff; null for others.' })
  @Allow('COOPERATIVE')
  salesFigures(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext) {
    if (!canSeeSalesOf(ctx.principal, cooperative.id)) return null;
    return cooperativeSalesFigures(ctx).load({ code: cooperative.id, sector: null });
  }
}

@Resolver(() => Organization)
export class OrganizationDeliveriesResolver {
  @FieldResolver(() => OrderConnection, { nullable: true, description: 'Orders it delivers (a delivery partner), newest first. The partner itself and staff; null for others.' })
  @Allow('PARTNER')
  deliveries(
    @Root() organization: Organization,
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => OrderStatusFilter, STATUS_FILTER) filter: OrderStatusFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    if (!canSeeDeliveriesOf(ctx.principal, organization.id)) return null;
    return ownOrders(ctx, 'deliveryPartner', organization.id, filter, page);
  }
}

@Resolver(() => Buyer)
export class BuyerOrdersResolver {
  @FieldResolver(() => OrderConnection, { nullable: true, description: 'Its orders, newest first. The buyer itself and staff; null for others.' })
  @Allow('BUYER')
  orders(
    @Root() buyer: Buyer,
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => OrderStatusFilter, STATUS_FILTER) filter: OrderStatusFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    if (!canSeeBuyer(ctx.principal, buyer.id)) return null;
    return ownOrders(ctx, 'buyer', buyer.id, filter, page);
  }
}

@Resolver(() => Region)
export class RegionMarketplaceResolver {
  @FieldResolver(() => MarketplaceFigures, { description: "The marketplace's figures of the cooperatives of this region." })
  marketplaceFigures(@Root() region: Region, @Ctx() ctx: SubgraphContext, @Arg('sector', () => Sector, SECTOR_ARG) sector?: Sector) {
    return regionMarketplaceFigures(ctx).load({ code: region.code, sector: sector ?? null });
  }
}

@Resolver(() => Country)
export class CountryMarketplaceResolver {
  @FieldResolver(() => MarketplaceFigures, { description: "The marketplace's figures of the cooperatives of this country." })
  marketplaceFigures(@Root() country: Country, @Ctx() ctx: SubgraphContext, @Arg('sector', () => Sector, SECTOR_ARG) sector?: Sector) {
    return countryMarketplaceFigures(ctx).load({ code: country.code, sector: sector ?? null });
  }
}

/**
 * Placing an order: the one root field that needs the catalog's settings (the confirmation window each order
 * is given), closed over rather than global.
 */
export function createOrderPlacementResolver(settings: OrderSettings) {
  const placing = defineService((ctx) => new OrderService(ctx.em, ctx.principal, settings));

  @Resolver(() => Order)
  class OrderPlacementResolver {
    @Mutation(() => Order, {
      description:
        "Places an order of one cooperative's published products for the signed-in buyer, reserving their stock until the cooperative confirms it (see `confirmBy`); prices are copied into it. Sending the same idempotency key again returns the same order. Buyers only.",
    })
    @Allow('BUYER')
    async placeOrder(@Arg('input', () => PlaceOrderInput, { description: 'The products of one cooperative, the delivery address and partner, and an idempotency key.' }) input: PlaceOrderInput, @Ctx() ctx: SubgraphContext) {
      // The delivery region is read beside the transaction (on another connection) rather than after it, and the
      // lines just written answer `lines` without reading them back.
      const region = regionByCode(ctx).load(input.deliveryRegionCode);
      region.catch(() => undefined); // its error, if any, is the field's, when asked
      const placed = await placing(ctx).place(input);
      if (placed.lines) linesOfOrder(ctx).prime(placed.order.id, placed.lines);
      return placed.order;
    }
  }
  return OrderPlacementResolver;
}
