import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { requireUuid, type SubgraphContext } from '@cooplab/kit';
import { OrganizationKind } from '../catalog.enums.js';
import { cooperativeById, countryByCode, membershipsOfOrganization, organizationById } from '../catalog.loaders.js';
import { Cooperative } from '../cooperative/cooperative.entity.js';
import { Country } from '../geography/country.entity.js';
import { Organization } from './organization.entity.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization], { description: 'Partner organisations, by acronym.' })
  organizations(@Ctx() ctx: SubgraphContext, @Arg('kind', () => OrganizationKind, { nullable: true }) kind?: OrganizationKind) {
    return ctx.em.find(Organization, kind ? { kind } : {}, { orderBy: { acronym: 'asc' } });
  }

  @Query(() => Organization, { nullable: true })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return organizationById(ctx).load(requireUuid(id, 'id'));
  }

  @FieldResolver(() => Country)
  country(@Root() organization: Organization, @Ctx() ctx: SubgraphContext) {
    return countryByCode(ctx).load(organization.country.code);
  }

  @FieldResolver(() => [Cooperative], { description: 'Member cooperatives of a network (e.g. the founding cooperatives of CoopStore); empty for other organisations.' })
  async members(@Root() organization: Organization, @Ctx() ctx: SubgraphContext): Promise<Cooperative[]> {
    const memberships = await membershipsOfOrganization(ctx).load(organization.id);
    const cooperatives = await cooperativeById(ctx).loadMany(memberships.map((m) => m.cooperative.id));
    return cooperatives.filter((c): c is Cooperative => c instanceof Cooperative);
  }
}
