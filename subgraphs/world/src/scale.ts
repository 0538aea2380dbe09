/**
 * The scale size: the demo world, unchanged, grown to a country-sized ecosystem — at least 60,000 cooperatives,
 * 300,000 products, 20,000 enrolments with their training, coaching and plans, and 10,000 prize applications
 * (times `factor`). What is
 * added comes from generators of its own, after the demo world's, so every demo record keeps its id and values;
 * the added cohorts belong to a programme of their own, so the demo programmes' figures stay as published.
 */
import { extendAwardsToScale } from './awards.js';
import type { RegistryFactory } from './catalog.js';
import { type LearningBuilder } from './learning.js';
import { extendNetworkingToScale } from './networking.js';
import { ABROAD, REGION_PROFILES } from './places.js';
import { seededRandom } from './random.js';
import type { WorldCooperative } from './types.js';
import { addDays } from './util.js';
import type { World } from './world.js';

export interface ScaleOptions {
  /** Scales the scale size's targets (0 < factor ≤ 1; 1 by default): tests load a small country quickly. */
  factor?: number;
}

/** What the scale size reaches at factor 1. */
export const SCALE_TARGETS = { cooperatives: 60_000, products: 300_000, enrollments: 20_000 } as const;

/** The programme the scale size's cohorts belong to. */
export const REGIONAL_PROGRAM = 'ACCOMPAGNEMENT-REGIONAL';

const COHORT_SIZE = 60;
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

export function extendToScale(world: World, factory: RegistryFactory, learning: LearningBuilder, options: ScaleOptions): void {
  const factor = options.factor ?? 1;
  if (!(factor > 0 && factor <= 1)) throw new RangeError(`scale factor must be in (0, 1], got ${factor}`);
  const target = {
    cooperatives: Math.round(SCALE_TARGETS.cooperatives * factor),
    products: Math.round(SCALE_TARGETS.products * factor),
    enrollments: Math.round(SCALE_TARGETS.enrollments * factor),
  };

  // The registry: cooperatives over the regions in the demo world's proportions, 3 % abroad, with wider ranges of products.
  const rnd = seededRandom(60_000);
  factory.continueWith(rnd, 'counter');
  const demoCount = factory.cooperatives.length;
  const regionWeights = REGION_PROFILES.map((p) => [p, p.count] as const);
  const abroadWeights = ABROAD.map((a) => [a, a.count] as const);
  let abroadIndex = 0;
  while (factory.cooperatives.length < target.cooperatives || factory.products.length < target.products) {
    if (rnd.chance(0.03)) factory.addAbroad(rnd.weighted(abroadWeights), abroadIndex++, true);
    else factory.addMoroccan(rnd.weighted(regionWeights), { year: rnd.chance(0.85) ? rnd.int(1990, 2019) : rnd.int(2020, 2025) }, true);
  }
  world.cooperatives = factory.cooperatives;
  world.products = factory.products;

  // Learning: regional coaching cohorts, each region every year, of the added Moroccan cooperatives founded before the cohort starts.
  learning.random = seededRandom(20_000);
  const random = learning.random;
  const added = factory.cooperatives.slice(demoCount).filter((c) => c.countryCode === 'MA');
  const byRegion = new Map<string, WorldCooperative[]>(REGION_PROFILES.map((p) => [p.region.code, added.filter((c) => c.regionCode === p.region.code)]));
  const next = new Map<string, number>();
  learning.program({
    code: REGIONAL_PROGRAM,
    name: { fr: 'Accompagnement régional des coopératives', ar: 'المواكبة الجهوية للتعاونيات', en: 'Regional support of cooperatives' },
    kind: 'COACHING',
    partners: ['odco', 'ministry-ess'],
    target: null,
    startsOn: '2020-01-13',
  });
  let enrolled = learning.slice.enrollments.length;
  for (let k = 0; enrolled < target.enrollments; k++) {
    const region = REGION_PROFILES[k % REGION_PROFILES.length]!.region.code;
    const year = YEARS[Math.floor(k / REGION_PROFILES.length) % YEARS.length]!;
    const round = Math.floor(k / (REGION_PROFILES.length * YEARS.length)) + 1;
    const startsOn = `${year}-0${1 + ((round - 1) % 3) * 3}-13`;
    const pool = byRegion.get(region)!;
    const members: WorldCooperative[] = [];
    let i = next.get(region) ?? 0;
    for (; i < pool.length && members.length < Math.min(COHORT_SIZE, target.enrollments - enrolled); i++) {
      if (pool[i]!.foundedOn < startsOn) members.push(pool[i]!);
    }
    next.set(region, i);
    if (members.length === 0) {
      if (k > 10_000) throw new Error('world: the scale registry has too few cooperatives for its enrolments');
      continue;
    }
    const key = `regional-${region}-${year}-${round}`;
    learning.cohort({ key, program: REGIONAL_PROGRAM, name: `${region} ${year} (${round})`, startsOn, endsOn: addDays(startsOn, 300), regions: [region], capacity: COHORT_SIZE });
    learning.enroll(key, members);
    learning.train(key, [members], addDays(startsOn, 14), 30, 4);
    for (const c of members) {
      const count = random.int(2, 5);
      for (let s = 0; s < count; s++) learning.coach(REGIONAL_PROGRAM, c, `regional:${c.registryNumber}:${s}`, addDays(startsOn, 30 + s * 45 + random.int(0, 20)));
      learning.assess(c, addDays(startsOn, 7));
    }
    enrolled += members.length;
  }

  // Awards: an award of the scale size's own, over the added cooperatives (its own generator).
  extendAwardsToScale(world.awards, factory.cooperatives.slice(demoCount), factor);

  // Networking: profiles of the registry's cooperatives up to a country's (its own generator).
  extendNetworkingToScale(world, factor);
}
