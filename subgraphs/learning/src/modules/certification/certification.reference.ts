import type { SubgraphContext } from '@cooplab/kit';
import { certificationById } from './certification.loaders.js';
import { requireCanSeeCertification } from './certification.policy.js';

export const resolveCertificationReference = async (ref: Record<string, unknown>, ctx: SubgraphContext) => {
  const found = typeof ref.id === 'string' ? await certificationById(ctx).load(ref.id.toLowerCase()) : null;
  if (found) requireCanSeeCertification(ctx.principal, found.trainer.id);
  return found;
};
