import type { SubgraphContext } from '@cooplab/kit';
import { trainerById } from '../learning.loaders.js';

export const resolveTrainerReference = (ref: Record<string, unknown>, ctx: SubgraphContext) =>
  typeof ref.id === 'string' ? trainerById(ctx).load(ref.id.toLowerCase()) : null;
