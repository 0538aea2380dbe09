import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, stableId } from '@cooplab/kit';
import { demoWorld } from '@cooplab/world';
import { startTestGraph, type TestGraph } from '../support/graph.js';

let t: TestGraph;
const demo = demoWorld();
const coopId = stableId('cooperative', demo.cooperatives[0]!.registryNumber);

beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(async () => {
  await t?.stop();
});

interface Raw {
  status: number;
  headers: Headers;
  text: string;
}

async function send(init: { method?: string; path?: string; headers?: Record<string, string>; body?: string; search?: string }): Promise<Raw> {
  const url = new URL(init.path ?? '/graphql', t.graph.url);
  if (init.search) url.search = init.search;
  const response = await fetch(url, {
    method: init.method ?? 'POST',
    headers: init.headers ?? { 'content-type': 'application/json' },
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** A well-formed GraphQL error answer: JSON with `errors`, each with a message and a code. */
function errorCodes(raw: Raw): string[] {
  const body = JSON.parse(raw.text) as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
  expect(Array.isArray(body.errors), raw.text).toBe(true);
  for (const e of body.errors!) {
    expect(typeof e.message, raw.text).toBe('string');
    expect(typeof e.extensions?.code, raw.text).toBe('string');
  }
  return body.errors!.map((e) => e.extensions!.code as string);
}

const json = (body: unknown) => ({ body: JSON.stringify(body) });

/** Percent-encodes a query string; a lone surrogate (which encodeURIComponent refuses) goes as invalid UTF-8 bytes. */
const urlEncoded = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return `%ED%A0%80${encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, ''))}`;
  }
};

describe('client mistakes are 4xx with a code, never 500', () => {
  const cases: [string, Parameters<typeof send>[0], number, string][] = [
    ['several operations without operationName', json({ query: 'query A { regions { code } } query B { regions { code } }' }), 400, 'OPERATION_RESOLUTION_FAILURE'],
    ['an unknown operationName', json({ query: 'query A { regions { code } }', operationName: 'Nope' }), 400, 'OPERATION_RESOLUTION_FAILURE'],
    ['a subscription over HTTP', json({ query: 'subscription { regions { code } }' }), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['a bad persisted-query hash', json({ query: '{ regions { code } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef' } } }), 400, 'BAD_REQUEST'],
    ['an unknown persisted query', json({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }), 200, 'PERSISTED_QUERY_NOT_FOUND'],
    ['an unknown path', { path: '/nope', method: 'GET', headers: {} }, 404, 'NOT_FOUND'],
    ['broken JSON', { body: '{"query": ' }, 400, 'BAD_REQUEST'],
    ['a JSON body that is not an object', { body: '[1, 2]' }, 400, 'BAD_REQUEST'],
    ['a wrong content type', { headers: { 'content-type': 'text/plain' }, body: '{ regions { code } }' }, 400, 'BAD_REQUEST'],
    ['no query', json({ variables: {} }), 400, 'BAD_REQUEST'],
    ['a query that is not a string', json({ query: 42 }), 400, 'BAD_REQUEST'],
    ['variables that are not an object', json({ query: '{ regions { code } }', variables: 'x' }), 400, 'BAD_REQUEST'],
    ['a mutation over GET', { method: 'GET', headers: { 'apollo-require-preflight': '1' }, search: '?query=mutation%7B__typename%7D' }, 405, 'BAD_REQUEST'],
    ['a syntax error', json({ query: '{ regions { code ' }), 400, 'GRAPHQL_PARSE_FAILED'],
    ['a variable of the wrong type', json({ query: 'query ($id: ID!) { cooperative(id: $id) { id } }', variables: { id: { x: 1 } } }), 400, 'BAD_USER_INPUT'],
    ['an unsupported method', { method: 'DELETE', headers: {} }, 400, 'BAD_REQUEST'],
  ];
  for (const [what, init, status, code] of cases) {
    it(`answers ${what} with ${status} ${code}`, async () => {
      const raw = await send(init);
      expect({ status: raw.status, codes: errorCodes(raw) }).toEqual({ status, codes: [code] });
    });
  }
});

describe('text PostgreSQL or a validator cannot take', () => {
  const search = `query ($q: String) { products(filter: { search: $q }, first: 1) { totalCount } }`;
  for (const [what, value] of [
    ['a NUL character', 'miel\u0000'],
    ['a lone surrogate', 'miel\ud800'],
    ['an over-long string', 'm'.repeat(20_000)],
  ] as const) {
    it(`refuses ${what} in any string input with BAD_USER_INPUT naming the field`, async () => {
      const res = await t.query(search, { q: value });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'filter.search' }] });
    });
  }

  it('refuses them in mutation inputs too, and writes nothing', async () => {
    const before = (await t.query<{ products: { totalCount: number } }>(`{ products(first: 0) { totalCount } }`, {}, t.tokens.STAFF)).data!.products.totalCount;
    const res = await t.query(
      `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
      { input: { cooperativeId: coopId, category: 'HONEY', name: { fr: 'Miel\u0000' }, unit: 'KILOGRAM', priceCentimes: 500 } },
      t.tokens.STAFF,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.name.fr' }] });
    const after = (await t.query<{ products: { totalCount: number } }>(`{ products(first: 0) { totalCount } }`, {}, t.tokens.STAFF)).data!.products.totalCount;
    expect(after).toBe(before);
  });
});

describe('a body over the limit', () => {
  it('gets 413 and the connection is closed, so nothing waits on it', async () => {
    const { origin } = new URL(t.graph.url);
    const port = Number(new URL(origin).port);
    const answer = await new Promise<{ status: number; connection: string | undefined; closed: boolean }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        res.on('end', () => {
          const socket = res.socket;
          setTimeout(() => resolve({ status: res.statusCode!, connection: res.headers.connection, closed: socket?.destroyed ?? true }), 100);
        });
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_BODY_BYTES + chunk.length) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    }).catch((error: NodeJS.ErrnoException) => {
      // The server may close before the client finished writing: that is the closing we want.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') return { status: 413, connection: 'close', closed: true };
      throw error;
    });
    expect(answer).toEqual({ status: 413, connection: 'close', closed: true });
    // The gateway serves the next request at once.
    expect((await t.query(`{ regions { code } }`)).status).toBe(200);
  });
});

describe('fuzz: hostile requests through the gateway', () => {
  const hostileString = fc.oneof(
    fc.string({ maxLength: 50 }),
    fc.string({ unit: 'binary', maxLength: 50 }),
    fc.constantFrom("' OR 1=1 --", '"; DROP TABLE product; --', '<script>alert(1)</script>', '\u0000', '\ud800', '${7*7}', '../../etc/passwd', 'x'.repeat(5_000)),
  );
  const variableValue = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(hostileString, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), hostileString, { maxKeys: 3 }));
  const operations = [
    'query ($id: ID!) { cooperative(id: $id) { id name { fr } } }',
    'query ($q: String, $n: Int, $after: String) { products(filter: { search: $q }, first: $n, after: $after) { totalCount edges { node { id } } } }',
    'query ($code: String!) { verifyCertification(code: $code) { status } }',
    'query ($region: String!) { cooperatives(filter: { regions: [$region] }, first: 2) { totalCount } }',
    'mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }',
    'mutation ($id: ID!, $status: CooperativeStatus!) { setCooperativeStatus(input: { id: $id, status: $status }) { status } }',
  ];
  const fieldNames = fc.constantFrom('regions', 'cooperatives', 'products', 'cooperative', 'code', 'id', 'edges', 'node', '__typename', 'x', '__schema');
  const document = fc.oneof(
    hostileString,
    fc.constantFrom(...operations),
    fc.integer({ min: 1, max: 40 }).map((n) => `{ ${'regions { country { '.repeat(n)}code${' } }'.repeat(n)} }`),
    fc.integer({ min: 1, max: 400 }).map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: regions { code }`).join(' ')} }`),
    fc.array(fieldNames, { maxLength: 30 }).map((names) => `{ ${names.join(' { ')}${' }'.repeat(Math.max(0, names.length - 1))} }`),
  );
  const request = fc.oneof(
    fc.record({ kind: fc.constant('json' as const), query: document, variables: fc.dictionary(fc.constantFrom('id', 'q', 'n', 'after', 'code', 'region', 'input', 'status'), variableValue), operationName: fc.option(fc.string({ maxLength: 10 })) }),
    fc.record({ kind: fc.constant('raw' as const), body: fc.string({ maxLength: 200 }), contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '') }),
    fc.record({ kind: fc.constant('get' as const), query: document }),
  );

  it('answers thousands of them with well-formed GraphQL errors with codes, no 5xx, and stays up; rejected mutations write nothing', async () => {
    const count = async () => (await t.query<{ products: { totalCount: number } }>(`{ products(first: 0) { totalCount } }`, {}, t.tokens.STAFF)).data!.products.totalCount;
    const productsBefore = await count();
    const statuses = new Map<number, number>();
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(request, fc.boolean(), async (r, asStaff) => {
        const auth: Record<string, string> = asStaff ? { authorization: `Bearer ${t.tokens.STAFF}` } : {};
        const raw =
          r.kind === 'json'
            ? await send({ headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query: r.query, variables: r.variables, ...(r.operationName ? { operationName: r.operationName } : {}) }) })
            : r.kind === 'raw'
              ? await send({ headers: { ...(r.contentType ? { 'content-type': r.contentType } : {}), ...auth }, body: r.body })
              : await send({ method: 'GET', headers: { 'apollo-require-preflight': '1', ...auth }, search: `?query=${urlEncoded(r.query)}` });
        statuses.set(raw.status, (statuses.get(raw.status) ?? 0) + 1);
        expect(raw.status, raw.text).toBeLessThan(500);
        const body = JSON.parse(raw.text) as { data?: unknown; errors?: unknown[] };
        expect('data' in body || 'errors' in body, raw.text).toBe(true);
        if (body.errors) errorCodes(raw);
        if (raw.status >= 400) expect(body.errors?.length, raw.text).toBeGreaterThan(0);
      }),
      { numRuns: 2_000, interruptAfterTimeLimit: 60_000, seed: 20261126 },
    );
    expect(Date.now() - started).toBeLessThan(90_000);
    // A created product would be a mutation that got through with hostile input: only valid ones may write,
    // and the generated ones never are (no valid cooperative id in the variables).
    expect(await count()).toBe(productsBefore);
    expect((await fetch(new URL('/health', t.graph.url))).status).toBe(200);
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  });
});
