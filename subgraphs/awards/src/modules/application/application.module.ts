import type { SubgraphModule } from '@cooplab/kit';
import { Application, ProjectHolder } from './application.entity.js';
import { ApplicationResolver, EditionApplicationsResolver } from './application.resolver.js';

/** Applications by cooperatives and project holders: drafting, submission with the eligibility check, shortlisting. */
export const applicationModule: SubgraphModule = {
  name: 'application',
  entities: [Application, ProjectHolder],
  resolvers: [ApplicationResolver, EditionApplicationsResolver],
};
