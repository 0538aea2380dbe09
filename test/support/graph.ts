import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { inject } from 'vitest';
import { DEMO_PRINCIPALS, createLogger, dropDatabase, stableId, type Logger, type Role } from '@cooplab/kit';
import { postGraphQL, type GraphQLResponse } from '@cooplab/kit/testing';
import { issueApiKey } from '@cooplab/gateway/apikeys';
import { mintJwt } from '@cooplab/gateway/tokens';
import { randomSecret, startGraph, type GraphOptions, type RunningGraph } from '@cooplab/scripts/graph';
import { subgraphs } from '@cooplab/scripts/subgraphs';
import { demoWorld } from '@cooplab/world';

export const ODCO = stableId('organization', 'odco');
export const DEMO_TRAINER = DEMO_PRINCIPALS.trainerId;

export interface TestGraph {
  graph: RunningGraph;
  /** Runs an operation through the gateway, with `token` as bearer when given. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  tokens: Record<Exclude<Role, 'ANONYMOUS'>, string>;
  /** The demo token of a role; none for ANONYMOUS. */
  tokenOf(role: Role): string | undefined;
  partnerApiKey: string;
  /** The secret the gateway signs principals with, for another gateway in front of the same subgraphs. */
  internalSecret: string;
  /** The gateway's JWT_SECRET, to mint more tokens. */
  jwtSecret: string;
  /** SQL statements a subgraph has sent so far. */
  sqlCount(subgraph: string): number;
  stop(): Promise<void>;
}

/**
 * The whole graph with the demo data, on fresh databases of the test PostgreSQL, on free ports (or the subgraphs on
 * given ones), with fresh secrets (or given ones: to start another gateway in front of it at the same time).
 */
export async function startTestGraph(
  options: Pick<GraphOptions, 'cors' | 'explorer' | 'subgraphPort'> & Partial<Pick<GraphOptions, 'jwtSecret' | 'internalSecret'>> & { log?: Logger } = {},
): Promise<TestGraph> {
  const { log, jwtSecret = randomSecret(), internalSecret = randomSecret(), ...rest } = options;
  const postgresUrl = inject('postgresUrl');
  const prefix = `e2e_${randomBytes(4).toString('hex')}`;
  const apiKey = issueApiKey({ organizationId: ODCO, label: 'ODCO (test)' });
  const graph = await startGraph({ postgresUrl, databasePrefix: prefix, seed: true, jwtSecret, apiKeys: [apiKey.record], internalSecret, log: log ?? createLogger({}, 'silent'), ...rest });
  const jwt = (role: Role, extra: { org?: string; trainer?: string; coop?: string; buyer?: string } = {}) => mintJwt({ role, secret: jwtSecret, ...extra });
  const tokens: TestGraph['tokens'] = {
    STAFF: await jwt('STAFF'),
    PARTNER: await jwt('PARTNER', { org: ODCO }),
    JURY: await jwt('JURY', { org: ODCO }),
    TRAINER: await jwt('TRAINER', { trainer: DEMO_TRAINER }),
    COOPERATIVE: await jwt('COOPERATIVE', { coop: DEMO_PRINCIPALS.cooperativeId }),
    BUYER: await jwt('BUYER', { buyer: DEMO_PRINCIPALS.buyerId }),
  };
  return {
    graph,
    query: (query, variables = {}, token) => postGraphQL(graph.url, query, variables, token ? { authorization: `Bearer ${token}` } : {}),
    tokens,
    tokenOf: (role) => (role === 'ANONYMOUS' ? undefined : tokens[role]),
    partnerApiKey: apiKey.key,
    internalSecret,
    jwtSecret,
    sqlCount: (name) => graph.subgraphs[name]!.db.queries.count,
    async stop() {
      await graph.stop();
      await Promise.all(subgraphs.map((s) => dropDatabase(postgresUrl, `${prefix}_${s.name}`)));
    },
  };
}

export const OPERATIONS_DIR = new URL('../../schema/operations/', import.meta.url);

/** The example operations of schema/operations, by file name. */
export async function exampleOperations(): Promise<Record<string, string>> {
  const files = (await readdir(OPERATIONS_DIR)).filter((f) => f.endsWith('.graphql')).sort();
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, await readFile(new URL(f, OPERATIONS_DIR), 'utf8')] as const)));
}

const ROLES: readonly Role[] = ['ANONYMOUS', 'TRAINER', 'COOPERATIVE', 'BUYER', 'PARTNER', 'JURY', 'STAFF'];

/**
 * The role an example operation is written for, from its header comment `# role: PARTNER` (ANONYMOUS for the
 * public ones). Every file of schema/operations/ names one; a file without, or with an unknown role, throws.
 */
export function operationRole(file: string, source: string): Role {
  const role = /^# role: (\w+)$/m.exec(source)?.[1];
  if (!role || !ROLES.includes(role as Role)) throw new Error(`${file}: no "# role: <${ROLES.join('|')}>" header`);
  return role as Role;
}

export interface ExampleCall {
  /** The file's name in schema/operations/. */
  file: string;
  operation: string;
  /** The role its header names. */
  role: Role;
  variables: Record<string, unknown>;
  /** The bearer it runs with (none for ANONYMOUS). */
  token: string | undefined;
}

/**
 * How the suite runs each example operation, in file order: as the role its header names (`# role: PARTNER`;
 * the public ones anonymously), with the variables below where the operation has required ones without a
 * default. Every test that runs the example operations takes them from here. `idempotencyKey` is the key of the
 * order placed (a fresh one by default): two graphs given the same key get the same request.
 */
export async function exampleCalls(t: TestGraph, idempotencyKey: string = randomUUID()): Promise<ExampleCall[]> {
  const demo = demoWorld();
  const DEMO_COOP = DEMO_PRINCIPALS.cooperativeId;
  const buyer = demo.marketplace.buyers.find((b) => b.id === DEMO_PRINCIPALS.buyerId)!;
  const product = demo.products.find((p) => p.cooperativeId === DEMO_COOP && p.published && p.stock >= 5)!;
  const origin = demo.cooperatives.find((c) => c.id === DEMO_COOP)!.regionCode!;
  const carrier = demo.marketplace.deliveryPartners.find((p) => p.regionCodes.includes(origin) && p.regionCodes.includes(buyer.regionCode))!;
  const corridor = demo.marketplace.deliveryPartners.find((p) => p.acronym === 'CS-SUD')!;
  const placed = demo.marketplace.orders.find((o) => o.cooperativeId === DEMO_COOP && o.status === 'PLACED')!;
  const lines = [{ productId: product.id, quantity: 1 }];
  const calls: Record<string, { variables?: Record<string, unknown>; token?: () => Promise<string> }> = {
    'catalog-cooperative-contacts.graphql': { variables: { id: stableId('cooperative', demo.cooperatives[0]!.registryNumber) } },
    'marketplace-basket-quote.graphql': { variables: { input: { deliveryRegionCode: buyer.regionCode, lines } } },
    'marketplace-place-order.graphql': {
      variables: { input: { idempotencyKey, lines, deliveryAddress: `3 rue des Oudayas, ${buyer.city}`, deliveryRegionCode: buyer.regionCode, deliveryPartnerId: carrier.id } },
    },
    'marketplace-confirm-order.graphql': { variables: { orderId: placed.id } },
    'marketplace-cooperative-order-queue.graphql': { variables: { cooperativeId: DEMO_COOP } },
    // A partner's round is its own organisation's: the PARTNER token of that delivery partner.
    'marketplace-partner-deliveries.graphql': { variables: { partnerId: corridor.id }, token: () => mintJwt({ role: 'PARTNER', org: corridor.id, secret: t.jwtSecret }) },
  };
  return Promise.all(
    Object.entries(await exampleOperations()).map(async ([file, operation]) => {
      const role = operationRole(file, operation);
      const call = calls[file] ?? {};
      return { file, operation, role, variables: call.variables ?? {}, token: call.token ? await call.token() : t.tokenOf(role) };
    }),
  );
}
