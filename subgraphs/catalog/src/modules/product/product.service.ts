import { type EntityManager, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import {
  NotFoundError,
  Problems,
  escapeLike,
  foldForSearch,
  assignGiven,
  defineService,
  newId,
  paginate,
  toLocalized,
  type Page,
  type PageRequest,
  type Principal,
} from '@cooplab/kit';
import { CooperativeStatus } from '../catalog.enums.js';
import { Cooperative } from '../cooperative/cooperative.entity.js';
import { refreshCooperativeSearchText, type Names } from '../cooperative/cooperative.search.js';
import { Product } from './product.entity.js';
import { canSeeUnpublished, visibleProducts } from './product.policy.js';
import { ProductOrder, type CreateProductInput, type ProductFilter, type UpdateProductInput } from './product.inputs.js';


export function productSearchText(p: { name: Names }): string {
  return foldForSearch([p.name.fr, p.name.ar, p.name.en].filter(Boolean).join(' '));
}

export function productWhere(filter: ProductFilter | null | undefined, principal: Principal): FilterQuery<Product> {
  const where: Record<string, unknown> = {};
  if (filter?.search?.trim()) where.searchText = { $like: `%${escapeLike(foldForSearch(filter.search))}%` };
  if (filter?.categories?.length) where.category = { $in: filter.categories };
  if (filter?.regions?.length) where.cooperative = { region: { $in: filter.regions } };
  if (filter?.labels?.length) where.labels = { $overlap: filter.labels };
  if (filter?.minPriceCentimes != null || filter?.maxPriceCentimes != null) {
    where.priceCentimes = {
      ...(filter.minPriceCentimes != null ? { $gte: filter.minPriceCentimes } : {}),
      ...(filter.maxPriceCentimes != null ? { $lte: filter.maxPriceCentimes } : {}),
    };
  }
  if (filter?.cooperativeId) where.cooperative = { ...(where.cooperative as object), id: filter.cooperativeId };
  if (canSeeUnpublished(principal) && filter?.published != null) where.published = filter.published;
  return { ...where, ...(visibleProducts(principal) as object) } as FilterQuery<Product>;
}

const ORDERS: Record<ProductOrder, QueryOrderMap<Product>> = {
  [ProductOrder.NAME]: { name: { fr: 'asc' }, id: 'asc' } as QueryOrderMap<Product>,
  [ProductOrder.PRICE_ASC]: { priceCentimes: 'asc', id: 'asc' },
  [ProductOrder.PRICE_DESC]: { priceCentimes: 'desc', id: 'desc' },
};

/** Rules of the product catalogue and the marketplace. */
export class ProductService {
  constructor(private readonly em: EntityManager) {}

  list(filter: ProductFilter | null | undefined, page: PageRequest, principal: Principal, order = ProductOrder.NAME): Promise<Page<Product>> {
    if (filter?.minPriceCentimes != null && filter.maxPriceCentimes != null && filter.minPriceCentimes > filter.maxPriceCentimes) {
      new Problems().add('filter.maxPriceCentimes', 'must not be below minPriceCentimes').throwIfAny();
    }
    return paginate(this.em, Product, () => productWhere(filter, principal), page, ORDERS[order]);
  }

  async create(input: CreateProductInput): Promise<Product> {
    return this.em.transactional(async (em) => {
      const cooperative = await em.findOne(Cooperative, { id: input.cooperativeId.toLowerCase() });
      if (!cooperative) throw new NotFoundError('Cooperative', input.cooperativeId, 'input.cooperativeId');
      const problems = new Problems();
      if (input.published) checkPublishable(cooperative, problems, 'input.published');
      problems.throwIfAny();
      const product = em.create(Product, {
        id: newId(),
        cooperative,
        category: input.category,
        name: toLocalized(input.name),
        description: toLocalized(input.description ?? { fr: '' }),
        unit: input.unit,
        priceCentimes: input.priceCentimes,
        labels: [...new Set(input.labels ?? [])],
        stock: input.stock ?? 0,
        published: input.published ?? false,
        searchText: '',
      });
      product.searchText = productSearchText(product);
      if (product.published) await refreshCooperativeSearchText(em, cooperative.id);
      return product;
    });
  }

  async update(id: string, input: UpdateProductInput): Promise<Product> {
    return this.em.transactional(async (em) => {
      const product = await this.find(em, id);
      assignGiven(product, {
        category: input.category,
        name: input.name && toLocalized(input.name),
        description: input.description && toLocalized(input.description),
        unit: input.unit,
        priceCentimes: input.priceCentimes,
        labels: input.labels && [...new Set(input.labels)],
        stock: input.stock,
      });
      product.searchText = productSearchText(product);
      if (input.name && product.published) await refreshCooperativeSearchText(em, product.cooperative.id);
      return product;
    });
  }

  /** Offers a product on the marketplace: its cooperative must be active. */
  async setPublished(id: string, published: boolean): Promise<Product> {
    return this.em.transactional(async (em) => {
      const product = await this.find(em, id, true);
      if (published) {
        const problems = new Problems();
        checkPublishable(product.cooperative, problems, 'id');
        problems.throwIfAny();
      }
      product.published = published;
      await refreshCooperativeSearchText(em, product.cooperative.id);
      return product;
    });
  }

  private async find(em: EntityManager, id: string, withCooperative = false): Promise<Product> {
    const product = await em.findOne(Product, { id }, { populate: withCooperative ? ['cooperative', 'searchText'] : ['searchText'] });
    if (!product) throw new NotFoundError('Product', id, 'id');
    return product;
  }
}

export const productService = defineService((ctx) => new ProductService(ctx.em));

function checkPublishable(cooperative: Cooperative, problems: Problems, field: string): void {
  problems.check(
    cooperative.status === CooperativeStatus.ACTIVE,
    field,
    `the cooperative is ${cooperative.status.toLowerCase()}: only an active cooperative's products can be published`,
  );
}
