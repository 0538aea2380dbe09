import type { SubgraphModule } from '@cooplab/kit';
import { Product } from './product.entity.js';
import { resolveProductReference } from './product.reference.js';
import { ProductResolver } from './product.resolver.js';

/** The cooperatives' products and their publication on the marketplace. */
export const productModule: SubgraphModule = {
  name: 'product',
  entities: [Product],
  resolvers: [ProductResolver],
  references: { Product: resolveProductReference },
};
