import type { LearningConfig } from './config.js';
import { FixedWindowLimiter } from './modules/certification/rate-limit.js';

/** What one learning subgraph instance holds besides its database: its configuration and its rate limits. */
export interface LearningRuntime {
  config: LearningConfig;
  /** Unknown-code answers of `verifyCertification`, per signed-in caller. */
  verifyMissesPerCaller: FixedWindowLimiter;
  /** Unknown-code answers of `verifyCertification` to anonymous callers, all together (one shared key). */
  verifyMissesAnonymous: FixedWindowLimiter;
}

export function createRuntime(config: LearningConfig, now: () => number = Date.now): LearningRuntime {
  return {
    config,
    verifyMissesPerCaller: new FixedWindowLimiter(config.verifyMissesPerCaller, 60_000, now),
    verifyMissesAnonymous: new FixedWindowLimiter(config.verifyMissesAnonymous, 60_000, now),
  };
}
