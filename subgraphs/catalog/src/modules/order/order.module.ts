import type { SubgraphModule } from '@cooplab/kit';
import { Order, OrderLine } from './order.entity.js';
import {
  BuyerOrdersResolver,
  CooperativeOrdersResolver,
  CountryMarketplaceResolver,
  OrderLineResolver,
  OrderResolver,
  OrganizationDeliveriesResolver,
  RegionMarketplaceResolver,
  createOrderPlacementResolver,
} from './order.resolver.js';
import type { OrderSettings } from './order.service.js';

/**
 * The marketplace's orders: quotes, ordering with stock reservation, the lifecycle (with the expiry of orders left
 * unconfirmed, order.expiry.ts), the lists and the figures. Made with the catalog's order settings.
 */
export const createOrderModule = (settings: OrderSettings): SubgraphModule => ({
  name: 'order',
  entities: [Order, OrderLine],
  resolvers: [
    OrderResolver,
    createOrderPlacementResolver(settings),
    OrderLineResolver,
    CooperativeOrdersResolver,
    OrganizationDeliveriesResolver,
    BuyerOrdersResolver,
    RegionMarketplaceResolver,
    CountryMarketplaceResolver,
  ],
});
