import type { SubgraphModule } from '@cooplab/kit';
import { DevelopmentAction, NeedsAssessment } from './assessment.entity.js';
import { AssessmentResolver } from './assessment.resolver.js';

/** Needs assessments of cooperatives (a score per dimension) and their development plans. */
export const assessmentModule: SubgraphModule = {
  name: 'assessment',
  entities: [NeedsAssessment, DevelopmentAction],
  resolvers: [AssessmentResolver],
};
