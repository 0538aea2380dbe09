/**
 * @cooplab/world — the deterministic demo world every subgraph's seed reads (no subgraph reads another's).
 * Plain typed data: `demoWorld()` (what `npm start` loads) and `world('scale')` (a country-sized ecosystem
 * that contains the demo world). See README.md for how a subgraph adds its slice.
 */
export * from './types.js';
export { buildWorld, demoWorld, world, type World, type WorldOptions, type WorldSize } from './world.js';
export { SCALE_TARGETS, REGIONAL_PROGRAM, type ScaleOptions } from './scale.js';
export { MOURAFAKA_REGIONS, cooperativeId, organizationId, productId, type CatalogSlice } from './catalog.js';
export { PROGRAMS, CERTIFICATION_VALIDITY_YEARS, DIMENSIONS, certificationId, cohortId, programId, trainerId } from './learning.js';
export { FORUM_ID, NETWORK_TAGS, RAWABIT, SCALE_NETWORK_PROFILES, VALUE_CHAINS } from './networking.js';
export { ABROAD, COUNTRIES, REGION_PROFILES } from './places.js';
export { stableId } from './ids.js';
export { seededRandom, type SeededRandom } from './random.js';
export { addDays, addYears, isoDate, slug } from './util.js';
export { AWARDS, AWARDS_SCALE_TARGETS, DEMO_JUROR, awardId, editionId, firstCallCooperatives } from './awards.js';
