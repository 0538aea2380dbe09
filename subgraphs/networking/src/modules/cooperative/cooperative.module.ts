import type { SubgraphModule } from '@cooplab/kit';
import { resolveCooperativeReference } from './cooperative.reference.js';
import { CooperativeNetworkingResolver } from './cooperative.resolver.js';

/** What the networking subgraph adds to the catalog's Cooperative: its profile, matches, opportunities and suggestions. */
export const cooperativeModule: SubgraphModule = {
  name: 'cooperative',
  resolvers: [CooperativeNetworkingResolver],
  references: { Cooperative: resolveCooperativeReference },
};
