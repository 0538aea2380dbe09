import type { SubgraphModule } from '@cooplab/kit';
import { JuryAssignment, JuryScore } from './jury.entity.js';
import { ApplicationJuryResolver, JuryAssignmentResolver } from './jury.resolver.js';

/** The jury: assignments, conflicts of interest, scores. */
export const juryModule: SubgraphModule = {
  name: 'jury',
  entities: [JuryAssignment, JuryScore],
  resolvers: [JuryAssignmentResolver, ApplicationJuryResolver],
};
