import { isUuid, type SubgraphContext } from '@cooplab/kit';
import { cooperativeRef } from '../catalog.stubs.js';

/**
 * A cooperative resolves to its key alone: whatever the networking subgraph adds to it is loaded by its field
 * resolvers through per-request loaders (and their concept's policy), so a representation costs no query.
 */
export const resolveCooperativeReference = (ref: Record<string, unknown>, _ctx: SubgraphContext) =>
  typeof ref.id === 'string' && isUuid(ref.id) ? cooperativeRef(ref.id.toLowerCase()) : null;
