import { Args, Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionOf, PageArgs, type SubgraphContext } from '@cooplab/kit';
import { DevelopmentAction, NeedsAssessment } from '../assessment/assessment.entity.js';
import { planProgress, priorityNeeds } from '../assessment/assessment.rules.js';
import { scoresOf } from '../assessment/assessment.service.js';
import { CoachingSession } from '../coaching/coaching.entity.js';
import { Enrollment } from '../enrollment/enrollment.entity.js';
import { ActionStatus, Dimension } from '../learning.enums.js';
import { actionsOfCooperative, latestAssessmentOfCooperative } from '../assessment/assessment.loaders.js';
import { coachingSessionsOfCooperative, coachingTotalsOfCooperative } from '../coaching/coaching.loaders.js';
import { enrollmentsOfCooperative } from '../enrollment/enrollment.loaders.js';
import { Cooperative } from '../catalog.stubs.js';

@ObjectType({ description: 'A page of coaching sessions.' })
export class CoachingSessionConnection extends ConnectionOf(CoachingSession, 'CoachingSession') {}

@ObjectType({ description: 'How much coaching a cooperative received.' })
export class CoachingTotals {
  @Field(() => Int, { description: 'Coaching sessions.' })
  sessions!: number;

  @Field(() => Int, { description: 'Minutes of coaching, all sessions together.' })
  minutes!: number;
}

@ObjectType({ description: 'A cooperative’s development plan: its actions and how far it has come.' })
export class DevelopmentPlan {
  @Field(() => [DevelopmentAction], { description: 'The actions, by due date. Short list: the dozen or so actions of one cooperative’s plan.' })
  actions!: DevelopmentAction[];

  @Field(() => Float, { nullable: true, description: 'Share of the actions done (0 to 1), dropped ones left out; null when no action counts.' })
  progress!: number | null;
}

/** Nullable like every field this subgraph adds to another's type: when learning cannot answer, the cooperative still can. */
const DETAILS = 'Partners and staff; null when the learning subgraph cannot answer.';

/** What the learning subgraph adds to the catalog's Cooperative; every field goes through a per-request loader. */
@Resolver(() => Cooperative)
export class CooperativeLearningResolver {
  @FieldResolver(() => [Enrollment], { nullable: true, description: `Its enrolments in cohorts, by application date. Short list: the few cohorts one cooperative joins. ${DETAILS}` })
  @Allow('PARTNER')
  enrollments(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext) {
    return enrollmentsOfCooperative(ctx).load(cooperative.id);
  }

  @FieldResolver(() => CoachingSessionConnection, { nullable: true, description: `Its coaching sessions, newest first. ${DETAILS}` })
  @Allow('PARTNER')
  coachingSessions(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext, @Args(() => PageArgs) page: PageArgs) {
    return coachingSessionsOfCooperative(ctx, cooperative.id, page);
  }

  @FieldResolver(() => CoachingTotals, { nullable: true, description: `How much coaching it received. ${DETAILS}` })
  @Allow('PARTNER')
  coachingTotals(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext) {
    return coachingTotalsOfCooperative(ctx).load(cooperative.id);
  }

  @FieldResolver(() => NeedsAssessment, { nullable: true, description: `Its latest needs assessment; null when never assessed. ${DETAILS}` })
  @Allow('PARTNER')
  latestAssessment(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext) {
    return latestAssessmentOfCooperative(ctx).load(cooperative.id);
  }

  @FieldResolver(() => DevelopmentPlan, { nullable: true, description: `Its development plan. ${DETAILS}` })
  @Allow('PARTNER')
  async developmentPlan(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext): Promise<DevelopmentPlan> {
    const actions: DevelopmentAction[] = await actionsOfCooperative(ctx).load(cooperative.id);
    return { actions, progress: planProgress(actions.map((a) => a.status as ActionStatus)) };
  }

  @FieldResolver(() => [Dimension], {
    nullable: true,
    description: `Its priority needs: the weakest dimensions of its latest assessment, all of them when tied; empty when never assessed or all mastered. Short list: at most 6 dimensions. ${DETAILS}`,
  })
  @Allow('PARTNER')
  async priorityNeeds(@Root() cooperative: Cooperative, @Ctx() ctx: SubgraphContext): Promise<Dimension[]> {
    const latest = await latestAssessmentOfCooperative(ctx).load(cooperative.id);
    return latest ? priorityNeeds(scoresOf(latest)) : [];
  }
}
