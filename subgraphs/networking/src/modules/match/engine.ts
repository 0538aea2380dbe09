/**
 * The matching engine's rules, pure: how well a partner fits a cooperative (a score in [0, 1] with reasons in
 * words), how a ranked list is varied, and how high a partner left out of a stratum of the search could score. No
 * database here: `candidates.ts` reads the candidates stratum by stratum through the indexes (ranked in SQL by
 * the same weights, `scoreSql`) and `suggestion.service.ts` hands them to these functions.
 */
import { REGION_CAPITALS, TAGS, VALUE_CHAIN_LABELS, ValueChain, areComplementary, distanceKm } from '../vocabulary/vocabulary.js';

export interface ProfileFacts {
  cooperativeId: string;
  countryCode: string;
  regionCode: string | null;
  latitude: number | null;
  longitude: number | null;
  valueChain: ValueChain;
  offers: readonly string[];
  needs: readonly string[];
  languages: readonly string[];
}

export interface ExpertFacts {
  id: string;
  expertise: readonly string[];
  languages: readonly string[];
  regionCodes: readonly string[];
  countryCode: string;
  organizationId: string | null;
}

export interface Scored {
  /** The partner: a cooperative id or an expert id. */
  partnerId: string;
  score: number;
  reasons: string[];
  /** My needs that the partner offers. */
  needsMet: string[];
  /** The partner's needs that I offer (cooperatives only). */
  needsServed: string[];
  distanceKm: number | null;
  /** What makes two partners look alike for the diversity rule. */
  similarity: string;
}

/** How much each part weighs in a cooperative–cooperative score (they sum to 1). */
export const COOPERATIVE_WEIGHTS = { needsMet: 0.4, needsServed: 0.3, valueChain: 0.15, proximity: 0.15 } as const;
/** How much each part weighs in a cooperative–expert score (they sum to 1). */
export const EXPERT_WEIGHTS = { needsMet: 0.6, region: 0.25, language: 0.15 } as const;
/** Beyond this distance between regional capitals, proximity counts for nothing. */
export const FAR_KM = 1200;
/** Each similar partner already above multiplies a candidate's rank score by this (the diversity rule). */
export const DIVERSITY_DECAY = 0.8;

/** What a value chain next to mine is worth: 1 the same, 0.6 a complementary one, else nothing. */
export const chainFit = (mine: ValueChain, theirs: ValueChain): number => (mine === theirs ? 1 : areComplementary(mine, theirs) ? 0.6 : 0);
/** Proximity of two regional capitals `km` apart (rounded to the km, as reasons say it). */
export const proximityAt = (km: number): number => Math.max(0, 1 - km / FAR_KM);
/** Proximity of two cooperatives without coordinates (outside Morocco) in one country. */
export const SAME_COUNTRY_PROXIMITY = 0.5;

const label = (tag: string) => TAGS[tag]?.label.en ?? tag;
const labels = (tags: string[]) => tags.map(label).join(', ');
const round = (x: number) => Math.round(x * 1000) / 1000;
const intersect = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(b);
  return a.filter((x) => set.has(x));
};

function placeOf(p: ProfileFacts): string {
  return p.regionCode ? (REGION_CAPITALS[p.regionCode]?.city ?? p.regionCode) : p.countryCode;
}

/** How well cooperative `them` fits cooperative `me`; null when neither side can meet a need of the other. */
export function scoreCooperative(me: ProfileFacts, them: ProfileFacts): Scored | null {
  const needsMet = intersect(me.needs, them.offers);
  const needsServed = intersect(them.needs, me.offers);
  if (needsMet.length === 0 && needsServed.length === 0) return null;
  const reasons: string[] = [];
  if (needsMet.length) reasons.push(`They offer what you need: ${labels(needsMet)}`);
  if (needsServed.length) reasons.push(`You offer what they need: ${labels(needsServed)}`);

  const chain = chainFit(me.valueChain, them.valueChain);
  if (chain === 1) {
    reasons.push(`Same value chain: ${VALUE_CHAIN_LABELS[me.valueChain].en}`);
  } else if (chain > 0) {
    reasons.push(`Complementary value chains: ${VALUE_CHAIN_LABELS[me.valueChain].en} and ${VALUE_CHAIN_LABELS[them.valueChain].en}`);
  }

  let distance: number | null = null;
  let proximity = 0;
  if (me.latitude != null && me.longitude != null && them.latitude != null && them.longitude != null) {
    distance = Math.round(distanceKm(me as { latitude: number; longitude: number }, them as { latitude: number; longitude: number }));
    proximity = proximityAt(distance);
    reasons.push(
      me.regionCode === them.regionCode ? `Same region (capital ${placeOf(me)})` : `Regional capitals ${distance} km apart (${placeOf(me)} – ${placeOf(them)})`,
    );
  } else if (me.countryCode === them.countryCode) {
    proximity = SAME_COUNTRY_PROXIMITY;
    reasons.push(`Same country (${me.countryCode})`);
  }

  const w = COOPERATIVE_WEIGHTS;
  const score =
    w.needsMet * (me.needs.length ? needsMet.length / me.needs.length : 0) +
    w.needsServed * (them.needs.length ? needsServed.length / them.needs.length : 0) +
    w.valueChain * chain +
    w.proximity * proximity;
  return { partnerId: them.cooperativeId, score: round(score), reasons, needsMet, needsServed, distanceKm: distance, similarity: `${them.valueChain}|${them.regionCode ?? them.countryCode}` };
}

/** How well expert `expert` fits cooperative `me`; null when the expert meets none of its needs. */
export function scoreExpert(me: ProfileFacts, expert: ExpertFacts): Scored | null {
  const needsMet = intersect(me.needs, expert.expertise);
  if (needsMet.length === 0) return null;
  const reasons = [`Brings expertise you need: ${labels(needsMet)}`];
  let region: number;
  if (me.regionCode) {
    if (expert.regionCodes.includes(me.regionCode)) {
      region = 1;
      reasons.push(`Works in your region (capital ${placeOf(me)})`);
    } else if (expert.regionCodes.length === 0) {
      region = 0.7;
      reasons.push('Works across Morocco');
    } else region = 0.2;
  } else {
    region = expert.countryCode === me.countryCode ? 1 : 0.3;
    if (region === 1) reasons.push(`Based in your country (${me.countryCode})`);
  }
  const shared = intersect(me.languages, expert.languages);
  if (shared.length) reasons.push(`Speaks ${shared.join(', ')} with you`);
  const w = EXPERT_WEIGHTS;
  const score = w.needsMet * (needsMet.length / me.needs.length) + w.region * region + w.language * (shared.length ? 1 : 0);
  return { partnerId: expert.id, score: round(score), reasons, needsMet, needsServed: [], distanceKm: null, similarity: expert.organizationId ?? needsMet.join('|') };
}

/**
 * The top `first` of `scored`, best first, with the diversity rule: each partner already picked that looks like a
 * candidate (same value chain and region for cooperatives, same organisation for experts) multiplies the
 * candidate's rank score by DIVERSITY_DECAY, so that the head of the list is not ten look-alikes. The score shown
 * stays the candidate's own; a reason says when the rule moved it down. Ties go to the smaller id (stable).
 */
export function rankWithDiversity(scored: readonly Scored[], first: number): Scored[] {
  return diversify(scored, first).picked;
}

/**
 * `rankWithDiversity`, and the lowest rank value a pick had when it was picked (Infinity when none was). A
 * candidate left out of `scored` whose score is below that value would have changed nothing: at each pick, the
 * chosen partner's value was above the candidate's, whose value is at most its score.
 */
export function diversify(scored: readonly Scored[], first: number): { picked: Scored[]; lowest: number } {
  const pool = [...scored].sort((a, b) => b.score - a.score || a.partnerId.localeCompare(b.partnerId));
  const picked: Scored[] = [];
  const seen = new Map<string, number>();
  let lowest = Infinity;
  while (picked.length < first && pool.length) {
    let best = 0;
    let bestValue = -1;
    // The pool is sorted by score: once a score cannot beat the best adjusted value, stop looking.
    for (let i = 0; i < pool.length && pool[i]!.score > bestValue; i++) {
      const value = pool[i]!.score * DIVERSITY_DECAY ** (seen.get(pool[i]!.similarity) ?? 0);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    const [chosen] = pool.splice(best, 1);
    const alike = seen.get(chosen!.similarity) ?? 0;
    const moved = picked.filter((p) => p.score < chosen!.score).length;
    picked.push(alike && moved ? { ...chosen!, reasons: [...chosen!.reasons, `Placed after ${moved} other partner${moved > 1 ? 's' : ''} to vary the list (${alike} similar already above)`] } : chosen!);
    seen.set(chosen!.similarity, alike + 1);
    lowest = Math.min(lowest, bestValue);
  }
  return { picked, lowest };
}

/**
 * The best score a cooperative can reach against `me` when it is outside `stratum` of the candidate search
 * (`candidates.ts`). Outside TOP, it neither offers all my needs nor needs only what I offer: A ≤ (n−1)/n and
 * B ≤ (m−1)/m, where n is my needs and m at most `maxTheirNeeds`; outside BOTH_WAYS it meets me one way only as
 * well (A = 0 or B = 0); value chain and proximity count in full. When TOP could not enumerate every partner
 * needing only what I offer (`allServedInTop` false), B may reach 1. Outside ALL, nobody is a candidate. Scores are
 * rounded to 0.001, hence the margin.
 */
export function bestScoreOutside(
  stratum: 'TOP' | 'BOTH_WAYS' | 'ALL',
  me: Pick<ProfileFacts, 'needs' | 'offers'>,
  maxTheirNeeds: number,
  allServedInTop = true,
): number {
  if (stratum === 'ALL') return -Infinity;
  const w = COOPERATIVE_WEIGHTS;
  const n = me.needs.length;
  const met = n ? (w.needsMet * (n - 1)) / n : 0;
  const served = me.offers.length ? w.needsServed * (allServedInTop ? (maxTheirNeeds - 1) / maxTheirNeeds : 1) : 0;
  const rest = w.valueChain + w.proximity + 0.001;
  return (stratum === 'TOP' ? met + served : Math.max(met, served)) + rest;
}
