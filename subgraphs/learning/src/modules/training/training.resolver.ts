import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, type SubgraphContext } from '@cooplab/kit';
import { Cooperative, cooperativeRef } from '../federation/stubs.js';
import { attendanceOfSession, cohortById, trainerById } from '../learning.loaders.js';
import { Cohort } from '../program/program.entity.js';
import { Trainer } from '../trainer/trainer.entity.js';
import { TrainingAttendance, TrainingSession } from './training.entity.js';
import { RecordTrainingSessionInput } from './training.inputs.js';
import { TrainingService } from './training.service.js';

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @FieldResolver(() => Cohort, { description: 'The cohort.' })
  cohort(@Root() session: TrainingSession, @Ctx() ctx: SubgraphContext) {
    return cohortById(ctx).load(session.cohort.id);
  }

  @FieldResolver(() => Trainer, { nullable: true, description: 'The trainer concerned.' })
  trainer(@Root() session: TrainingSession, @Ctx() ctx: SubgraphContext) {
    return session.trainer ? trainerById(ctx).load(session.trainer.id) : null;
  }

  @FieldResolver(() => [TrainingAttendance], { description: 'The cooperatives that attended. Partners and staff.' })
  @Allow('PARTNER')
  attendance(@Root() session: TrainingSession, @Ctx() ctx: SubgraphContext) {
    return attendanceOfSession(ctx).load(session.id);
  }

  @Mutation(() => TrainingSession, { description: 'Records a training session of a cohort with its attendance. Staff only.' })
  @Allow('STAFF')
  recordTrainingSession(@Arg('input', () => RecordTrainingSessionInput) input: RecordTrainingSessionInput, @Ctx() ctx: SubgraphContext) {
    return new TrainingService(ctx.em).record(input);
  }
}

@Resolver(() => TrainingAttendance)
export class TrainingAttendanceResolver {
  @FieldResolver(() => Cooperative, { description: 'The cooperative (owned by the catalog).' })
  cooperative(@Root() attendance: TrainingAttendance): Cooperative {
    return cooperativeRef(attendance.cooperativeId);
  }
}
