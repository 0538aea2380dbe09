import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SignedIn, type SubgraphContext } from '@cooplab/kit';
import { editionById } from '../award/award.loaders.js';
import { editionPolicy } from '../award/award.policy.js';
import { Application } from '../application/application.entity.js';
import { applicationsOfCooperative } from '../application/application.loaders.js';
import { applicationPolicy } from '../application/application.policy.js';
import { Prize } from '../prize/prize.entity.js';
import { prizesOfCooperative } from '../prize/prize.loaders.js';
import { Cooperative } from './stubs.js';

/** What the awards subgraph adds to the catalog's Cooperative; every field through a per-request loader. */
@Resolver(() => Cooperative)
export class CooperativeAwardsResolver {
  @FieldResolver(() => [Application], {
    nullable: true,
    description:
      'Its prize applications the caller may see, newest first: all of them for the cooperative itself, partners and staff; the assigned ones for a juror ' +
      '(the same rule as `application`). Short list: a cooperative applies at most once per edition. Signed-in callers.',
  })
  @SignedIn()
  async applications(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext): Promise<Application[]> {
    const scope = applicationPolicy.scope(ctx.principal);
    if (scope.kind === 'none' || (scope.kind === 'cooperative' && scope.cooperativeId !== cooperative.id)) return [];
    return applicationPolicy.filter(ctx, await applicationsOfCooperative(ctx).load(cooperative.id));
  }

  @FieldResolver(() => [Prize], { description: 'The prizes it won, newest first, once their edition is decided. Public. Short list: the few prizes one cooperative wins.' })
  async prizes(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext) {
    const prizes = await prizesOfCooperative(ctx).load(cooperative.id);
    const editions = await Promise.all(prizes.map((p) => editionById(ctx).load(p.edition.id)));
    return prizes.filter((_, i) => editions[i] && editionPolicy.resultsPublic(editions[i]));
  }
}
