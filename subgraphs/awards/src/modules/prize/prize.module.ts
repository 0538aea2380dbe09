import type { SubgraphModule } from '@cooplab/kit';
import { Prize } from './prize.entity.js';
import { EditionResultsResolver, PrizeResolver } from './prize.resolver.js';

/** The decision: ranking, winner selection, prizes and their open-data export. */
export const prizeModule: SubgraphModule = {
  name: 'prize',
  entities: [Prize],
  resolvers: [PrizeResolver, EditionResultsResolver],
};
