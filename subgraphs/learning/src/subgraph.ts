import { fileURLToPath } from 'node:url';
import { sendJson, type SubgraphDefinition } from '@cooplab/kit';
import { loadLearningConfig, type LearningConfig } from './config.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { publicJwks } from './modules/credential/credential.service.js';
import { createRuntime } from './runtime.js';
import { buildLearningSchema } from './schema.js';
import { seedLearning } from './seed/seed.js';

/** The subgraph's name and default port, known without its configuration (the image's start-up step reads them). */
export const learningService = { name: 'learning', defaultPort: 4002 } as const;

/**
 * The learning subgraph: programmes, cohorts, enrolments, needs assessments and plans, training and coaching,
 * trainers and their certifications (verifiable by code and exportable as Open Badges credentials).
 */
export function createLearningSubgraph(config: LearningConfig): SubgraphDefinition {
  const runtime = createRuntime(config);
  return {
    ...learningService,
    entities,
    migrations,
    migrationsPath: fileURLToPath(new URL('../src/migrations', import.meta.url)),
    schema: () => buildLearningSchema(runtime),
    routes: {
      // The key that verifies exported credentials, at a stable URL (also `credentialIssuerKeys` through the gateway).
      '/.well-known/jwks.json': (_req, res) => {
        res.setHeader('cache-control', 'public, max-age=300');
        sendJson(res, 200, publicJwks(config));
      },
    },
    seed: seedLearning,
  };
}

export { loadLearningConfig, parseCredentialKey, type LearningConfig } from './config.js';
