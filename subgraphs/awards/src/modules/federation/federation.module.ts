import { isUuid, type SubgraphModule } from '@cooplab/kit';
import { CooperativeAwardsResolver } from './federation.resolver.js';
import { cooperativeRef, countryRef, regionRef } from './stubs.js';

/**
 * The catalog's entities the awards subgraph extends. The stubs resolve to their key alone: what is added is
 * loaded by field resolvers through per-request loaders, so a representation costs no query of its own.
 */
export const federationModule: SubgraphModule = {
  name: 'federation',
  resolvers: [CooperativeAwardsResolver],
  references: {
    Cooperative: (ref) => (typeof ref.id === 'string' && isUuid(ref.id) ? cooperativeRef(ref.id.toLowerCase()) : null),
    Region: (ref) => (typeof ref.code === 'string' ? regionRef(ref.code) : null),
    Country: (ref) => (typeof ref.code === 'string' ? countryRef(ref.code) : null),
  },
};
