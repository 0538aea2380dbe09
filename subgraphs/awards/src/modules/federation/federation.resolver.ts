import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Allow, type SubgraphContext } from '@cooplab/kit';
import { Application } from '../application/application.entity.js';
import { applicationsOfCooperative } from '../application/application.loaders.js';
import { applicationPolicy } from '../application/application.policy.js';
import { Prize } from '../prize/prize.entity.js';
import { prizesOfCooperative } from '../prize/prize.loaders.js';
import { Cooperative } from './stubs.js';

/** What the awards subgraph adds to the catalog's Cooperative; every field through a per-request loader. */
@Resolver(() => Cooperative)
export class CooperativeAwardsResolver {
  @FieldResolver(() => [Application], { nullable: true, description: 'Its prize applications, newest first. The cooperative itself, partners and staff.' })
  @Allow('COOPERATIVE', 'PARTNER')
  async applications(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext): Promise<Application[] | null> {
    if (ctx.principal.role === 'COOPERATIVE' && ctx.principal.cooperativeId !== cooperative.id) return null;
    const applications = await applicationsOfCooperative(ctx).load(cooperative.id);
    const visible = await Promise.all(applications.map((a) => applicationPolicy.canSee(ctx, a)));
    return applications.filter((_, i) => visible[i]);
  }

  @FieldResolver(() => [Prize], { description: 'The prizes it won, newest first. Public.' })
  prizes(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext) {
    return prizesOfCooperative(ctx).load(cooperative.id);
  }
}
