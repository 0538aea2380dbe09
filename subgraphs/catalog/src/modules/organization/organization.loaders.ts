import { defineLoader, loadByIds, loadGrouped, type SubgraphContext } from '@cooplab/kit';
import { Cooperative } from '../cooperative/cooperative.entity.js';
import { cooperativeById } from '../cooperative/cooperative.loaders.js';
import { Organization, OrganizationMembership } from './organization.entity.js';

export const organizationById = defineLoader<string, Organization | null>((em, ids) => loadByIds(em, Organization, ids));

const byJoinDate = { orderBy: { joinedOn: 'asc', id: 'asc' } } as const;
export const membershipsOfOrganization = defineLoader<string, OrganizationMembership[]>((em, ids) =>
  loadGrouped(em, OrganizationMembership, 'organization', ids, byJoinDate),
);
export const membershipsOfCooperative = defineLoader<string, OrganizationMembership[]>((em, ids) =>
  loadGrouped(em, OrganizationMembership, 'cooperative', ids, byJoinDate),
);

/** The networks a cooperative is a member of, by join date: two batched queries for any number of cooperatives. */
export async function networksOfCooperative(ctx: SubgraphContext, cooperativeId: string): Promise<Organization[]> {
  const memberships = await membershipsOfCooperative(ctx).load(cooperativeId);
  const organizations = await organizationById(ctx).loadMany(memberships.map((m) => m.organization.id));
  return organizations.filter((o): o is Organization => o instanceof Organization);
}

/** The member cooperatives of a network, by join date. */
export async function membersOfOrganization(ctx: SubgraphContext, organizationId: string): Promise<Cooperative[]> {
  const memberships = await membershipsOfOrganization(ctx).load(organizationId);
  const cooperatives = await cooperativeById(ctx).loadMany(memberships.map((m) => m.cooperative.id));
  return cooperatives.filter((c): c is Cooperative => c instanceof Cooperative);
}
