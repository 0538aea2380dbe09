import type { SubgraphModule } from '@cooplab/kit';
import { CooperativeNetworkingResolver } from './cooperative.resolver.js';
import { resolveCooperativeReference, resolveCountryReference, resolveRegionReference } from './federation.reference.js';

/** The catalog's entities as the networking subgraph extends them. */
export const federationModule: SubgraphModule = {
  name: 'federation',
  resolvers: [CooperativeNetworkingResolver],
  references: { Cooperative: resolveCooperativeReference, Region: resolveRegionReference, Country: resolveCountryReference },
};
