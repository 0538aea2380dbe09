import type { SubgraphContext } from '@cooplab/kit';
import { trainerById } from './trainer.loaders.js';
import { requireCanSeeTrainer } from './trainer.policy.js';

export const resolveTrainerReference = (ref: Record<string, unknown>, ctx: SubgraphContext) => {
  if (typeof ref.id !== 'string') return null;
  requireCanSeeTrainer(ctx.principal, ref.id.toLowerCase());
  return trainerById(ctx).load(ref.id.toLowerCase());
};
