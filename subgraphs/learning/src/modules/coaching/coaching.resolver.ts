import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, loadedOr, type SubgraphContext } from '@cooplab/kit';
import { Cooperative, cooperativeRef } from '../catalog.stubs.js';
import { programById } from '../program/program.loaders.js';
import { trainerById } from '../trainer/trainer.loaders.js';
import { Program } from '../program/program.entity.js';
import { Trainer } from '../trainer/trainer.entity.js';
import { CoachingSession } from './coaching.entity.js';
import { RecordCoachingSessionInput } from './coaching.inputs.js';
import { coachingService } from './coaching.service.js';

@Resolver(() => CoachingSession)
export class CoachingSessionResolver {
  @FieldResolver(() => Cooperative, { description: 'The cooperative (owned by the catalog).' })
  cooperative(@Root() session: CoachingSession): Cooperative {
    return cooperativeRef(session.cooperativeId);
  }

  @FieldResolver(() => Program, { description: 'The programme.' })
  program(@Root() session: CoachingSession, @Ctx() ctx: SubgraphContext) {
    return loadedOr(session.program, programById(ctx), session.program.id);
  }

  @FieldResolver(() => Trainer, { nullable: true, description: 'The coach, when a registered trainer.' })
  trainer(@Root() session: CoachingSession, @Ctx() ctx: SubgraphContext) {
    return session.trainer ? loadedOr(session.trainer, trainerById(ctx), session.trainer.id) : null;
  }

  @Mutation(() => CoachingSession, {
    description: 'Records a coaching session. Records the cooperative’s country and region too (see enrollCooperative). Staff only.',
  })
  @Allow('STAFF')
  recordCoachingSession(@Arg('input', () => RecordCoachingSessionInput, { description: 'The cooperative, the programme, the coach, the day, length, topic and mode.' }) input: RecordCoachingSessionInput, @Ctx() ctx: SubgraphContext) {
    return coachingService(ctx).record(input);
  }
}
