import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { checkPlace, ConflictError, flushUnique, MOROCCO, newId, NotFoundError, Problems, todayIso, defineService } from '@cooplab/kit';
import { EnrollmentStatus } from '../learning.enums.js';
import { Cohort } from '../program/program.entity.js';
import { Beneficiary } from './beneficiary.entity.js';
import { Enrollment } from './enrollment.entity.js';
import type { EnrollCooperativeInput, SetEnrollmentStatusInput } from './enrollment.inputs.js';
import { TAKES_A_PLACE, canMoveEnrollment } from './enrollment.rules.js';

/** Records (or updates) where a cooperative is, as the learning subgraph knows it. */
export async function recordBeneficiary(em: EntityManager, cooperativeId: string, countryCode: string, regionCode: string | null): Promise<void> {
  await em.upsert(Beneficiary, { cooperativeId, countryCode, regionCode, updatedAt: new Date() }, { onConflictFields: ['cooperativeId'] });
}

/** Rules of enrolments: one per cooperative and cohort, within the cohort's capacity, moving forward only. */
export class EnrollmentService {
  constructor(private readonly em: EntityManager) {}

  async enroll(input: EnrollCooperativeInput): Promise<Enrollment> {
    return this.em.transactional(async (em) => {
      const cooperativeId = input.cooperativeId.toLowerCase();
      const regionCode = input.regionCode ?? null;
      const problems = new Problems();
      checkPlace(input.countryCode, regionCode, problems);
      const appliedOn = input.appliedOn ?? todayIso();
      problems.check(appliedOn <= todayIso(), 'input.appliedOn', 'must not be in the future');
      problems.throwIfAny();
      // The row lock serialises enrolments in one cohort: the capacity check below cannot be raced.
      const cohort = await em.findOne(Cohort, { id: input.cohortId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!cohort) throw new NotFoundError('Cohort', input.cohortId, 'input.cohortId');
      if (cohort.regionCodes.length && !(input.countryCode === MOROCCO && regionCode && cohort.regionCodes.includes(regionCode))) {
        problems.add('input.regionCode', `must be one of the cohort's regions (${cohort.regionCodes.join(', ')})`).throwIfAny();
      }
      const duplicate = () => new ConflictError('This cooperative is enrolled in this cohort already', 'input.cooperativeId');
      if (await em.count(Enrollment, { cohort, cooperativeId })) throw duplicate();
      const taken = await em.count(Enrollment, { cohort, status: { $in: TAKES_A_PLACE } });
      if (taken >= cohort.capacity) {
        throw new ConflictError(`Cohort "${cohort.name}" is full: its ${cohort.capacity} places are taken`, 'input.cohortId');
      }
      await recordBeneficiary(em, cooperativeId, input.countryCode, regionCode);
      const enrollment = em.create(Enrollment, { id: newId(), cohort, cooperativeId, status: EnrollmentStatus.APPLIED, appliedOn });
      await flushUnique(em, duplicate);
      return enrollment;
    });
  }

  async setStatus(input: SetEnrollmentStatusInput): Promise<Enrollment> {
    return this.em.transactional(async (em) => {
      const enrollment = await em.findOne(Enrollment, { id: input.enrollmentId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!enrollment) throw new NotFoundError('Enrollment', input.enrollmentId, 'input.enrollmentId');
      const on = input.on ?? todayIso();
      const problems = new Problems();
      problems.check(on >= enrollment.appliedOn, 'input.on', 'must not be before the application');
      problems.check(on <= todayIso(), 'input.on', 'must not be in the future');
      problems.throwIfAny();
      if (!canMoveEnrollment(enrollment.status, input.status)) {
        throw new ConflictError(`An enrolment cannot go from ${enrollment.status} to ${input.status}`, 'input.status');
      }
      enrollment.status = input.status;
      if (input.status === EnrollmentStatus.ACTIVE) enrollment.startedOn = on;
      if (input.status === EnrollmentStatus.COMPLETED) enrollment.completedOn = on;
      if (input.status === EnrollmentStatus.WITHDRAWN) enrollment.withdrawnOn = on;
      return enrollment;
    });
  }
}

export const enrollmentService = defineService((ctx) => new EnrollmentService(ctx.em));
