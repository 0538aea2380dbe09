import { ConfigError, runSubgraph } from '@cooplab/kit';
import { createSubgraph } from './subgraph.js';

let catalog;
try {
  catalog = createSubgraph(process.env);
} catch (error) {
  // Print every configuration problem and exit, as runSubgraph does for the variables it reads.
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`catalog: ${error.message}\n`);
  process.exit(1);
}
runSubgraph(catalog);
