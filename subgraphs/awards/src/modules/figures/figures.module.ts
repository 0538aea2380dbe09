import type { SubgraphModule } from '@cooplab/kit';
import { Country, Region } from '../federation/stubs.js';
import { CountryAwardsResolver, RegionAwardsResolver } from './figures.resolver.js';

/** The awards figures of regions and countries (applications, winners, amount awarded). */
export const figuresModule: SubgraphModule = {
  name: 'figures',
  resolvers: [RegionAwardsResolver, CountryAwardsResolver],
  orphanedTypes: [Region, Country],
};
