import type { EntityManager } from '@mikro-orm/postgresql';
import { defineService, NotFoundError, ValidationError, type SubgraphContext } from '@cooplab/kit';
import { MatchKind } from '../networking.enums.js';
import { MAX_TAGS } from '../vocabulary/vocabulary.js';
import { allProfiles, cooperativeCandidates, expertCandidates, topHoldsAllServed, headSize, profileFacts } from './candidates.js';
import { bestScoreOutside, diversify, rankWithDiversity, scoreCooperative, scoreExpert, type Scored } from './engine.js';
import { matchPolicy } from './match.policy.js';
import { DEFAULT_SUGGESTIONS, MAX_SUGGESTIONS } from './suggestion.rules.js';
import { toSuggestions, type MatchSuggestion } from './suggestion.types.js';

const scoredOnly = (scored: (Scored | null)[]): Scored[] => scored.filter((s): s is Scored => s !== null);

/** The matching engine over the database: index-backed candidates, scored and ranked by the pure rules of engine.ts. */
export class SuggestionService {
  constructor(private readonly em: EntityManager) {}

  async suggest(cooperativeId: string, kind: MatchKind, first: number | null | undefined, field = 'cooperativeId'): Promise<Scored[]> {
    const size = first ?? DEFAULT_SUGGESTIONS;
    if (!Number.isInteger(size) || size < 0 || size > MAX_SUGGESTIONS) throw ValidationError.field('first', `must be between 0 and ${MAX_SUGGESTIONS}`);
    const me = await profileFacts(this.em, cooperativeId);
    if (!me) throw new NotFoundError('NetworkProfile of cooperative', cooperativeId, field);
    if (size === 0) return [];
    if (kind === MatchKind.EXPERT) {
      return rankWithDiversity(scoredOnly((await expertCandidates(this.em, me)).map((expert) => scoreExpert(me, expert))), size);
    }
    // The head of each stratum, ranked by the database; the next stratum only when a partner outside this one could
    // still enter the list (its score bounded by the stratum's bound, or by the head's last score).
    const limit = headSize(size);
    for (const stratum of ['TOP', 'BOTH_WAYS'] as const) {
      const head = await cooperativeCandidates(this.em, me, stratum, limit);
      const ranked = diversify(scoredOnly(head.rows.map((them) => scoreCooperative(me, them))), size);
      const bound = bestScoreOutside(stratum, me, head.maxNeeds ?? MAX_TAGS, topHoldsAllServed(me));
      const outside = Math.max(bound, head.rows.length === limit ? head.rows.at(-1)!.rankedScore! + 0.002 : -Infinity);
      if (ranked.picked.length === size && ranked.lowest > outside) return ranked.picked;
    }
    return rankWithDiversity(scoredOnly((await cooperativeCandidates(this.em, me, 'ALL')).rows.map((them) => scoreCooperative(me, them))), size);
  }

  /** The benchmark's baseline: score every open profile (a full scan), then rank. Not used by the API. */
  async suggestByFullScan(cooperativeId: string, first: number): Promise<Scored[]> {
    const me = await profileFacts(this.em, cooperativeId);
    if (!me) throw new NotFoundError('NetworkProfile of cooperative', cooperativeId);
    const scored = (await allProfiles(this.em)).filter((p) => p.cooperativeId !== me.cooperativeId).map((them) => scoreCooperative(me, them));
    return rankWithDiversity(scoredOnly(scored), first);
  }

  /** The engine's score of one given pair (when a match is recorded); null when they complement each other in nothing. */
  async scorePair(cooperativeId: string, kind: MatchKind, partnerId: string): Promise<Scored | null> {
    const me = await profileFacts(this.em, cooperativeId);
    if (!me) throw new NotFoundError('NetworkProfile of cooperative', cooperativeId, 'input.cooperativeId');
    if (kind === MatchKind.COOPERATIVE) {
      const them = await profileFacts(this.em, partnerId);
      if (!them) throw new NotFoundError('NetworkProfile of cooperative', partnerId, 'input.partnerCooperativeId');
      return scoreCooperative(me, them);
    }
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      'select id, expertise, languages, region_codes, country_code, organization_id from expert where id = ?',
      [partnerId],
    );
    const row = rows[0];
    if (!row) throw new NotFoundError('Expert', partnerId, 'input.expertId');
    return scoreExpert(me, {
      id: String(row.id),
      expertise: row.expertise as string[],
      languages: row.languages as string[],
      regionCodes: row.region_codes as string[],
      countryCode: String(row.country_code),
      organizationId: (row.organization_id as string | null) ?? null,
    });
  }
}

export const suggestionService = defineService((ctx) => new SuggestionService(ctx.em));

/** Suggestions for a cooperative, as the policy lets the caller see them (root query and Cooperative.suggestedMatches). */
export async function readSuggestions(ctx: SubgraphContext, cooperativeId: string, kind: MatchKind, first?: number | null): Promise<MatchSuggestion[]> {
  matchPolicy.assertCanReadFor(ctx.principal, cooperativeId);
  return toSuggestions(await suggestionService(ctx).suggest(cooperativeId, kind, first), kind);
}
