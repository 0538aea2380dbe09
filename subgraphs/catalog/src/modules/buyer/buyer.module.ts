import type { SubgraphModule } from '@cooplab/kit';
import { Buyer } from './buyer.entity.js';
import { BuyerResolver } from './buyer.resolver.js';

/** Marketplace customers (the BUYER role): their accounts. Their orders are the order module's. */
export const buyerModule: SubgraphModule = {
  name: 'buyer',
  entities: [Buyer],
  resolvers: [BuyerResolver],
};
