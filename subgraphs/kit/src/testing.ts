/** Helpers for tests that run real subgraphs on real PostgreSQL, on free ports. */
import { randomBytes } from 'node:crypto';
import { createLogger } from './logger.js';
import { dropDatabase, ensureDatabase } from './database.js';
import { ANONYMOUS, DEMO_PRINCIPALS, PRINCIPAL_HEADER, signPrincipal, type Principal, type Role } from './principal.js';
import { startSubgraph, type RunningSubgraph } from './service.js';
import type { SubgraphDefinition } from './subgraph.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string; fields?: { field: string; message: string }[] } }[];
}

/** POSTs a GraphQL operation and returns the HTTP status with the parsed body. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** A database of its own for one test file, dropped by `drop()`. */
export async function createTestDatabase(postgresUrl: string, label: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(postgresUrl, name);
  return { name, url, drop: () => dropDatabase(postgresUrl, name) };
}

export interface TestSubgraph {
  subgraph: RunningSubgraph;
  internalSecret: string;
  /** Runs an operation as `principal` (anonymous unless given), signed as the gateway would. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, principal?: Principal): Promise<GraphQLResponse<T>>;
  /** SQL statements sent so far. */
  sqlCount(): number;
  stop(): Promise<void>;
}

/** Starts one subgraph on a fresh database (migrated, seeded when asked) on a free port. */
export async function startTestSubgraph(def: SubgraphDefinition, postgresUrl: string, options: { seed?: boolean } = {}): Promise<TestSubgraph> {
  const db = await createTestDatabase(postgresUrl, def.name);
  const internalSecret = randomBytes(32).toString('hex');
  const subgraph = await startSubgraph(def, {
    databaseUrl: db.url,
    port: 0,
    internalSecret,
    seed: options.seed ?? false,
    log: createLogger({}, 'silent'),
  });
  return {
    subgraph,
    internalSecret,
    async query(query, variables = {}, principal = { role: 'ANONYMOUS' }) {
      const token = await signPrincipal(principal, internalSecret);
      return postGraphQL(subgraph.url, query, variables, { [PRINCIPAL_HEADER]: token });
    },
    sqlCount: () => subgraph.db.queries.count,
    async stop() {
      await subgraph.stop();
      await db.drop();
    },
  };
}

/**
 * One caller of each role, as the gateway would forward them, for every subgraph's tests. Their ids are the
 * demo world's (`DEMO_PRINCIPALS`): the trainer, cooperative and buyer that the demo data holds, and ODCO.
 */
export const CALLERS: Readonly<Record<Role, Principal>> = Object.freeze({
  ANONYMOUS,
  TRAINER: { role: 'TRAINER', subject: 'trainer-demo', trainerId: DEMO_PRINCIPALS.trainerId },
  COOPERATIVE: { role: 'COOPERATIVE', subject: 'cooperative-demo', cooperativeId: DEMO_PRINCIPALS.cooperativeId },
  BUYER: { role: 'BUYER', subject: 'buyer-demo', buyerId: DEMO_PRINCIPALS.buyerId },
  PARTNER: { role: 'PARTNER', subject: 'partner-1', organizationId: DEMO_PRINCIPALS.organizationId },
  JURY: { role: 'JURY', subject: 'jury-1', organizationId: DEMO_PRINCIPALS.organizationId },
  STAFF: { role: 'STAFF', subject: 'staff-1' },
});
export { ANONYMOUS };
export const { TRAINER, COOPERATIVE, BUYER, PARTNER, JURY, STAFF } = CALLERS;

/** Keeps finished spans in memory, for tests of tracing (`startTracing({ serviceName, exporter })`). */
export { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
