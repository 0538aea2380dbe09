import type { QueryOrderMap } from '@mikro-orm/postgresql';
import { defineChildPages, defineLoader, loadByIds, type Page, type PageRequest, type SubgraphContext } from '@cooplab/kit';
import { Product } from './product.entity.js';
import { canSeeProduct, seesAllProductsOf } from './product.policy.js';

export const productById = defineLoader<string, Product | null>((em, ids) => loadByIds(em, Product, ids));

/** The default order of lists of products: by French name (keyset pagination on `product_name_fr_id_index`). */
export const PRODUCTS_BY_NAME = { name: { fr: 'asc' }, id: 'asc' } as QueryOrderMap<Product>;

/** Which of a cooperative's products a list shows: all of them, or only the published ones (product.policy.ts). */
interface CooperativeProductsFilters {
  all: boolean;
}

const productsOfCooperativePages = defineChildPages<Product, CooperativeProductsFilters>({
  entity: Product,
  parent: 'cooperative',
  orderBy: PRODUCTS_BY_NAME,
  where: ({ all }) => (all ? {} : { published: true }),
});

/**
 * A page of a cooperative's products the caller may see (product.policy.ts: unpublished rows are not even read
 * for others), by French name: the first page of many cooperatives batched, a later page (`after`) of one, with
 * the cursors of the root `products` list in its default order.
 */
export const productsOfCooperative = (ctx: SubgraphContext, cooperativeId: string, page: PageRequest): Promise<Page<Product>> =>
  productsOfCooperativePages.page(ctx, cooperativeId, { all: seesAllProductsOf(ctx.principal, cooperativeId) }, page);

/** A product as the caller may see it (product.policy.ts); null when there is none or it is hidden from them. */
export async function visibleProduct(ctx: SubgraphContext, id: string): Promise<Product | null> {
  const product = await productById(ctx).load(id);
  return product && canSeeProduct(ctx.principal, product) ? product : null;
}
