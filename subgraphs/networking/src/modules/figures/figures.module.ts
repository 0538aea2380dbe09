import type { SubgraphModule } from '@cooplab/kit';
import { CountryNetworkingResolver, NetworkingFiguresResolver, RegionNetworkingResolver } from './figures.resolver.js';

/** Figures of Rawabit per region, country and overall. */
export const figuresModule: SubgraphModule = { name: 'figures', resolvers: [RegionNetworkingResolver, CountryNetworkingResolver, NetworkingFiguresResolver] };
