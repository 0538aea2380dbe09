import { LocalizedText } from '@cooplab/kit';
import { DevelopmentAction, NeedsAssessment } from './modules/assessment/assessment.entity.js';
import { Certification, CertificationEvent } from './modules/certification/certification.entity.js';
import { CoachingSession } from './modules/coaching/coaching.entity.js';
import { Beneficiary } from './modules/enrollment/beneficiary.entity.js';
import { Enrollment } from './modules/enrollment/enrollment.entity.js';
import { Cohort, Program } from './modules/program/program.entity.js';
import { Trainer } from './modules/trainer/trainer.entity.js';
import { TrainingAttendance, TrainingSession } from './modules/training/training.entity.js';

export const entities = [
  LocalizedText,
  Program,
  Cohort,
  Beneficiary,
  Enrollment,
  NeedsAssessment,
  DevelopmentAction,
  Trainer,
  TrainingSession,
  TrainingAttendance,
  CoachingSession,
  Certification,
  CertificationEvent,
];
