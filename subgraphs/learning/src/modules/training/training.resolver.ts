import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, loadedOr, type SubgraphContext } from '@cooplab/kit';
import { Cooperative, cooperativeRef } from '../catalog.stubs.js';
import { cohortById } from '../program/program.loaders.js';
import { trainerById } from '../trainer/trainer.loaders.js';
import { attendanceOfSession } from './training.loaders.js';
import { Cohort } from '../program/program.entity.js';
import { Trainer } from '../trainer/trainer.entity.js';
import { TrainingAttendance, TrainingSession } from './training.entity.js';
import { RecordTrainingSessionInput } from './training.inputs.js';
import { trainingService } from './training.service.js';

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @FieldResolver(() => Cohort, { description: 'The cohort.' })
  cohort(@Root() session: TrainingSession, @Ctx() ctx: SubgraphContext) {
    return loadedOr(session.cohort, cohortById(ctx), session.cohort.id);
  }

  @FieldResolver(() => Trainer, { nullable: true, description: 'The trainer concerned.' })
  trainer(@Root() session: TrainingSession, @Ctx() ctx: SubgraphContext) {
    return session.trainer ? loadedOr(session.trainer, trainerById(ctx), session.trainer.id) : null;
  }

  @FieldResolver(() => [TrainingAttendance], { nullable: true, description: 'The cooperatives that attended. Partners and staff; null, with an error, for others, so that the public session beside it stays. Short list: at most the cohort’s capacity.' })
  @Allow('PARTNER')
  attendance(@Root() session: TrainingSession, @Ctx() ctx: SubgraphContext) {
    return attendanceOfSession(ctx).load(session.id);
  }

  @Mutation(() => TrainingSession, { description: 'Records a training session of a cohort with its attendance. Staff only.' })
  @Allow('STAFF')
  recordTrainingSession(@Arg('input', () => RecordTrainingSessionInput, { description: 'The cohort, the module, the day and hours, the trainer, and who attended.' }) input: RecordTrainingSessionInput, @Ctx() ctx: SubgraphContext) {
    return trainingService(ctx).record(input);
  }
}

@Resolver(() => TrainingAttendance)
export class TrainingAttendanceResolver {
  @FieldResolver(() => Cooperative, { description: 'The cooperative (owned by the catalog).' })
  cooperative(@Root() attendance: TrainingAttendance): Cooperative {
    return cooperativeRef(attendance.cooperativeId);
  }
}
