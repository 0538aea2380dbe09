import { defineLoader, loadByIds, loadGrouped, type SubgraphContext } from '@cooplab/kit';
import { Product } from './product.entity.js';
import { canSeeProduct, canSeeUnpublished } from './product.policy.js';

export const productById = defineLoader<string, Product | null>((em, ids) => loadByIds(em, Product, ids));

const byName = { orderBy: { name: { fr: 'asc' }, id: 'asc' } as never };
const allProductsOfCooperative = defineLoader<string, Product[]>((em, ids) => loadGrouped(em, Product, 'cooperative', ids, byName));
const publishedProductsOfCooperative = defineLoader<string, Product[]>((em, ids) =>
  loadGrouped(em, Product, 'cooperative', ids, { ...byName, where: { published: true } }),
);

/** A cooperative's products the caller may see (product.policy.ts): unpublished rows are not even read for others. */
export const productsOfCooperative = (ctx: SubgraphContext) =>
  canSeeUnpublished(ctx.principal) ? allProductsOfCooperative(ctx) : publishedProductsOfCooperative(ctx);

/** A product as the caller may see it (product.policy.ts); null when there is none or it is hidden from them. */
export async function visibleProduct(ctx: SubgraphContext, id: string): Promise<Product | null> {
  const product = await productById(ctx).load(id);
  return product && canSeeProduct(ctx.principal, product) ? product : null;
}
