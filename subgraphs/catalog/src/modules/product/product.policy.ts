import type { FilterQuery } from '@mikro-orm/postgresql';
import { hasRole, type Principal } from '@cooplab/kit';
import type { Product } from './product.entity.js';

/*
 * Who may see and manage which products, for every path that reads them (the `products` list, `product(id)`,
 * `Cooperative.products` and `_entities`) and every mutation: published products are public; unpublished ones
 * are the cooperatives' and their partners' business, seen by partners and staff, and by the members of the
 * cooperative that owns them. A cooperative's members (COOPERATIVE) manage its products, never another's.
 */

export const canSeeUnpublished = (principal: Principal): boolean => hasRole(principal, ['PARTNER']);

/** Whether the caller manages the products of a cooperative: its own members, and staff. */
export const managesProductsOf = (principal: Principal, cooperativeId: string): boolean =>
  principal.role === 'STAFF' || (principal.role === 'COOPERATIVE' && principal.cooperativeId === cooperativeId);

/** Whether the caller sees all of a cooperative's products, published or not. */
export const seesAllProductsOf = (principal: Principal, cooperativeId: string): boolean =>
  canSeeUnpublished(principal) || managesProductsOf(principal, cooperativeId);

export const canSeeProduct = (principal: Principal, product: Product): boolean =>
  product.published || seesAllProductsOf(principal, product.cooperative.id);

/** The rows a caller may see, as a filter: all for partners and staff; published ones and its own for a cooperative; published ones for others. */
export function visibleProducts(principal: Principal): FilterQuery<Product> {
  if (canSeeUnpublished(principal)) return {};
  if (principal.role === 'COOPERATIVE' && principal.cooperativeId) return { $or: [{ published: true }, { cooperative: principal.cooperativeId }] };
  return { published: true };
}
