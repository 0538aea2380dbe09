import { Arg, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionOf, requireUuid, type SubgraphContext } from '@cooplab/kit';
import { CooperativeStatus } from '../catalog.enums.js';
import { cooperativeById, countryByCode, membershipsOfCooperative, organizationById, productsOfCooperative, regionByCode } from '../catalog.loaders.js';
import { Country } from '../geography/country.entity.js';
import { Region } from '../geography/region.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Product } from '../product/product.entity.js';
import { canSeeUnpublished } from '../product/product.service.js';
import { Cooperative } from './cooperative.entity.js';
import { CooperativeFilter, CooperativeOrder, CreateCooperativeInput, UpdateCooperativeInput } from './cooperative.inputs.js';
import { CooperativeService } from './cooperative.service.js';

@ObjectType({ description: 'A page of cooperatives.' })
export class CooperativeConnection extends ConnectionOf(Cooperative, 'Cooperative') {}

@Resolver(() => Cooperative)
export class CooperativeResolver {
  @Query(() => Cooperative, { nullable: true, description: 'A cooperative by id; null when there is none.' })
  cooperative(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Cooperative | null> {
    return cooperativeById(ctx).load(requireUuid(id, 'id'));
  }

  @Query(() => CooperativeConnection, { description: 'Cooperatives of the registry, filtered and paged (at most 100 a page).' })
  cooperatives(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => CooperativeFilter, { nullable: true }) filter?: CooperativeFilter,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 20 unless given, at most 100.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: '`endCursor` of the previous page.' }) after?: string,
    @Arg('orderBy', () => CooperativeOrder, { nullable: true, defaultValue: CooperativeOrder.NAME }) orderBy?: CooperativeOrder,
  ) {
    return new CooperativeService(ctx.em).list(filter, { first, after }, orderBy);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The Moroccan region; null outside Morocco.' })
  region(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext) {
    return cooperative.region ? regionByCode(ctx).load(cooperative.region.code) : null;
  }

  @FieldResolver(() => Country)
  country(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext) {
    return countryByCode(ctx).load(cooperative.country.code);
  }

  @FieldResolver(() => [Product], { description: 'Its products: published ones, or all of them for partners and staff.' })
  async products(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext): Promise<Product[]> {
    const products = await productsOfCooperative(ctx).load(cooperative.id);
    return canSeeUnpublished(ctx.principal) ? products : products.filter((p) => p.published);
  }

  @FieldResolver(() => [Organization], { description: 'Networks of cooperatives it is a member of (e.g. CoopStore).' })
  async networks(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext) {
    const memberships = await membershipsOfCooperative(ctx).load(cooperative.id);
    const organizations = await organizationById(ctx).loadMany(memberships.map((m) => m.organization.id));
    return organizations.filter((o): o is Organization => o instanceof Organization);
  }

  @Mutation(() => Cooperative, { description: 'Registers a cooperative. Staff only.' })
  @Allow('STAFF')
  createCooperative(@Arg('input', () => CreateCooperativeInput) input: CreateCooperativeInput, @Ctx() ctx: SubgraphContext) {
    return new CooperativeService(ctx.em).create(input);
  }

  @Mutation(() => Cooperative, { description: 'Changes a cooperative. Staff only.' })
  @Allow('STAFF')
  updateCooperative(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCooperativeInput) input: UpdateCooperativeInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    return new CooperativeService(ctx.em).update(requireUuid(id, 'id'), input);
  }

  @Mutation(() => Cooperative, { description: "Changes a cooperative's status (active, inactive, suspended, dissolved). Staff only." })
  @Allow('STAFF')
  setCooperativeStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => CooperativeStatus) status: CooperativeStatus,
    @Ctx() ctx: SubgraphContext,
  ) {
    return new CooperativeService(ctx.em).setStatus(requireUuid(id, 'id'), status);
  }
}
