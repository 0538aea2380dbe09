import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, type SubgraphContext } from '@cooplab/kit';
import { Cooperative, cooperativeRef } from '../catalog.stubs.js';
import { Dimension } from '../learning.enums.js';
import { DevelopmentAction, DimensionScore, NeedsAssessment } from './assessment.entity.js';
import { AddDevelopmentActionInput, RecordNeedsAssessmentInput, SetDevelopmentActionStatusInput } from './assessment.inputs.js';
import { DIMENSIONS, priorityNeeds } from './assessment.rules.js';
import { assessmentService, scoresOf } from './assessment.service.js';

@Resolver(() => NeedsAssessment)
export class AssessmentResolver {
  @FieldResolver(() => Cooperative, { description: 'The cooperative (owned by the catalog).' })
  cooperative(@Root() assessment: NeedsAssessment): Cooperative {
    return cooperativeRef(assessment.cooperativeId);
  }

  @FieldResolver(() => [DimensionScore], { description: 'The score of each of the six dimensions. Short list: exactly 6 dimensions.' })
  scores(@Root() assessment: NeedsAssessment): DimensionScore[] {
    const scores = scoresOf(assessment);
    return DIMENSIONS.map((dimension) => ({ dimension, score: scores[dimension] }));
  }

  @FieldResolver(() => [Dimension], { description: 'The weakest dimensions of this assessment (all of them when tied; none when all are at 4). Short list: at most 6 dimensions.' })
  priorityNeeds(@Root() assessment: NeedsAssessment): Dimension[] {
    return priorityNeeds(scoresOf(assessment));
  }

  @Mutation(() => NeedsAssessment, { description: 'Records a needs assessment of a cooperative. Staff only.' })
  @Allow('STAFF')
  recordNeedsAssessment(@Arg('input', () => RecordNeedsAssessmentInput, { description: 'The cooperative, the day and assessor, and a score for each dimension.' }) input: RecordNeedsAssessmentInput, @Ctx() ctx: SubgraphContext) {
    return assessmentService(ctx).record(input);
  }

  @Mutation(() => DevelopmentAction, { description: 'Adds an action to a cooperative’s development plan. Staff only.' })
  @Allow('STAFF')
  addDevelopmentAction(@Arg('input', () => AddDevelopmentActionInput, { description: 'The cooperative, the dimension it strengthens, the action and its due date.' }) input: AddDevelopmentActionInput, @Ctx() ctx: SubgraphContext) {
    return assessmentService(ctx).addAction(input);
  }

  @Mutation(() => DevelopmentAction, { description: 'Moves a development action (TODO ⇄ IN_PROGRESS → DONE or DROPPED). Staff only.' })
  @Allow('STAFF')
  setDevelopmentActionStatus(@Arg('input', () => SetDevelopmentActionStatusInput, { description: 'The action and its new status.' }) input: SetDevelopmentActionStatusInput, @Ctx() ctx: SubgraphContext) {
    return assessmentService(ctx).setActionStatus(input);
  }
}
