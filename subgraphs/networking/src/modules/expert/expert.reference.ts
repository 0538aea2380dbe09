import { isUuid, type SubgraphContext } from '@cooplab/kit';
import { expertById } from './expert.loaders.js';

/** An expert from its federation representation, through the same loader (and so the same policy) as every path. */
export const resolveExpertReference = (ref: Record<string, unknown>, ctx: SubgraphContext) =>
  typeof ref.id === 'string' && isUuid(ref.id) ? expertById(ctx).load(ref.id.toLowerCase()) : null;
