import { isUuid, type SubgraphContext } from '@cooplab/kit';
import { cooperativeRef } from '../catalog.stubs.js';

/**
 * A cooperative resolves to its key alone: whatever the learning subgraph adds to it is loaded by its field
 * resolvers through per-request loaders, so a representation costs no query of its own.
 */
export const resolveCooperativeReference = (ref: Record<string, unknown>, _ctx: SubgraphContext) =>
  typeof ref.id === 'string' && isUuid(ref.id) ? cooperativeRef(ref.id.toLowerCase()) : null;
