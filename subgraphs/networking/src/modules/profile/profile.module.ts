import type { SubgraphModule } from '@cooplab/kit';
import { NetworkProfile } from './profile.entity.js';
import { ProfileResolver } from './profile.resolver.js';

/** Networking profiles of cooperatives: offers, needs, value chain, place. */
export const profileModule: SubgraphModule = { name: 'profile', entities: [NetworkProfile], resolvers: [ProfileResolver] };
