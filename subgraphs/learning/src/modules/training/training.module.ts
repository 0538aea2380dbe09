import type { SubgraphModule } from '@cooplab/kit';
import { TrainingAttendance, TrainingSession } from './training.entity.js';
import { TrainingAttendanceResolver, TrainingSessionResolver } from './training.resolver.js';

/** Training sessions of cohorts and the cooperatives that attended. */
export const trainingModule: SubgraphModule = {
  name: 'training',
  entities: [TrainingSession, TrainingAttendance],
  resolvers: [TrainingSessionResolver, TrainingAttendanceResolver],
};
