import { isUuid, type SubgraphContext } from '@cooplab/kit';
import { cooperativeRef, countryRef, regionRef } from './stubs.js';

/**
 * The stubs resolve to their key alone: whatever the networking subgraph adds to them is loaded by their field
 * resolvers through per-request loaders, so a representation costs no query of its own.
 */
export const resolveCooperativeReference = (ref: Record<string, unknown>, _ctx: SubgraphContext) =>
  typeof ref.id === 'string' && isUuid(ref.id) ? cooperativeRef(ref.id.toLowerCase()) : null;
export const resolveRegionReference = (ref: Record<string, unknown>, _ctx: SubgraphContext) => (typeof ref.code === 'string' ? regionRef(ref.code) : null);
export const resolveCountryReference = (ref: Record<string, unknown>, _ctx: SubgraphContext) => (typeof ref.code === 'string' ? countryRef(ref.code) : null);
