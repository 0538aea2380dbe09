import type { SubgraphModule } from '@cooplab/kit';
import { Organization, OrganizationMembership } from './organization.entity.js';
import { resolveOrganizationReference } from './organization.reference.js';
import { OrganizationResolver } from './organization.resolver.js';

/** Partner organisations, and the networks of cooperatives with their members. */
export const organizationModule: SubgraphModule = {
  name: 'organization',
  entities: [Organization, OrganizationMembership],
  resolvers: [OrganizationResolver],
  references: { Organization: resolveOrganizationReference },
};
