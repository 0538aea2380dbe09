/**
 * The world: one deterministic data set that every subgraph's seed turns into its own rows. Built in slices,
 * each from the slices before it: places → registry (organisations, cooperatives, products) → learning → networking → awards → …
 * Two sizes from one generator: `demo` (what `npm start` loads; every published figure exact) and `scale`
 * (a country-sized ecosystem that contains the demo world unchanged).
 */
import { demoAwards } from './awards.js';
import { demoRegistry, type CatalogSlice } from './catalog.js';
import { demoLearning } from './learning.js';
import { demoNetworking } from './networking.js';
import { COUNTRIES, REGION_PROFILES } from './places.js';
import { extendToScale, type ScaleOptions } from './scale.js';
import type { AwardsSlice, LearningSlice, NetworkingSlice, WorldCountry, WorldRegion } from './types.js';

export type WorldSize = 'demo' | 'scale';

export interface World extends CatalogSlice {
  size: WorldSize;
  countries: WorldCountry[];
  regions: WorldRegion[];
  learning: LearningSlice;
  networking: NetworkingSlice;
  awards: AwardsSlice;
}

export interface WorldOptions extends ScaleOptions {}

/** Builds the world afresh: the same bytes on every call and every machine (use `demoWorld()` to build it once). */
export function buildWorld(size: WorldSize = 'demo', options: WorldOptions = {}): World {
  const registry = demoRegistry();
  const learning = demoLearning({ cooperatives: registry.slice.cooperatives, founding: registry.founding });
  const world: World = {
    size,
    countries: COUNTRIES,
    regions: REGION_PROFILES.map((p) => p.region),
    ...registry.slice,
    learning: learning.slice,
    networking: demoNetworking({ cooperatives: registry.slice.cooperatives, regions: REGION_PROFILES.map((p) => p.region) }),
    awards: demoAwards({ cooperatives: registry.slice.cooperatives, learning: learning.slice }).slice,
  };
  if (size === 'scale') extendToScale(world, registry.factory, learning, options);
  return world;
}

const memo = new Map<string, World>();

/** The world of a size, built once per process (seeds and tests share it). */
export function world(size: WorldSize = 'demo', options: WorldOptions = {}): World {
  const key = `${size}:${options.factor ?? 1}`;
  let built = memo.get(key);
  if (!built) memo.set(key, (built = buildWorld(size, options)));
  return built;
}

/** The demo world (what `npm start` loads), built once. */
export const demoWorld = (): World => world('demo');
