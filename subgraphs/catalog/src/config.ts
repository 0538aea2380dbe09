import { z } from 'zod';
import { loadConfig } from '@cooplab/kit';
import { DEFAULT_CONFIRMATION_HOURS } from './modules/order/order.rules.js';
import type { OrderSettings } from './modules/order/order.service.js';

/** The catalog subgraph's own settings (the variables every subgraph reads are kit's `subgraphEnvSchema`). */
export interface CatalogConfig {
  orders: OrderSettings;
}

const envSchema = z.object({
  /** Hours a cooperative has to confirm an order before it expires and its stock returns to the shelf. */
  CATALOG_ORDER_CONFIRMATION_HOURS: z.coerce
    .number({ error: 'must be a whole number of hours' })
    .int('must be a whole number of hours')
    .min(1, 'must be at least 1 hour')
    .max(720, 'must be at most 720 hours (30 days)')
    .default(DEFAULT_CONFIRMATION_HOURS),
});

/** Parses the catalog's own environment once, at start-up; every problem is reported at once (ConfigError). */
export function loadCatalogConfig(env: NodeJS.ProcessEnv = process.env): CatalogConfig {
  const parsed = loadConfig(envSchema, env);
  return { orders: { confirmationHours: parsed.CATALOG_ORDER_CONFIRMATION_HOURS } };
}
