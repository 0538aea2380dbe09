import type { SubgraphModule } from '@cooplab/kit';
import { Country } from './country.entity.js';
import { resolveCountryReference, resolveRegionReference } from './geography.reference.js';
import { CountryResolver, RegionResolver } from './geography.resolver.js';
import { Region } from './region.entity.js';

/** Countries and Moroccan regions, with the catalog's figures of each. */
export const geographyModule: SubgraphModule = {
  name: 'geography',
  entities: [Country, Region],
  resolvers: [CountryResolver, RegionResolver],
  references: { Country: resolveCountryReference, Region: resolveRegionReference },
};
