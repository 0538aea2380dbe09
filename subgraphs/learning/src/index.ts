import { ConfigError, runSubgraph } from '@cooplab/kit';
import { createLearningSubgraph, loadLearningConfig } from './subgraph.js';

let learning;
try {
  learning = createLearningSubgraph(loadLearningConfig(process.env));
} catch (error) {
  // Print every configuration problem and exit, as runSubgraph does for the variables it reads.
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`learning: ${error.message}\n`);
  process.exit(1);
}
runSubgraph(learning);
