import type { SubgraphModule } from '@cooplab/kit';
import { Cohort, Program } from './program.entity.js';
import { CohortResolver, ProgramResolver } from './program.resolver.js';

/** Programmes (BootCoop, Mourafaka, GET Ahead…) and their cohorts, with what each achieved. */
export const programModule: SubgraphModule = {
  name: 'program',
  entities: [Program, Cohort],
  resolvers: [ProgramResolver, CohortResolver],
};
