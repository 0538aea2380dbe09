import type { SubgraphModule } from '@cooplab/kit';
import { CoachingSession } from './coaching.entity.js';
import { CoachingSessionResolver } from './coaching.resolver.js';

/** Coaching sessions of cooperatives. */
export const coachingModule: SubgraphModule = {
  name: 'coaching',
  entities: [CoachingSession],
  resolvers: [CoachingSessionResolver],
};
