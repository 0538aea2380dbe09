import { defineChildPages, defineLoader, mapNodes, loadByIds, loadGrouped, type Page, type PageRequest, type SubgraphContext } from '@cooplab/kit';
import { Cooperative } from '../cooperative/cooperative.entity.js';
import { cooperativeById } from '../cooperative/cooperative.loaders.js';
import { Organization, OrganizationMembership } from './organization.entity.js';

export const organizationById = defineLoader<string, Organization | null>((em, ids) => loadByIds(em, Organization, ids));

const byJoinDate = { orderBy: { joinedOn: 'asc', id: 'asc' } } as const;
export const membershipsOfCooperative = defineLoader<string, OrganizationMembership[]>((em, ids) =>
  loadGrouped(em, OrganizationMembership, 'cooperative', ids, byJoinDate),
);

/** The networks a cooperative is a member of, by join date: two batched queries for any number of cooperatives. */
export async function networksOfCooperative(ctx: SubgraphContext, cooperativeId: string): Promise<Organization[]> {
  const memberships = await membershipsOfCooperative(ctx).load(cooperativeId);
  const organizations = await organizationById(ctx).loadMany(memberships.map((m) => m.organization.id));
  return organizations.filter((o): o is Organization => o instanceof Organization);
}

/** A network's memberships, by join date: the first page of many networks in one statement. */
const membershipPages = defineChildPages<OrganizationMembership>({ entity: OrganizationMembership, parent: 'organization', orderBy: { joinedOn: 'asc', id: 'asc' } });

/**
 * A page of the member cooperatives of a network, by join date (the cursors are the memberships'): the first
 * page of many networks batched, a later page (`after`) of one; the cooperatives through their loader.
 */
export async function membersOfOrganization(ctx: SubgraphContext, organizationId: string, page: PageRequest): Promise<Page<Cooperative>> {
  return mapNodes(await membershipPages.page(ctx, organizationId, {}, page), async (memberships) => {
    const cooperatives = await cooperativeById(ctx).loadMany(memberships.map((m) => m.cooperative.id));
    return cooperatives.map((c) => (c instanceof Cooperative ? c : null));
  });
}
