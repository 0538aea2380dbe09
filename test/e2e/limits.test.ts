import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '@cooplab/gateway/limits';
import { exampleOperations, startTestGraph, type TestGraph } from '../support/graph.js';

let t: TestGraph;

beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(async () => {
  await t?.stop();
});

/** SQL statements of all subgraphs so far: a refused operation must not add any. */
const sqlTotal = () => t.sqlCount('catalog') + t.sqlCount('learning');

const refusal = (res: { status: number; errors?: { extensions?: Record<string, unknown> }[] }) => ({
  status: res.status,
  code: res.errors?.[0]?.extensions?.code,
  limit: res.errors?.[0]?.extensions?.limit,
});

describe('operation limits, before any subgraph is called', () => {
  it('refuses 300 aliases of a 100-row page from an anonymous caller at once', async () => {
    // Spelt out, the flood is refused by the token limit; with a fragment it is short enough to meet the alias limit.
    const spelt = `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: cooperatives(first: 100) { edges { node { id name { fr } } } }`).join(' ')} }`;
    const compact = `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: cooperatives(first: 100) { ...page }`).join(' ')} } fragment page on CooperativeConnection { edges { node { id } } }`;
    const before = sqlTotal();
    for (const [flood, code, message] of [
      [spelt, 'GRAPHQL_PARSE_FAILED', /more th.t 5000 tokens/],
      [compact, 'GRAPHQL_VALIDATION_FAILED', /300 aliases; at most 30/],
    ] as const) {
      const started = performance.now();
      const res = await t.query(flood);
      const elapsed = performance.now() - started;
      expect(res.status).toBe(400);
      expect(res.errors![0]!.extensions!.code).toBe(code);
      expect(res.errors!.map((e) => e.message).join('\n')).toMatch(message);
      // Refused by the gateway alone, in milliseconds: the flood used to keep the graph busy for seconds.
      expect(elapsed).toBeLessThan(1_000);
    }
    expect(sqlTotal()).toBe(before);
  });

  it('refuses an operation whose estimated cost is too high, weighing each list by the page size asked', async () => {
    // Within the alias and root field limits: 20 pages of n cooperatives, each with a page of 10 of its products.
    const pages = `query ($n: Int) { ${Array.from({ length: 20 }, (_, i) => `a${i}: cooperatives(first: $n) { edges { node { id products(first: 10) { edges { node { name { fr } price { amount } } } } } } }`).join(' ')} }`;
    const small = await t.query(pages, { n: 2 });
    expect(small.errors).toBeUndefined();
    const before = sqlTotal();
    const res = await t.query(pages, { n: 100 });
    expect(refusal(res)).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
    // Per cooperative: its edge, its node and its products' connection (1), with 10 edges of 4 objects each (edge,
    // product, name, price); each page of cooperatives itself 1.
    expect(res.errors![0]!.extensions).toMatchObject({ max: DEFAULT_LIMITS.maxCost, found: 20 * (1 + 100 * (1 + 1 + 1 + 10 * 4)) });
    expect(res.errors![0]!.message).toMatch(/estimated to cost 86020; at most 50000/);
    expect(sqlTotal()).toBe(before);
  });

  it('refuses too many root fields, too many directives and too many tokens, each by name', async () => {
    const roots = `{ ${Array.from({ length: 21 }, (_, i) => `r${i}: regions { code }`).join(' ')} }`;
    expect(refusal(await t.query(roots))).toMatchObject({ status: 400, limit: 'rootFields' });
    const directives = `{ regions { ${Array.from({ length: 21 }, () => 'code @include(if: true)').join(' ')} } }`;
    expect(refusal(await t.query(directives))).toMatchObject({ status: 400, limit: 'directives' });
    const tokens = `{ regions { ${'code '.repeat(6_000)} } }`;
    const res = await t.query(tokens);
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors![0]!.message).toMatch(/more th.t 5000 tokens/);
  });

  it('refuses deep documents by name', async () => {
    const deep = `{ regions { ${'country { regions { '.repeat(6)}code${' } }'.repeat(6)} } }`;
    const res = await t.query(deep);
    expect(refusal(res)).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' });
  });

  it('lets every example operation through (they are what front ends ship)', async () => {
    for (const [file, operation] of Object.entries(await exampleOperations())) {
      const res = await t.query(operation, {}, t.tokens.STAFF);
      expect((res.errors ?? []).filter((e) => e.extensions?.limit), file).toEqual([]);
    }
  });

  it('serves introspection and field suggestions in development (NODE_ENV is not production here)', async () => {
    const res = await t.query(`{ __schema { queryType { name } } }`);
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await t.query(`{ regionz { code } }`)).errors![0]!.message).toMatch(/Did you mean/);
  });
});
