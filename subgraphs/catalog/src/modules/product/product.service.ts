import { LockMode, type EntityManager, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import {
  ForbiddenError,
  NotFoundError,
  Problems,
  ValidationError,
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
import { PRODUCTS_BY_NAME } from './product.loaders.js';
import { canSeeProduct, canSeeUnpublished, managesProductsOf, visibleProducts } from './product.policy.js';
import { MAX_STOCK, ProductOrder, type AdjustProductStockInput, type CreateProductInput, type ProductFilter, type UpdateProductInput } from './product.inputs.js';


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
  // Within what the caller may see (visibleProducts): a cooperative asking for unpublished products gets its own.
  if (filter?.published != null) where.published = filter.published;
  return { ...where, ...(visibleProducts(principal) as object) } as FilterQuery<Product>;
}

const ORDERS: Record<ProductOrder, QueryOrderMap<Product>> = {
  [ProductOrder.NAME]: PRODUCTS_BY_NAME,
  [ProductOrder.PRICE_ASC]: { priceCentimes: 'asc', id: 'asc' },
  [ProductOrder.PRICE_DESC]: { priceCentimes: 'desc', id: 'desc' },
};

/** Rules of the product catalogue and the marketplace. */
export class ProductService {
  constructor(
    private readonly em: EntityManager,
    /** Who acts: a cooperative's member manages its own products only (product.policy.ts). */
    private readonly principal: Principal,
  ) {}

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
      if (!managesProductsOf(this.principal, cooperative.id)) throw new ForbiddenError("A cooperative's members add products to their own cooperative only");
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
      const product = await this.find(em, id, false, 'input.id');
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
      const product = await this.find(em, id, true, 'input.id');
      if (published) {
        const problems = new Problems();
        checkPublishable(product.cooperative, problems, 'input.id');
        problems.throwIfAny();
      }
      product.published = published;
      await refreshCooperativeSearchText(em, product.cooperative.id);
      return product;
    });
  }

  /**
   * Adds units to (or, with a negative change, takes units from) a product's stock, under the row lock that
   * ordering takes: unlike setting `stock`, it never overwrites units that orders reserved meanwhile.
   */
  async adjustStock(input: AdjustProductStockInput): Promise<Product> {
    return this.em.transactional(async (em) => {
      const id = input.productId.toLowerCase();
      const product = await this.find(em, id, false, 'input.productId', true);
      const stock = product.stock + input.change;
      if (stock < 0) throw ValidationError.field('input.change', `would leave ${stock} in stock (${product.stock} now)`);
      if (stock > MAX_STOCK) throw ValidationError.field('input.change', `would make the stock exceed ${MAX_STOCK}`);
      product.stock = stock;
      return product;
    });
  }

  /** A product the caller manages: another cooperative's is FORBIDDEN when the caller can see it, NOT_FOUND otherwise. */
  private async find(em: EntityManager, id: string, withCooperative = false, field = 'id', lock = false): Promise<Product> {
    const product = await em.findOne(
      Product,
      { id },
      { populate: withCooperative ? ['cooperative', 'searchText'] : ['searchText'], ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {}) },
    );
    if (!product || !canSeeProduct(this.principal, product)) throw new NotFoundError('Product', id, field);
    if (!managesProductsOf(this.principal, product.cooperative.id)) throw new ForbiddenError("A cooperative's members manage their own cooperative's products only");
    return product;
  }
}

export const productService = defineService((ctx) => new ProductService(ctx.em, ctx.principal));

function checkPublishable(cooperative: Cooperative, problems: Problems, field: string): void {
  problems.check(
    cooperative.status === CooperativeStatus.ACTIVE,
    field,
    `the cooperative is ${cooperative.status.toLowerCase()}: only an active cooperative's products can be published`,
  );
}
