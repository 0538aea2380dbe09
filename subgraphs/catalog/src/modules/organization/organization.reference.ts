import type { SubgraphContext } from '@cooplab/kit';
import { organizationById } from './organization.loaders.js';

export const resolveOrganizationReference = (ref: Record<string, unknown>, ctx: SubgraphContext) =>
  typeof ref.id === 'string' ? organizationById(ctx).load(ref.id) : null;
