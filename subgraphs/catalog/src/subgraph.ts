import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { defineSubgraph, type Logger, type SubgraphDefinition } from '@cooplab/kit';
import { loadCatalogConfig, type CatalogConfig } from './config.js';
import { migrations } from './migrations/index.js';
import { buyerModule } from './modules/buyer/buyer.module.js';
import { cooperativeModule } from './modules/cooperative/cooperative.module.js';
import { deliveryModule } from './modules/delivery/delivery.module.js';
import { geographyModule } from './modules/geography/geography.module.js';
import { organizationModule } from './modules/organization/organization.module.js';
import { startOrderExpiry } from './modules/order/order.expiry.js';
import { createOrderModule } from './modules/order/order.module.js';
import { DEFAULT_ORDER_SETTINGS } from './modules/order/order.service.js';
import { productModule } from './modules/product/product.module.js';
import { seedCatalog } from './seed/seed.js';

/**
 * The catalog subgraph: countries, regions, partner organisations, cooperatives, their products and the
 * marketplace. In the background it expires the orders cooperatives leave unconfirmed (order.expiry.ts).
 */
export function createCatalogSubgraph(config: CatalogConfig): SubgraphDefinition {
  return defineSubgraph({
    name: 'catalog',
    defaultPort: 4001,
    modules: [cooperativeModule, productModule, geographyModule, organizationModule, deliveryModule, buyerModule, createOrderModule(config.orders)],
    migrations,
    migrationsPath: fileURLToPath(new URL('../src/migrations', import.meta.url)),
    seed: seedCatalog,
    background: (run) => startOrderExpiry(run, config.orders),
  });
}

/** The subgraph configured from its environment (how the graph's scripts and the image find it). */
export const createSubgraph = (env: NodeJS.ProcessEnv = process.env, _log?: Logger): SubgraphDefinition => createCatalogSubgraph(loadCatalogConfig(env));

export { loadCatalogConfig, type CatalogConfig } from './config.js';

/** The subgraph with its default settings (tests start it so). */
export const catalogSubgraph = createCatalogSubgraph({ orders: DEFAULT_ORDER_SETTINGS });
