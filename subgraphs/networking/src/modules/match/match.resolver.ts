import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireUuid, SignedIn, type SubgraphContext } from '@cooplab/kit';
import { Expert } from '../expert/expert.entity.js';
import { expertById } from '../expert/expert.loaders.js';
import { Cooperative, cooperativeRef } from '../catalog.stubs.js';
import { MatchKind } from '../networking.enums.js';
import { Match } from './match.entity.js';
import { MatchActionInput, RecordMatchMeetingInput, SuggestMatchInput } from './match.inputs.js';
import { visibleMatch } from './match.loaders.js';
import { matchService } from './match.service.js';
import { readSuggestions } from './suggestion.service.js';
import { DEFAULT_SUGGESTIONS, MAX_SUGGESTIONS } from './suggestion.rules.js';
import { MatchSuggestion, SUGGEST_DESCRIPTION } from './suggestion.types.js';


@Resolver(() => MatchSuggestion)
export class MatchSuggestionResolver {
  @FieldResolver(() => Expert, { nullable: true, description: 'The expert (kind EXPERT).' })
  expert(@Root() suggestion: MatchSuggestion, @Ctx() ctx: SubgraphContext) {
    return suggestion.expertId ? expertById(ctx).load(suggestion.expertId) : null;
  }
}

@Resolver(() => Match)
export class MatchResolver {
  @Query(() => [MatchSuggestion], { nullable: true, description: `${SUGGEST_DESCRIPTION} The cooperative itself, partners and staff; null, with an error, for others.` })
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
  match(@Arg('id', () => ID, { description: 'The match’s id (UUID).' }) id: string, @Ctx() ctx: SubgraphContext) {
    return visibleMatch(ctx, requireUuid(id, 'id'));
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
  suggestMatch(@Arg('input', () => SuggestMatchInput, { description: 'The cooperative and the partner cooperative or expert suggested to it.' }) input: SuggestMatchInput, @Ctx() ctx: SubgraphContext) {
    return matchService(ctx).suggest(input);
  }

  @Mutation(() => Match, { description: 'SUGGESTED → PROPOSED: the cooperative the match was suggested to (or staff) proposes a meeting to the partner.' })
  @SignedIn()
  proposeMatch(@Arg('input', () => MatchActionInput, { description: 'The suggested match to propose.' }) input: MatchActionInput, @Ctx() ctx: SubgraphContext) {
    return matchService(ctx).propose(input);
  }

  @Mutation(() => Match, { description: 'PROPOSED → ACCEPTED: the partner cooperative accepts (staff answer for experts).' })
  @SignedIn()
  acceptMatch(@Arg('input', () => MatchActionInput, { description: 'The proposed match to accept.' }) input: MatchActionInput, @Ctx() ctx: SubgraphContext) {
    return matchService(ctx).accept(input);
  }

  @Mutation(() => Match, {
    description: 'SUGGESTED or PROPOSED → DECLINED: the suggested-to cooperative dismisses a suggestion, or either side declines a proposal (or staff). The pair is never suggested again.',
  })
  @SignedIn()
  declineMatch(@Arg('input', () => MatchActionInput, { description: 'The proposed match to decline.' }) input: MatchActionInput, @Ctx() ctx: SubgraphContext) {
    return matchService(ctx).decline(input);
  }

  @Mutation(() => Match, { description: 'ACCEPTED → MET: either side (or staff) records that they met.' })
  @SignedIn()
  recordMatchMeeting(@Arg('input', () => RecordMatchMeetingInput, { description: 'The accepted match and when its parties met.' }) input: RecordMatchMeetingInput, @Ctx() ctx: SubgraphContext) {
    return matchService(ctx).recordMeeting(input);
  }
}
