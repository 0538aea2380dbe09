import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@cooplab/kit';
import { migrations } from './migrations/index.js';
import { cooperativeModule } from './modules/cooperative/cooperative.module.js';
import { geographyModule } from './modules/geography/geography.module.js';
import { organizationModule } from './modules/organization/organization.module.js';
import { productModule } from './modules/product/product.module.js';
import { seedCatalog } from './seed/seed.js';

/** The catalog subgraph: countries, regions, partner organisations, cooperatives and their products. */
export const catalogSubgraph = defineSubgraph({
  name: 'catalog',
  defaultPort: 4001,
  modules: [cooperativeModule, productModule, geographyModule, organizationModule],
  migrations,
  migrationsPath: fileURLToPath(new URL('../src/migrations', import.meta.url)),
  seed: seedCatalog,
});
