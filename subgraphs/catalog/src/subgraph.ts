import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@cooplab/kit';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { buildCatalogSchema } from './schema.js';
import { seedCatalog } from './seed/seed.js';

/** The catalog subgraph: countries, regions, partner organisations, cooperatives and their products. */
export const catalogSubgraph: SubgraphDefinition = {
  name: 'catalog',
  defaultPort: 4001,
  entities,
  migrations,
  migrationsPath: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  schema: buildCatalogSchema,
  seed: seedCatalog,
};
