import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, requireUuid, type Page, type SubgraphContext } from '@cooplab/kit';
import { OrganizationKind } from '../catalog.enums.js';
import { Cooperative } from '../cooperative/cooperative.entity.js';
import { CooperativeConnection } from '../cooperative/cooperative.connection.js';
import { Country } from '../geography/country.entity.js';
import { countryByCode } from '../geography/geography.loaders.js';
import { Organization } from './organization.entity.js';
import { membersOfOrganization, organizationById } from './organization.loaders.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization], { description: 'Partner organisations, by acronym. Short list: the lab’s partners and delivery partners, a few dozen.' })
  organizations(@Ctx() ctx: SubgraphContext, @Arg('kind', () => OrganizationKind, { description: 'Only organisations of this kind; all of them when left out.', nullable: true }) kind?: OrganizationKind) {
    return ctx.em.find(Organization, kind ? { kind } : {}, { orderBy: { acronym: 'asc' } });
  }

  @Query(() => Organization, { nullable: true, description: 'A partner organisation by id; null when there is none.' })
  organization(@Arg('id', () => ID, { description: 'The organisation’s id (UUID).' }) id: string, @Ctx() ctx: SubgraphContext) {
    return organizationById(ctx).load(requireUuid(id, 'id'));
  }

  @FieldResolver(() => Country, { description: 'The country of its seat.' })
  country(@Root() organization: Organization, @Ctx() ctx: SubgraphContext) {
    return countryByCode(ctx).load(organization.country.code);
  }

  @FieldResolver(() => CooperativeConnection, {
    description: 'Member cooperatives of a network (e.g. the founding cooperatives of CoopStore), by join date, paged (at most 100 a page); empty for other organisations.',
  })
  members(@Root() organization: Organization, @Ctx() ctx: SubgraphContext, @Args(() => PageArgs) page: PageArgs): Promise<Page<Cooperative>> {
    return membersOfOrganization(ctx, organization.id, page);
  }
}
