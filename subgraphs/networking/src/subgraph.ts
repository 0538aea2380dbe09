import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@cooplab/kit';
import { migrations } from './migrations/index.js';
import { cooperativeModule } from './modules/cooperative/cooperative.module.js';
import { eventModule } from './modules/event/event.module.js';
import { expertModule } from './modules/expert/expert.module.js';
import { figuresModule } from './modules/figures/figures.module.js';
import { matchModule } from './modules/match/match.module.js';
import { opportunityModule } from './modules/opportunity/opportunity.module.js';
import { profileModule } from './modules/profile/profile.module.js';
import { vocabularyModule } from './modules/vocabulary/vocabulary.module.js';
import { seedNetworking } from './seed/seed.js';

/**
 * The networking subgraph (Rawabit): cooperatives' networking profiles, the expert pool, networking events and
 * their meeting schedules, the matching engine, matches and the opportunities they produce.
 */
export const networkingSubgraph = defineSubgraph({
  name: 'networking',
  defaultPort: 4003,
  modules: [vocabularyModule, profileModule, expertModule, matchModule, eventModule, opportunityModule, cooperativeModule, figuresModule],
  migrations,
  migrationsPath: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  seed: seedNetworking,
});
