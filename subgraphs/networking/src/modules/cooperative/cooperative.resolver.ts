import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { PageArgs, type SubgraphContext } from '@cooplab/kit';
import { MatchConnection } from '../match/match.connection.js';
import { matchesOfCooperative } from '../match/match.loaders.js';
import { matchPolicy } from '../match/match.policy.js';
import { readSuggestions } from '../match/suggestion.service.js';
import { MatchSuggestion, SUGGEST_DESCRIPTION } from '../match/suggestion.types.js';
import { MatchKind } from '../networking.enums.js';
import { OpportunityConnection } from '../opportunity/opportunity.connection.js';
import { opportunitiesOfCooperative } from '../opportunity/opportunity.loaders.js';
import { NetworkProfile } from '../profile/profile.entity.js';
import { visibleProfile } from '../profile/profile.loaders.js';
import { Cooperative } from '../catalog.stubs.js';

const OWN = 'The cooperative itself, partners and staff (null with FORBIDDEN for others).';

/** What the networking subgraph adds to the catalog's Cooperative; every field goes through a loader and its concept's policy. */
@Resolver(() => Cooperative)
export class CooperativeNetworkingResolver {
  @FieldResolver(() => NetworkProfile, { nullable: true, description: 'Its Rawabit networking profile; null when it has none. Cooperatives, partners and staff.' })
  networkProfile(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext) {
    return visibleProfile(ctx, cooperative.id);
  }

  @FieldResolver(() => MatchConnection, { nullable: true, description: `Its matches (either side), newest first, paged (at most 100 a page). ${OWN}` })
  matches(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext, @Args(() => PageArgs) page: PageArgs) {
    matchPolicy.assertCanReadFor(ctx.principal, cooperative.id);
    return matchesOfCooperative(ctx, cooperative.id, page);
  }

  @FieldResolver(() => OpportunityConnection, { nullable: true, description: `Opportunities of its matches, newest first, paged (at most 100 a page). ${OWN}` })
  opportunities(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext, @Args(() => PageArgs) page: PageArgs) {
    matchPolicy.assertCanReadFor(ctx.principal, cooperative.id);
    return opportunitiesOfCooperative(ctx, cooperative.id, page);
  }

  @FieldResolver(() => [MatchSuggestion], { nullable: true, description: `${SUGGEST_DESCRIPTION} ${OWN}` })
  suggestedMatches(
    @Root() cooperative: Cooperative,
    @Ctx() ctx: SubgraphContext,
    @Arg('kind', () => MatchKind, { defaultValue: MatchKind.COOPERATIVE, description: 'Cooperatives or experts.' }) kind: MatchKind,
    @Arg('first', () => Int, { nullable: true, description: 'How many: 10 unless given, at most 50.' }) first?: number,
  ) {
    return readSuggestions(ctx, cooperative.id, kind, first);
  }
}
