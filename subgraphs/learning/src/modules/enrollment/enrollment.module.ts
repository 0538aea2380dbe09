import type { SubgraphModule } from '@cooplab/kit';
import { Beneficiary } from './beneficiary.entity.js';
import { Enrollment } from './enrollment.entity.js';
import { EnrollmentResolver } from './enrollment.resolver.js';

/** Cooperatives' enrolments in cohorts, and the place of each cooperative served (its beneficiary record). */
export const enrollmentModule: SubgraphModule = {
  name: 'enrollment',
  entities: [Beneficiary, Enrollment],
  resolvers: [EnrollmentResolver],
};
