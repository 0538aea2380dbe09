import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  PRINCIPAL_HEADER,
  createLogger,
  freePort,
  principalReader,
  serveHttp,
  signPrincipal,
  type Principal,
  type RunningHttpService,
} from '@cooplab/kit';
import { createAuthenticator } from '../src/auth.js';
import { issueApiKey } from '../src/apikeys.js';
import { startGateway, type GatewayOptions } from '../src/gateway.js';
import { MAX_DEPTH, MAX_SELECTIONS } from '../src/limits.js';
import { mintJwt } from '../src/tokens.js';
import { createTestDatabase } from '@cooplab/kit/testing';

const INTERNAL_SECRET = 'internal-secret-0123456789abcdef-0123';
const JWT_SECRET = 'jwt-secret-0123456789abcdef-0123456789';
const ORG = '3f2b8c1e-4a5d-4e6f-8a7b-9c0d1e2f3a4b';
const log = createLogger({}, 'silent');

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    whoami: Caller!
    boom: String
    forbidden: String
    invalid: String
    node: Node
  }
  type Caller { role: String! subject: String organizationId: String trainerId: String client: String }
  type Node { depth: Int! child: Node }
`);

/** A tiny real subgraph that tells who the gateway says is calling, and fails on demand. */
async function startProbeSubgraph(): Promise<RunningHttpService & { connections: () => number; requests: () => number }> {
  const node = (depth: number): unknown => ({ depth, child: () => node(depth + 1) });
  const schema = buildSubgraphSchema({
    typeDefs,
    resolvers: {
      Query: {
        whoami: (_: unknown, __: unknown, context: { principal: Principal }) => context.principal,
        // Leaks a secret and (below) its stack: the gateway must mask both.
        boom: () => {
          throw new Error('boom: password=hunter2 at db.internal:5432');
        },
        forbidden: () => {
          throw new GraphQLError('Only staff may see this', { extensions: { code: 'FORBIDDEN' } });
        },
        invalid: () => {
          throw new GraphQLError('input.name: is required', {
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.name', message: 'is required' }] },
          });
        },
        node: () => node(1),
      },
    } as never,
  });
  const apollo = new ApolloServer<{ principal: Principal }>({
    schema,
    includeStacktraceInErrorResponses: true,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const readPrincipal = principalReader({ internalSecret: INTERNAL_SECRET });
  const http = await serveHttp({
    apollo,
    port: 0,
    host: '127.0.0.1',
    log,
    context: async (req) => ({ principal: await readPrincipal(req) }),
    ready: async () => undefined,
  });
  let connections = 0;
  let requests = 0;
  http.server.on('connection', () => connections++);
  http.server.on('request', () => requests++);
  return { ...http, connections: () => connections, requests: () => requests };
}

interface GraphQLResponse {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] };
}

async function post(url: string, query: string, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
}

/** `{ node { child { child … { depth } } } }` nesting `levels` levels of fields in all. */
const nested = (levels: number) => `{ node { ${'child { '.repeat(levels - 2)}depth${' }'.repeat(levels - 2)} } }`;

describe('gateway', () => {
  let subgraph: Awaited<ReturnType<typeof startProbeSubgraph>>;
  let supergraphSdl: string;
  let gateway: RunningHttpService;
  const { key: apiKey, record: apiKeyRecord } = issueApiKey({ organizationId: ORG, label: 'test dashboard' });

  const start = (overrides: Partial<GatewayOptions> = {}) =>
    startGateway({
      supergraphSdl,
      subgraphUrls: { probe: subgraph.url },
      authenticate: createAuthenticator({ jwtSecret: JWT_SECRET, apiKeys: [apiKeyRecord] }),
      internalSecret: INTERNAL_SECRET,
      port: 0,
      host: '127.0.0.1',
      log,
      ...overrides,
    });

  beforeAll(async () => {
    subgraph = await startProbeSubgraph();
    // Composed with a URL nobody listens on: the gateway must use `subgraphUrls` instead.
    const composed = composeServices([{ name: 'probe', url: 'http://127.0.0.1:1/graphql', typeDefs }]);
    if (!composed.supergraphSdl) throw new Error(composed.errors?.map((e) => e.message).join('\n'));
    supergraphSdl = composed.supergraphSdl;
    gateway = await start();
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraph?.stop();
  });

  it('forwards the verified principal of a JWT caller', async () => {
    const token = await mintJwt({ role: 'PARTNER', org: ORG, sub: 'odco-analyst', secret: JWT_SECRET });
    const { status, body } = await post(gateway.url, '{ whoami { role subject organizationId trainerId } }', { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { whoami: { role: 'PARTNER', subject: 'odco-analyst', organizationId: ORG, trainerId: null } } });
  });

  it('forwards the organisation of an API key', async () => {
    const { body } = await post(gateway.url, '{ whoami { role subject organizationId } }', { authorization: `Bearer ${apiKey}` });
    expect(body.data?.whoami).toEqual({ role: 'PARTNER', subject: `api-key:${apiKeyRecord.id}`, organizationId: ORG });
  });

  it('serves callers without a token as ANONYMOUS', async () => {
    const { body } = await post(gateway.url, '{ whoami { role subject organizationId } }');
    expect(body).toEqual({ data: { whoami: { role: 'ANONYMOUS', subject: null, organizationId: null } } });
  });

  it('answers a bad token with HTTP 401 UNAUTHENTICATED, never as anonymous', async () => {
    const expired = await mintJwt({ role: 'STAFF', ttl: -3600, secret: JWT_SECRET });
    for (const authorization of [`Bearer ${expired}`, 'Bearer ck_unknown', 'Basic abc']) {
      const { status, body } = await post(gateway.url, '{ whoami { role } }', { authorization });
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    }
  });

  it('leaves the subgraph refusing requests with a forged or missing principal', async () => {
    const forged = await signPrincipal({ role: 'STAFF' }, 'some-other-secret-0123456789abcdef-01');
    for (const headers of [{ [PRINCIPAL_HEADER]: forged }, {}] as Record<string, string>[]) {
      const { status, body } = await post(subgraph.url, '{ whoami { role } }', headers);
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('keeps its connections to the subgraph alive', async () => {
    // A fresh gateway, so that every connection it opens is counted.
    const fresh = await start();
    try {
      const [connections, requests] = [subgraph.connections(), subgraph.requests()];
      for (let i = 0; i < 30; i++) {
        const { body } = await post(fresh.url, '{ whoami { role } }');
        expect(body.data?.whoami).toEqual({ role: 'ANONYMOUS' });
      }
      expect(subgraph.requests() - requests).toBe(30);
      expect(subgraph.connections() - connections).toBeGreaterThanOrEqual(1);
      expect(subgraph.connections() - connections).toBeLessThanOrEqual(2);
    } finally {
      await fresh.stop();
    }
  });

  it('masks unknown errors of a subgraph: no message, no stack', async () => {
    const { status, body } = await post(gateway.url, '{ boom }');
    expect(status).toBe(200);
    expect(body.errors).toEqual([{ message: 'Internal server error', path: ['boom'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(body)).not.toMatch(/hunter2|stacktrace|db\.internal/);
  });

  it('passes the codes and fields of domain errors through', async () => {
    const forbidden = await post(gateway.url, '{ forbidden }');
    expect(forbidden.body.errors?.[0]).toMatchObject({ message: 'Only staff may see this', extensions: { code: 'FORBIDDEN' } });
    const invalid = await post(gateway.url, '{ invalid }');
    expect(invalid.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.name', message: 'is required' }],
    });
  });

  it(`refuses documents deeper than ${MAX_DEPTH} levels`, async () => {
    const ok = await post(gateway.url, nested(MAX_DEPTH));
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();

    const before = subgraph.requests();
    const { status, body } = await post(gateway.url, nested(MAX_DEPTH + 1));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(`nests ${MAX_DEPTH + 1} levels of fields; at most ${MAX_DEPTH} are allowed`);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(subgraph.requests()).toBe(before);
  });

  it('counts depth through fragments', async () => {
    const query = `query Deep { node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { ${'child { '.repeat(MAX_DEPTH - 2)}depth${' }'.repeat(MAX_DEPTH - 2)} }`;
    const { status, body } = await post(gateway.url, query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/Operation "Deep" nests 13 levels/);
  });

  it(`refuses documents of more than ${MAX_SELECTIONS} selections, fragments expanded`, async () => {
    // 50 × 50 selections of one small fragment: a short document asking for 2,500 fields.
    const fields = Array.from({ length: 50 }, (_, i) => `f${i}: whoami { role }`).join(' ');
    const spreads = Array.from({ length: 50 }, (_, i) => `q${i}: __typename ...F`).join(' ');
    const { status, body } = await post(gateway.url, `query Wide { ${spreads} } fragment F on Query { ${fields} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/too many selections/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('serves no introspection and suggests no field names in production mode', async () => {
    const production = await start({ introspection: false });
    try {
      const schema = await post(production.url, '{ __schema { queryType { name } } }');
      expect(schema.status).toBe(400);
      expect(schema.body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
      const typo = await post(production.url, '{ whoamj { role } }');
      expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
      expect((await post(gateway.url, '{ whoamj { role } }')).body.errors?.[0]?.message).toMatch(/Did you mean "whoami"/);
    } finally {
      await production.stop();
    }
  });

  it('takes its operation limits from its options', async () => {
    const strict = await start({ limits: { maxAliases: 1, maxCost: 3 } });
    try {
      const aliases = await post(strict.url, '{ a: whoami { role } b: whoami { role } }');
      expect(aliases.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases', max: 1, found: 2 });
      const costly = await post(strict.url, nested(5));
      expect(costly.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', max: 3, found: 4 });
      expect((await post(strict.url, nested(3))).body.errors).toBeUndefined();
    } finally {
      await strict.stop();
    }
  });

  describe('rate limiting per caller', () => {
    const whoami = '{ whoami { role client } }';

    it('answers TOO_MANY_REQUESTS with Retry-After once a caller spends its budget, and other callers go on', async () => {
      const limited = await start({ rateLimit: { points: 3, windowSeconds: 60 } });
      try {
        for (let i = 0; i < 3; i++) expect((await post(limited.url, whoami)).status).toBe(200);
        const response = await fetch(limited.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: whoami }) });
        expect(response.status).toBe(429);
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        const body = (await response.json()) as GraphQLResponse['body'];
        expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
        // A signed-in caller and an API key have budgets of their own.
        const token = await mintJwt({ role: 'PARTNER', org: ORG, sub: 'odco-analyst', secret: JWT_SECRET });
        const partner = await post(limited.url, whoami, { authorization: `Bearer ${token}` });
        expect(partner.body.data?.whoami).toEqual({ role: 'PARTNER', client: 'sub:odco-analyst' });
        const key = await post(limited.url, whoami, { authorization: `Bearer ${apiKey}` });
        expect(key.body.data?.whoami).toEqual({ role: 'PARTNER', client: `api-key:${apiKeyRecord.id}` });
        // Bad credentials are charged to the address, which is spent: no more guessing.
        expect((await post(limited.url, whoami, { authorization: 'Bearer forged' })).status).toBe(429);
      } finally {
        await limited.stop();
      }
    });

    it('believes X-Forwarded-For only from trusted proxies', async () => {
      const direct = await start({ rateLimit: { points: 2, windowSeconds: 60 } });
      const behindProxy = await start({ rateLimit: { points: 2, windowSeconds: 60 }, trustedProxies: ['loopback'] });
      try {
        // Not trusted: a client cannot get fresh budgets by writing the header.
        const spoofed = await post(direct.url, whoami, { 'x-forwarded-for': '203.0.113.5' });
        expect(spoofed.body.data?.whoami.client).toMatch(/^ip:(::ffff:)?127\.0\.0\.1$/);
        await post(direct.url, whoami, { 'x-forwarded-for': '203.0.113.6' });
        expect((await post(direct.url, whoami, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(429);
        // Behind a trusted proxy (here on loopback): each client address has its budget.
        for (const address of ['203.0.113.5', '203.0.113.6', '203.0.113.7']) {
          const res = await post(behindProxy.url, whoami, { 'x-forwarded-for': `198.51.100.1, ${address}` });
          expect(res.body.data?.whoami).toEqual({ role: 'ANONYMOUS', client: `ip:${address}` });
        }
      } finally {
        await direct.stop();
        await behindProxy.stop();
      }
    });

    it('shares the budgets of several replicas through PostgreSQL', async () => {
      const db = await createTestDatabase(inject('postgresUrl'), 'ratelimit');
      const replicas = await Promise.all([1, 2].map(() => start({ rateLimit: { points: 4, windowSeconds: 60, postgresUrl: db.url } })));
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 6; i++) statuses.push((await post(replicas[i % 2]!.url, whoami)).status);
        expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
      } finally {
        await Promise.all(replicas.map((r) => r.stop()));
        await db.drop();
      }
    });
  });

  it('answers /health and /ready', async () => {
    expect((await fetch(`${gateway.origin}/health`)).status).toBe(200);
    const ready = await fetch(`${gateway.origin}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', subgraphs: { probe: 'ready' } });
  });

  it('reports a subgraph that does not answer on /ready, and costs a hanging subgraph only its own fields', async () => {
    // A second subgraph that hangs: its field is abandoned at the deadline, the probe's data still comes back.
    let release = () => {};
    const hanging = new Promise<void>((resolve) => (release = resolve));
    const sleepyDefs = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"])
      type Query { nap: String }
    `);
    const apollo = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: sleepyDefs, resolvers: { Query: { nap: async () => { await hanging; return 'rested'; } } } as never }), stopOnTerminationSignals: false });
    await apollo.start();
    const readPrincipal = principalReader({ internalSecret: INTERNAL_SECRET });
    const sleepy = await serveHttp({ apollo, port: 0, host: '127.0.0.1', log, context: async (req) => ({ principal: await readPrincipal(req) }), ready: () => hanging });
    const composed = composeServices([
      { name: 'probe', url: subgraph.url, typeDefs },
      { name: 'sleepy', url: sleepy.url, typeDefs: sleepyDefs },
    ]);
    const both = await start({ supergraphSdl: composed.supergraphSdl!, subgraphUrls: { probe: subgraph.url, sleepy: sleepy.url }, subgraphTimeoutMs: 300 });
    try {
      const started = performance.now();
      const { status, body } = await post(both.url, '{ whoami { role } nap }');
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(status).toBe(200);
      expect(body.data).toEqual({ whoami: { role: 'ANONYMOUS' }, nap: null });
      expect(body.errors).toHaveLength(1);
      const ready = await fetch(`${both.origin}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', subgraphs: { probe: 'ready', sleepy: 'no answer in time' } });
    } finally {
      release();
      await both.stop();
      await sleepy.stop();
    }
  });

  it('masks a subgraph that refuses it or cannot be reached, and checks the subgraphs for /ready when asked', async () => {
    const misconfigured = await start({ internalSecret: 'not-the-subgraph-secret-0123456789abcdef', readyChecksSubgraphs: true });
    try {
      const { body } = await post(misconfigured.url, '{ whoami { role } }');
      // Not UNAUTHENTICATED (the caller did nothing wrong), and nothing of the subgraph's URL or answer.
      expect(body.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect((await fetch(`${misconfigured.origin}/ready`)).status).toBe(200);
    } finally {
      await misconfigured.stop();
    }
    const cut = await start({ subgraphUrls: { probe: `http://127.0.0.1:${await freePort()}/graphql` }, readyChecksSubgraphs: true });
    try {
      const ready = await fetch(`${cut.origin}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', subgraphs: { probe: 'unreachable' } });
      const { body } = await post(cut.url, '{ whoami { role } }');
      expect(body.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    } finally {
      await cut.stop();
    }
  });
});
