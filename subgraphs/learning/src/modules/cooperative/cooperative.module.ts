import type { SubgraphModule } from '@cooplab/kit';
import { resolveCooperativeReference } from './cooperative.reference.js';
import { CooperativeLearningResolver } from './cooperative.resolver.js';

/** What the learning subgraph adds to the catalog's Cooperative: its enrolments, coaching, assessment and plan. */
export const cooperativeModule: SubgraphModule = {
  name: 'cooperative',
  resolvers: [CooperativeLearningResolver],
  references: { Cooperative: resolveCooperativeReference },
};
