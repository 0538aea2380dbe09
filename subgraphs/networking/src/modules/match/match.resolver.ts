import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { defineService, requireUuid, SignedIn, type SubgraphContext } from '@cooplab/kit';
import { Expert } from '../expert/expert.entity.js';
import { expertById } from '../expert/expert.loaders.js';
import { Cooperative, cooperativeRef } from '../federation/stubs.js';
import { MatchKind } from '../networking.enums.js';
import { NetworkTag, tagTerm } from '../vocabulary/vocabulary.resolver.js';
import type { Scored } from './engine.js';
import { Match } from './match.entity.js';
import { MatchActionInput, RecordMatchMeetingInput, SuggestMatchInput } from './match.inputs.js';
import { matchById } from './match.loaders.js';
import { matchPolicy } from './match.policy.js';
import { MatchService } from './match.service.js';
import { DEFAULT_SUGGESTIONS, MAX_SUGGESTIONS, SuggestionService } from './suggestion.service.js';

export const matchService = defineService((ctx) => new MatchService(ctx.em, ctx.principal));
export const suggestionService = defineService((ctx) => new SuggestionService(ctx.em));

@ObjectType({ description: 'A partner the matching engine suggests to a cooperative, with its score and the reasons.' })
export class MatchSuggestion {
  @Field(() => Int, { description: 'Place in the list, from 1.' })
  rank!: number;

  @Field(() => MatchKind, { description: 'A cooperative or an expert.' })
  kind!: MatchKind;

  @Field(() => Float, { description: 'How well the partner fits, from 0 to 1.' })
  score!: number;

  @Field(() => [String], { description: 'Why, in words: needs met both ways, value chains, distance, and the diversity rule when it applied.' })
  reasons!: string[];

  @Field(() => [NetworkTag], { description: 'The cooperative’s needs that the partner offers.' })
  needsMet!: NetworkTag[];

  @Field(() => [NetworkTag], { description: 'The partner’s needs that the cooperative offers (empty for experts).' })
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
  'nor a partner it has a match with (active or declined). Needs a networking profile (NOT_FOUND otherwise).';

/** Suggestions for a cooperative, as the policy lets the caller see them (root query and Cooperative.suggestedMatches). */
export async function readSuggestions(ctx: SubgraphContext, cooperativeId: string, kind: MatchKind, first?: number | null): Promise<MatchSuggestion[]> {
  matchPolicy.assertCanReadFor(ctx.principal, cooperativeId);
  return toSuggestions(await suggestionService(ctx).suggest(cooperativeId, kind, first), kind);
}

@Resolver(() => MatchSuggestion)
export class MatchSuggestionResolver {
  @FieldResolver(() => Expert, { nullable: true, description: 'The expert (kind EXPERT).' })
  expert(@Root() suggestion: MatchSuggestion, @Ctx() ctx: SubgraphContext) {
    return suggestion.expertId ? expertById(ctx).load(suggestion.expertId) : null;
  }
}

@Resolver(() => Match)
export class MatchResolver {
  @Query(() => [MatchSuggestion], { description: `${SUGGEST_DESCRIPTION} The cooperative itself, partners and staff.` })
  @SignedIn()
  suggestMatches(
    @Arg('cooperativeId', () => ID, { description: 'The cooperative to find partners for.' }) cooperativeId: string,
    @Arg('kind', () => MatchKind, { description: 'Cooperatives or experts.' }) kind: MatchKind,
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { nullable: true, description: `How many: ${DEFAULT_SUGGESTIONS} unless given, at most ${MAX_SUGGESTIONS}.` }) first?: number,
  ) {
    return readSuggestions(ctx, requireUuid(cooperativeId, 'cooperativeId'), kind, first);
  }

  @Query(() => Match, { nullable: true, description: 'A match by id; null when there is none. Its sides, partners and staff.' })
  @SignedIn()
  async match(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    const match = await matchById(ctx).load(requireUuid(id, 'id'));
    if (match) matchPolicy.assertCanRead(ctx.principal, match);
    return match;
  }

  @FieldResolver(() => Cooperative, { description: 'The cooperative the match was suggested to.' })
  cooperative(@Root() match: Match): Cooperative {
    return cooperativeRef(match.cooperativeId);
  }

  @FieldResolver(() => Cooperative, { nullable: true, description: 'The partner cooperative (kind COOPERATIVE).' })
  partnerCooperative(@Root() match: Match): Cooperative | null {
    return match.partnerCooperativeId ? cooperativeRef(match.partnerCooperativeId) : null;
  }

  @FieldResolver(() => Expert, { nullable: true, description: 'The expert (kind EXPERT).' })
  expert(@Root() match: Match, @Ctx() ctx: SubgraphContext) {
    return match.expertId ? expertById(ctx).load(match.expertId) : null;
  }

  @Mutation(() => Match, {
    description:
      'Records a match (SUGGESTED) with the engine’s score and reasons for the pair. CONFLICT when the pair is matched already, was declined, ' +
      'or has nothing to offer each other. The cooperative itself or staff.',
  })
  @SignedIn()
  suggestMatch(@Arg('input', () => SuggestMatchInput) input: SuggestMatchInput, @Ctx() ctx: SubgraphContext) {
    return matchService(ctx).suggest(input);
  }

  @Mutation(() => Match, { description: 'SUGGESTED → PROPOSED: the cooperative the match was suggested to (or staff) proposes a meeting to the partner.' })
  @SignedIn()
  proposeMatch(@Arg('input', () => MatchActionInput) input: MatchActionInput, @Ctx() ctx: SubgraphContext) {
    return matchService(ctx).propose(input);
  }

  @Mutation(() => Match, { description: 'PROPOSED → ACCEPTED: the partner cooperative accepts (staff answer for experts).' })
  @SignedIn()
  acceptMatch(@Arg('input', () => MatchActionInput) input: MatchActionInput, @Ctx() ctx: SubgraphContext) {
    return matchService(ctx).accept(input);
  }

  @Mutation(() => Match, {
    description: 'SUGGESTED or PROPOSED → DECLINED: the suggested-to cooperative dismisses a suggestion, or either side declines a proposal (or staff). The pair is never suggested again.',
  })
  @SignedIn()
  declineMatch(@Arg('input', () => MatchActionInput) input: MatchActionInput, @Ctx() ctx: SubgraphContext) {
    return matchService(ctx).decline(input);
  }

  @Mutation(() => Match, { description: 'ACCEPTED → MET: either side (or staff) records that they met.' })
  @SignedIn()
  recordMatchMeeting(@Arg('input', () => RecordMatchMeetingInput) input: RecordMatchMeetingInput, @Ctx() ctx: SubgraphContext) {
    return matchService(ctx).recordMeeting(input);
  }
}
