import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { loadedOr, money, Money, SignedIn, type SubgraphContext } from '@cooplab/kit';
import { Cooperative, cooperativeRef } from '../catalog.stubs.js';
import { Match } from '../match/match.entity.js';
import { matchById } from '../match/match.loaders.js';
import { matchPolicy } from '../match/match.policy.js';
import { Opportunity } from './opportunity.entity.js';
import { RecordOpportunityInput, SetOpportunityStatusInput } from './opportunity.inputs.js';
import { opportunitiesOfMatch } from './opportunity.loaders.js';
import { opportunityService } from './opportunity.service.js';


@Resolver(() => Opportunity)
export class OpportunityResolver {
  @FieldResolver(() => Money, { description: 'Estimated value.' })
  estimatedValue(@Root() o: Opportunity): Money {
    return money(Number(o.estimatedValueCentimes));
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Realised value, once WON.' })
  realisedValue(@Root() o: Opportunity): Money | null {
    return o.realisedValueCentimes == null ? null : money(Number(o.realisedValueCentimes));
  }

  @FieldResolver(() => Cooperative, { description: 'The cooperative that carries it.' })
  cooperative(@Root() o: Opportunity): Cooperative {
    return cooperativeRef(o.cooperativeId);
  }

  @FieldResolver(() => Match, { description: 'The match it came from.' })
  async match(@Root() o: Opportunity, @Ctx() ctx: SubgraphContext) {
    const match = await loadedOr(o.match, matchById(ctx), o.match.id);
    if (match) matchPolicy.assertCanRead(ctx.principal, match); // who reads an opportunity reads its match (opportunity.policy.ts): held here too
    return match;
  }

  @Mutation(() => Opportunity, { description: 'Records an opportunity of an ACCEPTED or MET match (OPEN). A cooperative of the match (for itself) or staff.' })
  @SignedIn()
  recordOpportunity(@Arg('input', () => RecordOpportunityInput, { description: 'The match or cooperative it comes from, its kind, title and estimated value.' }) input: RecordOpportunityInput, @Ctx() ctx: SubgraphContext) {
    return opportunityService(ctx).record(input);
  }

  @Mutation(() => Opportunity, { description: 'Moves an opportunity (OPEN → IN_PROGRESS → WON or LOST; WON with its realised value). A cooperative of the match or staff.' })
  @SignedIn()
  setOpportunityStatus(@Arg('input', () => SetOpportunityStatusInput, { description: 'The opportunity, its new status and, once realised, its value.' }) input: SetOpportunityStatusInput, @Ctx() ctx: SubgraphContext) {
    return opportunityService(ctx).setStatus(input);
  }
}

@Resolver(() => Match)
export class MatchOpportunityResolver {
  @FieldResolver(() => [Opportunity], { description: 'What the match produced, newest first. Short list: the few opportunities one match produces.' })
  opportunities(@Root() match: Match, @Ctx() ctx: SubgraphContext) {
    return opportunitiesOfMatch(ctx).load(match.id);
  }
}
