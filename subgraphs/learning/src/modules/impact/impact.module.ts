import type { SubgraphModule } from '@cooplab/kit';
import { resolveCountryReference, resolveRegionReference } from './impact.reference.js';
import { CountryLearningResolver, RegionLearningResolver } from './impact.resolver.js';

/** The learning subgraph's impact figures of the catalog's regions and countries (programmes and cohorts use its loader). */
export const impactModule: SubgraphModule = {
  name: 'impact',
  resolvers: [RegionLearningResolver, CountryLearningResolver],
  references: { Region: resolveRegionReference, Country: resolveCountryReference },
};
