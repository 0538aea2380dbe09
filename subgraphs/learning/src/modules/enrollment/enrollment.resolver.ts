import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, loadedOr, type SubgraphContext } from '@cooplab/kit';
import { Cooperative, cooperativeRef } from '../catalog.stubs.js';
import { cohortById } from '../program/program.loaders.js';
import { Cohort } from '../program/program.entity.js';
import { Enrollment } from './enrollment.entity.js';
import { EnrollCooperativeInput, SetEnrollmentStatusInput } from './enrollment.inputs.js';
import { enrollmentService } from './enrollment.service.js';

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @FieldResolver(() => Cohort, { description: 'The cohort.' })
  cohort(@Root() enrollment: Enrollment, @Ctx() ctx: SubgraphContext) {
    return loadedOr(enrollment.cohort, cohortById(ctx), enrollment.cohort.id);
  }

  @FieldResolver(() => Cooperative, { description: 'The cooperative (owned by the catalog).' })
  cooperative(@Root() enrollment: Enrollment): Cooperative {
    return cooperativeRef(enrollment.cooperativeId);
  }

  @Mutation(() => Enrollment, {
    description:
      'Enrols a cooperative in a cohort (APPLIED), within its capacity; once per cohort (CONFLICT otherwise). Records the cooperative’s ' +
      'country and region, which the learning subgraph keeps to count its figures per region and country. Staff only.',
  })
  @Allow('STAFF')
  enrollCooperative(@Arg('input', () => EnrollCooperativeInput, { description: 'The cooperative, the cohort, the place to count it in and the application date.' }) input: EnrollCooperativeInput, @Ctx() ctx: SubgraphContext) {
    return enrollmentService(ctx).enroll(input);
  }

  @Mutation(() => Enrollment, { description: 'Moves an enrolment: APPLIED → ACTIVE → COMPLETED, or to WITHDRAWN. Staff only.' })
  @Allow('STAFF')
  setEnrollmentStatus(@Arg('input', () => SetEnrollmentStatusInput, { description: 'The enrolment and its new status.' }) input: SetEnrollmentStatusInput, @Ctx() ctx: SubgraphContext) {
    return enrollmentService(ctx).setStatus(input);
  }
}
