import { Arg, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionOf, loadedOr, requireUuid, type SubgraphContext } from '@cooplab/kit';
import { Cooperative } from '../cooperative/cooperative.entity.js';
import { cooperativeById } from '../cooperative/cooperative.loaders.js';
import { Product } from './product.entity.js';
import { CreateProductInput, ProductFilter, ProductOrder, UpdateProductInput } from './product.inputs.js';
import { visibleProduct } from './product.loaders.js';
import { productService } from './product.service.js';

@ObjectType({ description: 'A page of products.' })
export class ProductConnection extends ConnectionOf(Product, 'Product') {}

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => Product, { nullable: true, description: 'A product by id; null when there is none (or it is not published and the caller may not see it).' })
  product(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return visibleProduct(ctx, requireUuid(id, 'id'));
  }

  @Query(() => ProductConnection, { description: 'Products of the catalogue, filtered and paged (at most 100 a page).' })
  products(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => ProductFilter, { nullable: true }) filter?: ProductFilter,
    // Not PageArgs: this `after` has no description in the published schema, which stays as it is.
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 20 unless given, at most 100.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('orderBy', () => ProductOrder, { nullable: true, defaultValue: ProductOrder.NAME }) orderBy?: ProductOrder,
  ) {
    return productService(ctx).list(filter, { first, after }, ctx.principal, orderBy);
  }

  @FieldResolver(() => Cooperative)
  cooperative(@Root() product: Product, @Ctx() ctx: SubgraphContext) {
    return loadedOr(product.cooperative, cooperativeById(ctx), product.cooperative.id);
  }

  @Mutation(() => Product, { description: 'Adds a product to a cooperative. Staff only.' })
  @Allow('STAFF')
  createProduct(@Arg('input', () => CreateProductInput) input: CreateProductInput, @Ctx() ctx: SubgraphContext) {
    return productService(ctx).create(input);
  }

  @Mutation(() => Product, { description: 'Changes a product. Staff only.' })
  @Allow('STAFF')
  updateProduct(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateProductInput) input: UpdateProductInput, @Ctx() ctx: SubgraphContext) {
    return productService(ctx).update(requireUuid(id, 'id'), input);
  }

  @Mutation(() => Product, { description: 'Offers a product on the marketplace. Staff only.' })
  @Allow('STAFF')
  publishProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return productService(ctx).setPublished(requireUuid(id, 'id'), true);
  }

  @Mutation(() => Product, { description: 'Withdraws a product from the marketplace. Staff only.' })
  @Allow('STAFF')
  withdrawProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return productService(ctx).setPublished(requireUuid(id, 'id'), false);
  }
}
