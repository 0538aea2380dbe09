import type { FilterQuery } from '@mikro-orm/postgresql';
import { hasRole, type Principal } from '@cooplab/kit';
import type { Product } from './product.entity.js';

/*
 * Who may see which products, for every path that reads them (the `products` list, `product(id)`,
 * `Cooperative.products` and `_entities`): published products are public; unpublished ones are the
 * cooperatives' and their partners' business, seen by partners and staff.
 */

export const canSeeUnpublished = (principal: Principal): boolean => hasRole(principal, ['PARTNER']);

export const canSeeProduct = (principal: Principal, product: Product): boolean => product.published || canSeeUnpublished(principal);

/** The rows a caller may see, as a filter: nothing more for partners and staff, published ones for others. */
export const visibleProducts = (principal: Principal): FilterQuery<Product> => (canSeeUnpublished(principal) ? {} : { published: true });
