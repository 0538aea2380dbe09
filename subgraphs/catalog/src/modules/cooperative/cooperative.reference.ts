import type { SubgraphContext } from '@cooplab/kit';
import { cooperativeById } from './cooperative.loaders.js';

export const resolveCooperativeReference = (ref: Record<string, unknown>, ctx: SubgraphContext) =>
  typeof ref.id === 'string' ? cooperativeById(ctx).load(ref.id) : null;
