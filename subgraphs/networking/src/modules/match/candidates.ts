import type { EntityManager } from '@mikro-orm/postgresql';
import { MatchKind } from '../networking.enums.js';
import type { ValueChain } from '../vocabulary/vocabulary.js';
import type { ExpertFacts, ProfileFacts } from './engine.js';

/** How many candidates the index step hands to the engine to score: enough for any page with the diversity rule. */
export const SHORT_LIST = 300;

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

/**
 * Candidate cooperatives for `me`, from the GIN indexes: open profiles whose offers meet one of my needs or whose
 * needs one of my offers meets (`&&`), less myself and every partner of an existing or declined match. The short
 * list is cut by a cheap pre-order (both ways first, then same value chain, then same region); the engine scores it.
 */
export async function cooperativeCandidates(em: EntityManager, me: ProfileFacts, limit = SHORT_LIST): Promise<ProfileFacts[]> {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `with excluded as (${EXCLUDED})
     select p.cooperative_id, p.country_code, p.region_code, p.latitude, p.longitude, p.value_chain, p.offers, p.needs, p.languages
       from network_profile p
      where (p.offers && ?::text[] or p.needs && ?::text[])
        and p.open_to_meetings and p.cooperative_id <> ?
        and p.cooperative_id not in (select id from excluded where id is not null)
      order by (p.offers && ?::text[])::int + (p.needs && ?::text[])::int desc, (p.value_chain = ?) desc, (p.region_code is not distinct from ?) desc, p.cooperative_id
      limit ?`,
    [
      me.cooperativeId, MatchKind.COOPERATIVE, me.cooperativeId, me.cooperativeId,
      textArray(me.needs), textArray(me.offers), me.cooperativeId,
      textArray(me.needs), textArray(me.offers), me.valueChain, me.regionCode, limit,
    ],
  );
  return rows.map(profileOf);
}

/** Candidate experts for `me`: available experts whose expertise meets one of my needs (GIN `&&`), less those already matched. */
export async function expertCandidates(em: EntityManager, me: ProfileFacts, limit = SHORT_LIST): Promise<ExpertFacts[]> {
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
