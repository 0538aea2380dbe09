import type { SubgraphModule } from '@cooplab/kit';
import { Trainer } from './trainer.entity.js';
import { resolveTrainerReference } from './trainer.reference.js';
import { TrainerResolver } from './trainer.resolver.js';

/** The trainers' registry, and `me` for a signed-in trainer. */
export const trainerModule: SubgraphModule = {
  name: 'trainer',
  entities: [Trainer],
  resolvers: [TrainerResolver],
  references: { Trainer: resolveTrainerReference },
};
