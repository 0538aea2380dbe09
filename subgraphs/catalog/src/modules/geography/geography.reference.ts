import type { SubgraphContext } from '@cooplab/kit';
import { countryByCode, regionByCode } from './geography.loaders.js';

export const resolveCountryReference = (ref: Record<string, unknown>, ctx: SubgraphContext) =>
  typeof ref.code === 'string' ? countryByCode(ctx).load(ref.code) : null;
export const resolveRegionReference = (ref: Record<string, unknown>, ctx: SubgraphContext) =>
  typeof ref.code === 'string' ? regionByCode(ctx).load(ref.code) : null;
