import type { EntityManager } from '@mikro-orm/postgresql';
import { checkPlace, newId, NotFoundError, Problems, todayIso, defineService } from '@cooplab/kit';
import { recordBeneficiary } from '../enrollment/enrollment.service.js';
import { Program } from '../program/program.entity.js';
import { Trainer } from '../trainer/trainer.entity.js';
import { CoachingSession } from './coaching.entity.js';
import type { RecordCoachingSessionInput } from './coaching.inputs.js';

export const COACHING_ORDER = { heldOn: 'desc', id: 'desc' } as const;

/** Rules of coaching sessions. */
export class CoachingService {
  constructor(private readonly em: EntityManager) {}

  async record(input: RecordCoachingSessionInput): Promise<CoachingSession> {
    return this.em.transactional(async (em) => {
      const problems = new Problems();
      const regionCode = input.regionCode ?? null;
      checkPlace(input.countryCode, regionCode, problems);
      problems.check(Boolean(input.trainerId || input.coachName?.trim()), 'input.coachName', 'is required when no trainerId is given');
      problems.check(input.heldOn <= todayIso(), 'input.heldOn', 'must not be in the future');
      problems.throwIfAny();
      const program = await em.findOne(Program, { id: input.programId.toLowerCase() });
      if (!program) throw new NotFoundError('Program', input.programId, 'input.programId');
      const trainer = input.trainerId ? await em.findOne(Trainer, { id: input.trainerId.toLowerCase() }) : null;
      if (input.trainerId && !trainer) throw new NotFoundError('Trainer', input.trainerId, 'input.trainerId');
      const cooperativeId = input.cooperativeId.toLowerCase();
      await recordBeneficiary(em, cooperativeId, input.countryCode, regionCode);
      return em.create(CoachingSession, {
        id: newId(),
        cooperativeId,
        program,
        trainer,
        coachName: input.coachName?.trim() || null,
        heldOn: input.heldOn,
        minutes: input.minutes,
        topic: input.topic.trim(),
        mode: input.mode,
      });
    });
  }
}

export const coachingService = defineService((ctx) => new CoachingService(ctx.em));
