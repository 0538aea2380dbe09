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
} from './order.resolver.js';

/** The marketplace's orders: quotes, ordering with stock reservation, the lifecycle, the lists and the figures. */
export const orderModule: SubgraphModule = {
  name: 'order',
  entities: [Order, OrderLine],
  resolvers: [
    OrderResolver,
    OrderLineResolver,
    CooperativeOrdersResolver,
    OrganizationDeliveriesResolver,
    BuyerOrdersResolver,
    RegionMarketplaceResolver,
    CountryMarketplaceResolver,
  ],
};
