import type { SubgraphContext } from '@cooplab/kit';
import { countryRef, regionRef } from '../catalog.stubs.js';

/** Regions and countries resolve to their key alone; their figures are loaded by their field resolvers. */
export const resolveRegionReference = (ref: Record<string, unknown>, _ctx: SubgraphContext) => (typeof ref.code === 'string' ? regionRef(ref.code) : null);
export const resolveCountryReference = (ref: Record<string, unknown>, _ctx: SubgraphContext) => (typeof ref.code === 'string' ? countryRef(ref.code) : null);
