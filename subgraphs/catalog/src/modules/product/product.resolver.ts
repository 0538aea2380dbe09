import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, loadedOr, requireUuid, type SubgraphContext } from '@cooplab/kit';
import { Cooperative } from '../cooperative/cooperative.entity.js';
import { cooperativeById } from '../cooperative/cooperative.loaders.js';
import { ProductConnection } from './product.connection.js';
import { Product } from './product.entity.js';
import { AdjustProductStockInput, CreateProductInput, ProductFilter, ProductOrder, ProductRefInput, UpdateProductInput } from './product.inputs.js';
import { visibleProduct } from './product.loaders.js';
import { productService } from './product.service.js';

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => Product, { nullable: true, description: 'A product by id; null when there is none (or it is not published and the caller may not see it).' })
  product(@Arg('id', () => ID, { description: 'The product’s id (UUID).' }) id: string, @Ctx() ctx: SubgraphContext) {
    return visibleProduct(ctx, requireUuid(id, 'id'));
  }

  @Query(() => ProductConnection, { description: 'Products of the catalogue, filtered and paged (at most 100 a page).' })
  products(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => ProductFilter, { description: 'Conditions the products must all meet; every product the caller may see when left out.', nullable: true }) filter?: ProductFilter,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 20 unless given, at most 100.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: '`endCursor` of the previous page.' }) after?: string,
    @Arg('orderBy', () => ProductOrder, { description: 'Order of the list: by French name unless given.', nullable: true, defaultValue: ProductOrder.NAME }) orderBy?: ProductOrder,
  ) {
    return productService(ctx).list(filter, { first, after }, ctx.principal, orderBy);
  }

  @FieldResolver(() => Cooperative, { description: 'The cooperative that makes and sells it.' })
  cooperative(@Root() product: Product, @Ctx() ctx: SubgraphContext) {
    return loadedOr(product.cooperative, cooperativeById(ctx), product.cooperative.id);
  }

  @Mutation(() => Product, { description: 'Adds a product to a cooperative: its own members, or staff.' })
  @Allow('COOPERATIVE')
  createProduct(@Arg('input', () => CreateProductInput, { description: 'The product, its cooperative, price and stock.' }) input: CreateProductInput, @Ctx() ctx: SubgraphContext) {
    return productService(ctx).create(input);
  }

  @Mutation(() => Product, { description: "Changes a product: its cooperative's members, or staff. To add or take units while orders come in, use adjustProductStock." })
  @Allow('COOPERATIVE')
  updateProduct(@Arg('input', () => UpdateProductInput, { description: 'The product (`id`) and the fields to change.' }) input: UpdateProductInput, @Ctx() ctx: SubgraphContext) {
    return productService(ctx).update(input.id.toLowerCase(), input);
  }

  @Mutation(() => Product, { description: "Offers a product on the marketplace: its cooperative's members, or staff." })
  @Allow('COOPERATIVE')
  publishProduct(@Arg('input', () => ProductRefInput, { description: 'The product to publish.' }) input: ProductRefInput, @Ctx() ctx: SubgraphContext) {
    return productService(ctx).setPublished(input.id.toLowerCase(), true);
  }

  @Mutation(() => Product, { description: "Withdraws a product from the marketplace: its cooperative's members, or staff. Orders placed are kept." })
  @Allow('COOPERATIVE')
  withdrawProduct(@Arg('input', () => ProductRefInput, { description: 'The product to withdraw.' }) input: ProductRefInput, @Ctx() ctx: SubgraphContext) {
    return productService(ctx).setPublished(input.id.toLowerCase(), false);
  }

  @Mutation(() => Product, { description: "Adds units to a product's stock, or takes some away, without overwriting what orders reserve meanwhile: its cooperative's members, or staff." })
  @Allow('COOPERATIVE')
  adjustProductStock(@Arg('input', () => AdjustProductStockInput, { description: 'The product and the number of units to add or take away.' }) input: AdjustProductStockInput, @Ctx() ctx: SubgraphContext) {
    return productService(ctx).adjustStock(input);
  }
}
