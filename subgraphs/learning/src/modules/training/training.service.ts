import type { EntityManager } from '@mikro-orm/postgresql';
import { newId, NotFoundError, Problems, todayIso, defineService } from '@cooplab/kit';
import { Enrollment } from '../enrollment/enrollment.entity.js';
import { EnrollmentStatus } from '../learning.enums.js';
import { Cohort } from '../program/program.entity.js';
import { Trainer } from '../trainer/trainer.entity.js';
import { TrainingAttendance, TrainingSession } from './training.entity.js';
import type { RecordTrainingSessionInput } from './training.inputs.js';

/** Rules of training sessions: held within the cohort's dates, attended by cooperatives enrolled in it. */
export class TrainingService {
  constructor(private readonly em: EntityManager) {}

  async record(input: RecordTrainingSessionInput): Promise<TrainingSession> {
    return this.em.transactional(async (em) => {
      const cohort = await em.findOne(Cohort, { id: input.cohortId.toLowerCase() });
      if (!cohort) throw new NotFoundError('Cohort', input.cohortId, 'input.cohortId');
      const trainer = input.trainerId ? await em.findOne(Trainer, { id: input.trainerId.toLowerCase() }) : null;
      if (input.trainerId && !trainer) throw new NotFoundError('Trainer', input.trainerId, 'input.trainerId');
      const problems = new Problems();
      problems.check(input.heldOn >= cohort.startsOn, 'input.heldOn', 'must not be before the cohort starts');
      if (cohort.endsOn) problems.check(input.heldOn <= cohort.endsOn, 'input.heldOn', 'must not be after the cohort ends');
      problems.check(input.heldOn <= todayIso(), 'input.heldOn', 'must not be in the future');
      const ids = input.attendance.map((a) => a.cooperativeId.toLowerCase());
      problems.check(new Set(ids).size === ids.length, 'input.attendance', 'must name each cooperative once');
      input.attendance.forEach((a, i) =>
        problems.check(a.participantsWomen + a.participantsMen > 0, `input.attendance.${i}.participantsWomen`, 'a cooperative that attended sent at least one participant'),
      );
      const enrolled = new Set(
        (await em.find(Enrollment, { cohort, cooperativeId: { $in: ids }, status: { $ne: EnrollmentStatus.WITHDRAWN } })).map((e) => e.cooperativeId),
      );
      ids.forEach((id, i) => problems.check(enrolled.has(id), `input.attendance.${i}.cooperativeId`, 'is not enrolled in this cohort'));
      problems.throwIfAny();
      const session = em.create(TrainingSession, { id: newId(), cohort, module: input.module.trim(), heldOn: input.heldOn, hours: input.hours, trainer });
      input.attendance.forEach((a, i) =>
        em.create(TrainingAttendance, { id: newId(), session, cooperativeId: ids[i]!, participantsWomen: a.participantsWomen, participantsMen: a.participantsMen }),
      );
      return session;
    });
  }
}

export const trainingService = defineService((ctx) => new TrainingService(ctx.em));
