import type { SubgraphModule } from '@cooplab/kit';
import { resolveCountryReference, resolveRegionReference } from './figures.reference.js';
import { CountryNetworkingResolver, NetworkingFiguresResolver, RegionNetworkingResolver } from './figures.resolver.js';

/** Figures of Rawabit per region, country and overall, on the catalog's regions and countries. */
export const figuresModule: SubgraphModule = {
  name: 'figures',
  resolvers: [RegionNetworkingResolver, CountryNetworkingResolver, NetworkingFiguresResolver],
  references: { Region: resolveRegionReference, Country: resolveCountryReference },
};
