import type { SubgraphContext } from '@cooplab/kit';
import { certificationById } from '../learning.loaders.js';

export const resolveCertificationReference = (ref: Record<string, unknown>, ctx: SubgraphContext) =>
  typeof ref.id === 'string' ? certificationById(ctx).load(ref.id.toLowerCase()) : null;
