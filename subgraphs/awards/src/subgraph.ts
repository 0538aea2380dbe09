import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@cooplab/kit';
import { migrations } from './migrations/index.js';
import { applicationModule } from './modules/application/application.module.js';
import { awardModule } from './modules/award/award.module.js';
import { federationModule } from './modules/federation/federation.module.js';
import { figuresModule } from './modules/figures/figures.module.js';
import { juryModule } from './modules/jury/jury.module.js';
import { prizeModule } from './modules/prize/prize.module.js';
import { seedAwards } from './seed/seed.js';

/**
 * The awards subgraph: the annual prizes (Lalla Al Moutaaouina, Jil Moutadamine), their editions, applications
 * by cooperatives and project holders, the jury's scores, the winners and their open-data export.
 */
export const awardsSubgraph = defineSubgraph({
  name: 'awards',
  defaultPort: 4004,
  modules: [awardModule, applicationModule, juryModule, prizeModule, figuresModule, federationModule],
  migrations,
  migrationsPath: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  seed: seedAwards,
});
