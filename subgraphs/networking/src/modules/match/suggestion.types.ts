import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Cooperative, cooperativeRef } from '../catalog.stubs.js';
import { MatchKind } from '../networking.enums.js';
import { NetworkTag, tagTerm } from '../vocabulary/vocabulary.types.js';
import type { Scored } from './engine.js';
import { DEFAULT_SUGGESTIONS, MAX_SUGGESTIONS } from './suggestion.rules.js';

@ObjectType({ description: 'A partner the matching engine suggests to a cooperative, with its score and the reasons.' })
export class MatchSuggestion {
  @Field(() => Int, { description: 'Place in the list, from 1.' })
  rank!: number;

  @Field(() => MatchKind, { description: 'A cooperative or an expert.' })
  kind!: MatchKind;

  @Field(() => Float, { description: 'How well the partner fits, from 0 to 1.' })
  score!: number;

  @Field(() => [String], { description: 'Why, in words: needs met both ways, value chains, distance, and the diversity rule when it applied. Short list: a few sentences.' })
  reasons!: string[];

  @Field(() => [NetworkTag], { description: 'The cooperative’s needs that the partner offers. Short list: tags of the networking vocabulary, a handful.' })
  needsMet!: NetworkTag[];

  @Field(() => [NetworkTag], { description: 'The partner’s needs that the cooperative offers (empty for experts). Short list: tags of the networking vocabulary, a handful.' })
  needsServed!: NetworkTag[];

  @Field(() => Float, { nullable: true, description: 'Distance between the two regional capitals in km; null for experts and outside Morocco.' })
  distanceKm!: number | null;

  @Field(() => Cooperative, { nullable: true, description: 'The partner cooperative (kind COOPERATIVE).' })
  cooperative!: Cooperative | null;

  /** Resolved through the expert loader. */
  expertId!: string | null;
}

export function toSuggestions(scored: Scored[], kind: MatchKind): MatchSuggestion[] {
  return scored.map((s, i) => ({
    rank: i + 1,
    kind,
    score: s.score,
    reasons: s.reasons,
    needsMet: s.needsMet.map(tagTerm),
    needsServed: s.needsServed.map(tagTerm),
    distanceKm: s.distanceKm,
    cooperative: kind === MatchKind.COOPERATIVE ? cooperativeRef(s.partnerId) : null,
    expertId: kind === MatchKind.EXPERT ? s.partnerId : null,
  }));
}

export const SUGGEST_DESCRIPTION =
  `Partners the matching engine suggests, best first (${DEFAULT_SUGGESTIONS} unless \`first\` says, at most ${MAX_SUGGESTIONS}): never the cooperative itself, ` +
  'nor a partner it has a match with (active or declined). Needs a networking profile (NOT_FOUND otherwise). Short list: at most 50 suggestions.';
