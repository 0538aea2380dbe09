import 'reflect-metadata';
import { buildFederatedSchema } from '@cooplab/kit';
import type { LearningRuntime } from './runtime.js';
import { AssessmentResolver } from './modules/assessment/assessment.resolver.js';
import { resolveCertificationReference } from './modules/certification/certification.reference.js';
import { CertificationResolver } from './modules/certification/certification.resolver.js';
import { CoachingSessionResolver } from './modules/coaching/coaching.resolver.js';
import { createCredentialResolver } from './modules/credential/credential.resolver.js';
import { EnrollmentResolver } from './modules/enrollment/enrollment.resolver.js';
import { CooperativeLearningResolver } from './modules/federation/cooperative.resolver.js';
import { resolveCooperativeReference, resolveCountryReference, resolveRegionReference } from './modules/federation/federation.reference.js';
import { CountryLearningResolver, RegionLearningResolver } from './modules/figures/geography.resolver.js';
import { CohortResolver, ProgramResolver } from './modules/program/program.resolver.js';
import { resolveTrainerReference } from './modules/trainer/trainer.reference.js';
import { TrainerResolver } from './modules/trainer/trainer.resolver.js';
import { TrainingAttendanceResolver, TrainingSessionResolver } from './modules/training/training.resolver.js';

export const buildLearningSchema = (runtime: LearningRuntime) =>
  buildFederatedSchema({
    resolvers: [
      ProgramResolver,
      CohortResolver,
      EnrollmentResolver,
      AssessmentResolver,
      TrainingSessionResolver,
      TrainingAttendanceResolver,
      CoachingSessionResolver,
      CooperativeLearningResolver,
      RegionLearningResolver,
      CountryLearningResolver,
      TrainerResolver,
      CertificationResolver,
      createCredentialResolver(runtime),
    ],
    references: {
      Cooperative: resolveCooperativeReference,
      Region: resolveRegionReference,
      Country: resolveCountryReference,
      Trainer: resolveTrainerReference,
      Certification: resolveCertificationReference,
    },
  });
