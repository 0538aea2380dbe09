import type { EntityManager } from '@mikro-orm/postgresql';
import { MatchKind } from '../networking.enums.js';
import { distanceKm, REGION_CAPITALS, ValueChain } from '../vocabulary/vocabulary.js';
import { chainFit, COOPERATIVE_WEIGHTS, proximityAt, SAME_COUNTRY_PROXIMITY, type ExpertFacts, type ProfileFacts } from './engine.js';

/** How many experts the index step hands to the engine to score (the pool holds tens). */
export const EXPERT_SHORT_LIST = 300;

/** A text array as a PostgreSQL literal (the driver would spread a JS array into a list of parameters). Codes only. */
export const textArray = (values: readonly string[]): string => `{${values.join(',')}}`;

const profileOf = (row: Record<string, unknown>): ProfileFacts => ({
  cooperativeId: String(row.cooperative_id),
  countryCode: String(row.country_code),
  regionCode: (row.region_code as string | null) ?? null,
  latitude: row.latitude == null ? null : Number(row.latitude),
  longitude: row.longitude == null ? null : Number(row.longitude),
  valueChain: row.value_chain as ValueChain,
  offers: row.offers as string[],
  needs: row.needs as string[],
  languages: row.languages as string[],
});

/** Partners a cooperative is already matched with (in any status: active or declined): never suggested. */
const EXCLUDED = `
  select case when m.cooperative_id = ? then coalesce(m.partner_cooperative_id, m.expert_id) else m.cooperative_id end as id
    from match m where m.kind = ? and (m.cooperative_id = ? or m.partner_cooperative_id = ?)`;

/** Every non-empty subset of `tags`, each sorted: the `needs` a partner may hold and have all of them met by `tags`. */
export function subsetsOf(tags: readonly string[]): string[][] {
  const sorted = [...new Set(tags)].sort();
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << sorted.length; mask++) out.push(sorted.filter((_, i) => mask & (1 << i)));
  return out;
}

/**
 * Up to this many offers, the TOP stratum enumerates the subsets of my offers (at most 255 btree look-ups) to find
 * the partners needing only what I offer; beyond, they are left to the next strata (and the bound says so).
 */
export const MAX_OFFERS_ENUMERATED = 8;

/** Whether the TOP stratum holds every partner whose needs I all meet (B = 1). */
export const topHoldsAllServed = (me: Pick<ProfileFacts, 'offers'>): boolean => me.offers.length <= MAX_OFFERS_ENUMERATED;

/**
 * The strata of the candidate search, each holding the one before. A cooperative is a candidate when it meets me
 * at least one way (offers one of my needs: A > 0, or needs one of my offers: B > 0).
 *   - TOP, through the indexes: those offering all my needs (A = 1: GIN `offers @> my needs`, an intersection of
 *     posting lists) and those needing only what I offer (B = 1: their sorted `needs` equal to a subset of my
 *     offers, btree look-ups);
 *   - BOTH_WAYS: and those meeting me both ways (A > 0 and B > 0: GIN `offers && my needs` and-ed with
 *     `needs && my offers`);
 *   - ALL: every candidate (GIN `&&` either way).
 * The database ranks a stratum by the engine's score (`scoreSql`) and hands over its head only; the next stratum
 * is read only when a partner outside could still enter the list (`bestScoreOutside` and the head's last score),
 * so that the result is the one scoring every profile would give.
 */
export type Stratum = 'TOP' | 'BOTH_WAYS' | 'ALL';

interface Sql {
  text: string;
  params: unknown[];
}

function stratumSql(me: ProfileFacts, stratum: Stratum): Sql {
  const needs = textArray(me.needs);
  const offers = textArray(me.offers);
  if (stratum === 'ALL') return { text: '(p.offers && ?::text[] or p.needs && ?::text[])', params: [needs, offers] };
  const parts: Sql[] = [];
  if (me.needs.length) parts.push({ text: 'p.offers @> ?::text[]', params: [needs] });
  if (me.offers.length && topHoldsAllServed(me)) {
    const subsets = subsetsOf(me.offers);
    parts.push({ text: `p.needs in (${subsets.map(() => '?::text[]').join(', ')})`, params: subsets.map(textArray) });
  }
  if (stratum === 'BOTH_WAYS' && me.needs.length && me.offers.length) {
    parts.push({ text: '(p.offers && ?::text[] and p.needs && ?::text[])', params: [needs, offers] });
  }
  if (!parts.length) return { text: 'false', params: [] };
  return { text: `(${parts.map((p) => p.text).join(' or ')})`, params: parts.flatMap((p) => p.params) };
}

/**
 * `scoreCooperative`'s score of a profile row `p` against `me`, in SQL, from the same weights and fits: needs met
 * and served counted tag by tag (`@>` on one tag), the value chain's fit, and the proximity of the regional
 * capitals computed here for the twelve regions (a profile's coordinates are its regional capital's, set on save).
 * Numbers are the engine's own constants; tags go as parameters.
 */
export function scoreSql(me: ProfileFacts): Sql {
  const w = COOPERATIVE_WEIGHTS;
  const params: unknown[] = [];
  const terms: string[] = [];
  if (me.needs.length) {
    terms.push(`${w.needsMet / me.needs.length} * (${me.needs.map(() => '(p.offers @> ?::text[])::int').join(' + ')})`);
    params.push(...me.needs.map((t) => textArray([t])));
  }
  if (me.offers.length) {
    terms.push(`${w.needsServed} * (${me.offers.map(() => '(p.needs @> ?::text[])::int').join(' + ')})::float8 / greatest(cardinality(p.needs), 1)`);
    params.push(...me.offers.map((t) => textArray([t])));
  }
  const fits = Object.values(ValueChain).map((chain) => [chain, chainFit(me.valueChain, chain)] as const).filter(([, fit]) => fit > 0);
  terms.push(`${w.valueChain} * (case p.value_chain ${fits.map(([chain, fit]) => `when '${chain}' then ${fit}`).join(' ')} else 0 end)`);
  const sameCountry = `(case when p.country_code = ? then ${SAME_COUNTRY_PROXIMITY} else 0 end)`;
  params.push(me.countryCode);
  if (me.latitude != null && me.longitude != null) {
    const near = Object.entries(REGION_CAPITALS).map(([code, capital]) => `when '${code}' then ${proximityAt(Math.round(distanceKm(me as never, capital)))}`);
    terms.push(`${w.proximity} * (case when p.latitude is null then ${sameCountry} else (case p.region_code ${near.join(' ')} else 0 end) end)`);
  } else {
    terms.push(`${w.proximity} * ${sameCountry}`);
  }
  return { text: terms.join(' + '), params };
}

/** How many rows of a stratum the database hands over, best first, for a list of `size`. */
export const headSize = (size: number): number => Math.max(200, 20 * size);

export interface CandidateRows {
  rows: (ProfileFacts & { rankedScore: number | null })[];
  /** The most needs an open profile holds (what bounds B below 1); null when no row came. */
  maxNeeds: number | null;
}

/**
 * Candidate cooperatives for `me` in `stratum`: open profiles, never me nor a partner of an existing or declined
 * match, as plain rows (no entity hydration) with the columns the engine scores. With `limit`, the head of the
 * stratum by the engine's score (`rankedScore`), best first.
 */
export async function cooperativeCandidates(em: EntityManager, me: ProfileFacts, stratum: Stratum, limit?: number): Promise<CandidateRows> {
  const where = stratumSql(me, stratum);
  const score = limit ? scoreSql(me) : { text: 'null', params: [] };
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `with excluded as (${EXCLUDED})
     select p.cooperative_id, p.country_code, p.region_code, p.latitude, p.longitude, p.value_chain, p.offers, p.needs, p.languages,
            ${score.text} as ranked_score,
            (select max(cardinality(q.needs)) from network_profile q where q.open_to_meetings) as max_needs
       from network_profile p
      where p.open_to_meetings and p.cooperative_id <> ?
        and p.cooperative_id not in (select id from excluded where id is not null)
        and ${where.text}
      ${limit ? 'order by ranked_score desc, p.cooperative_id limit ?' : ''}`,
    [me.cooperativeId, MatchKind.COOPERATIVE, me.cooperativeId, me.cooperativeId, ...score.params, me.cooperativeId, ...where.params, ...(limit ? [limit] : [])],
  );
  return {
    rows: rows.map((row) => ({ ...profileOf(row), rankedScore: row.ranked_score == null ? null : Number(row.ranked_score) })),
    maxNeeds: rows.length ? Number(rows[0]!.max_needs) : null,
  };
}

/** Candidate experts for `me`: available experts whose expertise meets one of my needs (GIN `&&`), less those already matched. */
export async function expertCandidates(em: EntityManager, me: ProfileFacts, limit = EXPERT_SHORT_LIST): Promise<ExpertFacts[]> {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `with excluded as (${EXCLUDED})
     select e.id, e.expertise, e.languages, e.region_codes, e.country_code, e.organization_id
       from expert e
      where e.expertise && ?::text[] and e.available and e.id not in (select id from excluded where id is not null)
      order by e.id limit ?`,
    [me.cooperativeId, MatchKind.EXPERT, me.cooperativeId, me.cooperativeId, textArray(me.needs), limit],
  );
  return rows.map((row) => ({
    id: String(row.id),
    expertise: row.expertise as string[],
    languages: row.languages as string[],
    regionCodes: row.region_codes as string[],
    countryCode: String(row.country_code),
    organizationId: (row.organization_id as string | null) ?? null,
  }));
}

/** The naive way, kept as the benchmark's baseline: every open profile, each scored by the engine. */
export async function allProfiles(em: EntityManager): Promise<ProfileFacts[]> {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select cooperative_id, country_code, region_code, latitude, longitude, value_chain, offers, needs, languages from network_profile where open_to_meetings`,
  );
  return rows.map(profileOf);
}

export async function profileFacts(em: EntityManager, cooperativeId: string): Promise<ProfileFacts | null> {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select cooperative_id, country_code, region_code, latitude, longitude, value_chain, offers, needs, languages from network_profile where cooperative_id = ?`,
    [cooperativeId],
  );
  return rows[0] ? profileOf(rows[0]) : null;
}
