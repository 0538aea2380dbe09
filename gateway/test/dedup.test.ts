/**
 * In-flight deduplication at the gateway, through a real gateway in front of a real subgraph whose answers take a
 * moment (so that concurrent requests overlap): one caller's identical queries cost one subgraph request, two
 * callers are never merged, mutations are always sent, and each caller gets its own answer.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, principalReader, serveHttp, type Principal, type RunningHttpService } from '@cooplab/kit';
import { createAuthenticator } from '../src/auth.js';
import { startGateway, type RunningGateway } from '../src/gateway.js';
import { operationOfBody } from '../src/dedup.js';
import { mintJwt } from '../src/tokens.js';

const INTERNAL_SECRET = 'internal-secret-0123456789abcdef-0123';
const JWT_SECRET = 'jwt-secret-0123456789abcdef-0123456789';
const log = createLogger({}, 'silent');
const DELAY_MS = 150;

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { slow(tag: String): Answer! }
  type Mutation { bump: Int! }
  type Answer { role: String! subject: String tag: String served: Int! }
`);

async function startSlowSubgraph(): Promise<RunningHttpService & { requests: () => number }> {
  let served = 0;
  let bumps = 0;
  const schema = buildSubgraphSchema({
    typeDefs,
    resolvers: {
      Query: {
        slow: async (_: unknown, args: { tag?: string }, context: { principal: Principal }) => {
          await new Promise((r) => setTimeout(r, DELAY_MS));
          return { role: context.principal.role, subject: context.principal.subject ?? null, tag: args.tag ?? null, served: ++served };
        },
      },
      Mutation: {
        bump: async () => {
          await new Promise((r) => setTimeout(r, DELAY_MS));
          return ++bumps;
        },
      },
    } as never,
  });
  const apollo = new ApolloServer<{ principal: Principal }>({ schema, stopOnTerminationSignals: false, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await apollo.start();
  const readPrincipal = principalReader({ internalSecret: INTERNAL_SECRET });
  const http = await serveHttp({ apollo, port: 0, host: '127.0.0.1', log, context: async (req) => ({ principal: await readPrincipal(req) }), ready: async () => undefined });
  let requests = 0;
  http.server.on('request', () => requests++);
  return { ...http, requests: () => requests };
}

async function post(url: string, query: string, token?: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

describe('in-flight deduplication of subgraph requests', () => {
  let subgraph: Awaited<ReturnType<typeof startSlowSubgraph>>;
  let gateway: RunningGateway;
  let plain: RunningGateway;
  let alice = '';
  let bob = '';

  beforeAll(async () => {
    subgraph = await startSlowSubgraph();
    const composed = composeServices([{ name: 'probe', url: subgraph.url, typeDefs }]);
    if (!composed.supergraphSdl) throw new Error(composed.errors?.map((e) => e.message).join('\n'));
    const options = {
      supergraphSdl: composed.supergraphSdl,
      subgraphUrls: { probe: subgraph.url },
      authenticate: createAuthenticator({ jwtSecret: JWT_SECRET }),
      internalSecret: INTERNAL_SECRET,
      port: 0,
      host: '127.0.0.1',
      log,
    };
    gateway = await startGateway(options);
    plain = await startGateway({ ...options, deduplicate: false });
    alice = await mintJwt({ role: 'PARTNER', sub: 'alice', org: '3f2b8c1e-4a5d-4e6f-8a7b-9c0d1e2f3a4b', secret: JWT_SECRET });
    bob = await mintJwt({ role: 'PARTNER', sub: 'bob', org: '3f2b8c1e-4a5d-4e6f-8a7b-9c0d1e2f3a4b', secret: JWT_SECRET });
  });
  afterAll(async () => {
    await gateway?.stop();
    await plain?.stop();
    await subgraph?.stop();
  });

  /** Runs `send` and returns its results with the number of requests the subgraph received meanwhile. */
  async function counting<T>(send: () => Promise<T>): Promise<{ result: T; requests: number }> {
    const before = subgraph.requests();
    const result = await send();
    return { result, requests: subgraph.requests() - before };
  }
  const query = '{ slow { role subject served } }';

  it('sends two identical concurrent queries of one caller once, and gives each the answer', async () => {
    const { result, requests } = await counting(() => Promise.all([post(gateway.url, query, alice), post(gateway.url, query, alice)]));
    expect(requests).toBe(1);
    expect(result[0]).toEqual(result[1]);
    expect(result[0]!.data!.slow).toMatchObject({ role: 'PARTNER', subject: 'alice' });
  });

  it('never merges two callers: each is sent and answered as itself', async () => {
    const { result, requests } = await counting(() => Promise.all([post(gateway.url, query, alice), post(gateway.url, query, bob)]));
    expect(requests).toBe(2);
    expect(result.map((r) => r.data!.slow.subject)).toEqual(['alice', 'bob']);
    // An anonymous caller is a third one.
    const mixed = await counting(() => Promise.all([post(gateway.url, query), post(gateway.url, query, alice)]));
    expect(mixed.requests).toBe(2);
    expect(mixed.result.map((r) => r.data!.slow.role)).toEqual(['ANONYMOUS', 'PARTNER']);
  });

  it('keys on the variables: different arguments are different requests', async () => {
    const q = 'query ($tag: String) { slow(tag: $tag) { tag } }';
    const { result, requests } = await counting(() => Promise.all([post(gateway.url, q, alice, { tag: 'a' }), post(gateway.url, q, alice, { tag: 'b' })]));
    expect(requests).toBe(2);
    expect(result.map((r) => r.data!.slow.tag)).toEqual(['a', 'b']);
  });

  it('always sends mutations', async () => {
    const { result, requests } = await counting(() => Promise.all([post(gateway.url, 'mutation { bump }', alice), post(gateway.url, 'mutation { bump }', alice)]));
    expect(requests).toBe(2);
    expect(result.map((r) => r.data!.bump).sort()).toEqual([expect.any(Number), expect.any(Number)]);
    expect(result[0]!.data!.bump).not.toBe(result[1]!.data!.bump);
  });

  it('keeps nothing once the answer is in (not a cache), and can be turned off', async () => {
    const first = await post(gateway.url, query, alice);
    const second = await post(gateway.url, query, alice);
    expect(second.data!.slow.served).toBeGreaterThan(first.data!.slow.served);
    const off = await counting(() => Promise.all([post(plain.url, query, alice), post(plain.url, query, alice)]));
    expect(off.requests).toBe(2);
    expect(plain.subgraphRequests.joined).toBe(0);
    expect(gateway.subgraphRequests.joined).toBeGreaterThan(0);
  });
});

describe('the operation of a subgraph request body', () => {
  it('is read from the start of the JSON text, or from the parsed body when the text does not start with the query', () => {
    const body = (query: string, rest: Record<string, unknown> = {}) => JSON.stringify({ query, ...rest });
    expect(operationOfBody(body('query Q { a }', { variables: { x: 1 } }))).toBe('query');
    expect(operationOfBody(body('{ a }'))).toBe('query');
    expect(operationOfBody(body('\n  ,mutation M { bump }'))).toBe('mutation');
    expect(operationOfBody(body('# a comment\nmutation M { bump }'))).toBe('mutation');
    expect(operationOfBody(JSON.stringify({ variables: {}, query: 'mutation M { bump }' }))).toBe('mutation');
    expect(operationOfBody(JSON.stringify({ variables: {} }))).toBeUndefined();
    expect(operationOfBody('not json')).toBeUndefined();
  });
});
