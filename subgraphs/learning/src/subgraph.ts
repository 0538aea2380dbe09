import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { defineSubgraph, sendJson, type Logger, type SubgraphDefinition } from '@cooplab/kit';
import { loadLearningConfig, type LearningConfig } from './config.js';
import { migrations } from './migrations/index.js';
import { assessmentModule } from './modules/assessment/assessment.module.js';
import { createCertificationModule } from './modules/certification/certification.module.js';
import { publicJwks } from './modules/certification/credential.service.js';
import { coachingModule } from './modules/coaching/coaching.module.js';
import { cooperativeModule } from './modules/cooperative/cooperative.module.js';
import { enrollmentModule } from './modules/enrollment/enrollment.module.js';
import { impactModule } from './modules/impact/impact.module.js';
import { programModule } from './modules/program/program.module.js';
import { trainerModule } from './modules/trainer/trainer.module.js';
import { trainingModule } from './modules/training/training.module.js';
import { createRuntime } from './runtime.js';
import { seedLearning } from './seed/seed.js';

/**
 * The learning subgraph: programmes, cohorts, enrolments, needs assessments and plans, training and coaching,
 * trainers and their certifications (verifiable by code and exportable as Open Badges credentials).
 */
export function createLearningSubgraph(config: LearningConfig): SubgraphDefinition {
  const runtime = createRuntime(config);
  return defineSubgraph({
    name: 'learning',
    defaultPort: 4002,
    modules: [
      programModule,
      enrollmentModule,
      assessmentModule,
      trainingModule,
      coachingModule,
      cooperativeModule,
      impactModule,
      trainerModule,
      createCertificationModule(runtime),
    ],
    migrations,
    migrationsPath: fileURLToPath(new URL('../src/migrations', import.meta.url)),
    routes: {
      // The key that verifies exported credentials, at a stable URL (also `credentialIssuerKeys` through the gateway).
      '/.well-known/jwks.json': (_req, res) => {
        res.setHeader('cache-control', 'public, max-age=300');
        sendJson(res, 200, publicJwks(config));
      },
    },
    seed: seedLearning,
  });
}

/** The subgraph configured from its environment (how the graph's scripts and the image find it). */
export const createSubgraph = (env: NodeJS.ProcessEnv = process.env, log?: Logger): SubgraphDefinition =>
  createLearningSubgraph(loadLearningConfig(env, log));

export { loadLearningConfig, parseCredentialKey, type LearningConfig } from './config.js';
