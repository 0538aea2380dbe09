import type { SubgraphModule } from '@cooplab/kit';
import { DeliveryService } from './delivery.entity.js';
import { DeliveryServiceResolver, OrganizationDeliveryResolver } from './delivery.resolver.js';

/** The marketplace's regional short-circuit delivery partners: the regions each serves, its fee and delay. */
export const deliveryModule: SubgraphModule = {
  name: 'delivery',
  entities: [DeliveryService],
  resolvers: [DeliveryServiceResolver, OrganizationDeliveryResolver],
};
