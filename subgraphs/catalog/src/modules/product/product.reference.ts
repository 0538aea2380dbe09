import type { SubgraphContext } from '@cooplab/kit';
import { visibleProduct } from './product.loaders.js';

export const resolveProductReference = (ref: Record<string, unknown>, ctx: SubgraphContext) =>
  typeof ref.id === 'string' ? visibleProduct(ctx, ref.id) : null;
