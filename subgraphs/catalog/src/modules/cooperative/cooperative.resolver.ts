import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, loadedOr, PageArgs, requireUuid, type Page, type SubgraphContext } from '@cooplab/kit';
import { CooperativeStatus } from '../catalog.enums.js';
import { Country } from '../geography/country.entity.js';
import { countryByCode, regionByCode } from '../geography/geography.loaders.js';
import { Region } from '../geography/region.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { networksOfCooperative } from '../organization/organization.loaders.js';
import { Product } from '../product/product.entity.js';
import { ProductConnection } from '../product/product.connection.js';
import { productsOfCooperative } from '../product/product.loaders.js';
import { CooperativeConnection } from './cooperative.connection.js';
import { Cooperative } from './cooperative.entity.js';
import { CooperativeFilter, CooperativeOrder, CreateCooperativeInput, SetCooperativeStatusInput, UpdateCooperativeInput } from './cooperative.inputs.js';
import { cooperativeById } from './cooperative.loaders.js';
import { cooperativeService } from './cooperative.service.js';

@Resolver(() => Cooperative)
export class CooperativeResolver {
  @Query(() => Cooperative, { nullable: true, description: 'A cooperative by id; null when there is none.' })
  cooperative(@Arg('id', () => ID, { description: 'The cooperative’s id (UUID).' }) id: string, @Ctx() ctx: SubgraphContext): Promise<Cooperative | null> {
    return cooperativeById(ctx).load(requireUuid(id, 'id'));
  }

  @Query(() => CooperativeConnection, { description: 'Cooperatives of the registry, filtered and paged (at most 100 a page).' })
  cooperatives(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => CooperativeFilter, { description: 'Conditions the cooperatives must all meet; every cooperative when left out.', nullable: true }) filter: CooperativeFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => CooperativeOrder, { description: 'Order of the list: by French name unless given.', nullable: true, defaultValue: CooperativeOrder.NAME }) orderBy?: CooperativeOrder,
  ) {
    return cooperativeService(ctx).list(filter, page, orderBy);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The Moroccan region; null outside Morocco.' })
  region(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext) {
    return cooperative.region ? loadedOr(cooperative.region, regionByCode(ctx), cooperative.region.code) : null;
  }

  @FieldResolver(() => Country, { description: 'The country of its seat.' })
  country(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext) {
    return loadedOr(cooperative.country, countryByCode(ctx), cooperative.country.code);
  }

  @FieldResolver(() => ProductConnection, {
    description: 'Its products by French name, paged (at most 100 a page): published ones, or all of them for partners, staff and its own members. Cursors are those of `products` in its default order.',
  })
  products(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext, @Args(() => PageArgs) page: PageArgs): Promise<Page<Product>> {
    return productsOfCooperative(ctx, cooperative.id, page);
  }

  @FieldResolver(() => [Organization], { description: 'Networks of cooperatives it is a member of (e.g. CoopStore). Short list: the few networks a cooperative joins.' })
  networks(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext): Promise<Organization[]> {
    return networksOfCooperative(ctx, cooperative.id);
  }

  @Mutation(() => Cooperative, { description: 'Registers a cooperative. Staff only.' })
  @Allow('STAFF')
  createCooperative(@Arg('input', () => CreateCooperativeInput, { description: 'The cooperative as in the registry: number, names, place, sector and members.' }) input: CreateCooperativeInput, @Ctx() ctx: SubgraphContext) {
    return cooperativeService(ctx).create(input);
  }

  @Mutation(() => Cooperative, { description: 'Changes a cooperative. Staff only.' })
  @Allow('STAFF')
  updateCooperative(@Arg('input', () => UpdateCooperativeInput, { description: 'The cooperative (`id`) and the fields to change.' }) input: UpdateCooperativeInput, @Ctx() ctx: SubgraphContext) {
    return cooperativeService(ctx).update(input.id.toLowerCase(), input);
  }

  @Mutation(() => Cooperative, { description: "Changes a cooperative's status (active, inactive, suspended, dissolved). Staff only." })
  @Allow('STAFF')
  setCooperativeStatus(@Arg('input', () => SetCooperativeStatusInput, { description: 'The cooperative (`id`) and its new status.' }) input: SetCooperativeStatusInput, @Ctx() ctx: SubgraphContext) {
    return cooperativeService(ctx).setStatus(input.id.toLowerCase(), input.status);
  }
}
