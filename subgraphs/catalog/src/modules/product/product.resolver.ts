import { Arg, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionOf, requireUuid, type SubgraphContext } from '@cooplab/kit';
import { cooperativeById, productById } from '../catalog.loaders.js';
import { Cooperative } from '../cooperative/cooperative.entity.js';
import { Product } from './product.entity.js';
import { CreateProductInput, ProductFilter, ProductOrder, UpdateProductInput } from './product.inputs.js';
import { ProductService, canSeeUnpublished } from './product.service.js';

@ObjectType({ description: 'A page of products.' })
export class ProductConnection extends ConnectionOf(Product, 'Product') {}

/** A product as the caller may see it: unpublished ones only for partners and staff. */
export async function visibleProduct(ctx: SubgraphContext, id: string): Promise<Product | null> {
  const product = await productById(ctx).load(id);
  return product && (product.published || canSeeUnpublished(ctx.principal)) ? product : null;
}

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
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 20 unless given, at most 100.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('orderBy', () => ProductOrder, { nullable: true, defaultValue: ProductOrder.NAME }) orderBy?: ProductOrder,
  ) {
    return new ProductService(ctx.em).list(filter, { first, after }, ctx.principal, orderBy);
  }

  @FieldResolver(() => Cooperative)
  cooperative(@Root() product: Product, @Ctx() ctx: SubgraphContext) {
    return cooperativeById(ctx).load(product.cooperative.id);
  }

  @Mutation(() => Product, { description: 'Adds a product to a cooperative. Staff only.' })
  @Allow('STAFF')
  createProduct(@Arg('input', () => CreateProductInput) input: CreateProductInput, @Ctx() ctx: SubgraphContext) {
    return new ProductService(ctx.em).create(input);
  }

  @Mutation(() => Product, { description: 'Changes a product. Staff only.' })
  @Allow('STAFF')
  updateProduct(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateProductInput) input: UpdateProductInput, @Ctx() ctx: SubgraphContext) {
    return new ProductService(ctx.em).update(requireUuid(id, 'id'), input);
  }

  @Mutation(() => Product, { description: 'Offers a product on the marketplace. Staff only.' })
  @Allow('STAFF')
  publishProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return new ProductService(ctx.em).setPublished(requireUuid(id, 'id'), true);
  }

  @Mutation(() => Product, { description: 'Withdraws a product from the marketplace. Staff only.' })
  @Allow('STAFF')
  withdrawProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return new ProductService(ctx.em).setPublished(requireUuid(id, 'id'), false);
  }
}
