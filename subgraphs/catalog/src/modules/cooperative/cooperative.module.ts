import type { SubgraphModule } from '@cooplab/kit';
import { Cooperative } from './cooperative.entity.js';
import { resolveCooperativeReference } from './cooperative.reference.js';
import { CooperativeResolver } from './cooperative.resolver.js';

/** The cooperative registry: cooperatives, their registry data, members and contacts. */
export const cooperativeModule: SubgraphModule = {
  name: 'cooperative',
  entities: [Cooperative],
  resolvers: [CooperativeResolver],
  references: { Cooperative: resolveCooperativeReference },
};
