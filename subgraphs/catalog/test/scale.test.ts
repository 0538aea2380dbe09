/**
 * The catalog at scale (a small country: the scale world at a fraction, analysed as the seed leaves it): every
 * filter and search the graph offers on cooperatives and products is served by an index — the EXPLAIN of every
 * statement the subgraph sends holds no sequential scan of a large table — and `totalCount` is exact up to
 * EXACT_COUNT_LIMIT, an estimate past it, and says which.
 */
import type { Connection } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLogger, EXACT_COUNT_LIMIT } from '@cooplab/kit';
import { CALLERS, startTestSubgraph, type TestSubgraph } from '@cooplab/kit/testing';
import { buildWorld } from '@cooplab/world';
import { catalogSubgraph } from '../src/subgraph.js';

/** The tables that grow with the country; the small ones (regions, countries, organisations) may be scanned. */
const LARGE = ['cooperative', 'product', 'organization_membership'];
const FACTOR = 0.5;

let t: TestSubgraph;
let statements: { sql: string; params: readonly unknown[] }[] = [];

beforeAll(async () => {
  t = await startTestSubgraph(catalogSubgraph, inject('postgresUrl'), { seed: true });
  const world = buildWorld('scale', { factor: FACTOR });
  await catalogSubgraph.seed!({ em: t.subgraph.db.orm.em.fork(), log: createLogger({}, 'silent'), world, mode: 'merge' });
  // Every statement the subgraph sends goes through its connection's `execute`: recorded here, to be explained.
  const connection = t.subgraph.db.orm.em.getConnection() as Connection & { execute: (...args: unknown[]) => Promise<unknown> };
  const execute = connection.execute.bind(connection);
  connection.execute = (sql: unknown, params: unknown = [], ...rest: unknown[]) => {
    if (typeof sql === 'string') statements.push({ sql, params: params as unknown[] });
    return execute(sql, params, ...rest);
  };
}, 240_000);
afterAll(async () => {
  await t?.stop();
});

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Plan Rows': number; Plans?: PlanNode[] };

/**
 * The sequential scans of large tables in a plan, but those that the count's limit stops early: under a Limit,
 * expected to match at least twice the limit (so to read at most half of the table before stopping) — the
 * bounded count of a broad filter, which the planner rightly reads in table order.
 */
function unboundedSeqScans(plan: PlanNode, limit: number | null = null): PlanNode[] {
  const here = plan['Node Type'] === 'Limit' ? plan['Plan Rows'] : limit;
  const own =
    plan['Node Type'] === 'Seq Scan' && LARGE.includes(plan['Relation Name'] ?? '') && !(here != null && plan['Plan Rows'] >= 2 * here) ? [plan] : [];
  return [...own, ...(plan.Plans ?? []).flatMap((child) => unboundedSeqScans(child, here))];
}

/** Runs a list query and returns the sequential scans of large tables in the plans of the statements it sent. */
async function seqScans(query: string, variables: Record<string, unknown>): Promise<string[]> {
  statements = [];
  const res = await t.query(query, variables, CALLERS.STAFF);
  expect(res.errors).toBeUndefined();
  const sent = statements.filter((s) => /^\s*select/i.test(s.sql));
  expect(sent.length).toBeGreaterThan(0);
  const found: string[] = [];
  const raw = t.subgraph.db.orm.em.getConnection();
  for (const { sql, params } of sent) {
    const [row] = await raw.execute<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(`explain (format json) ${sql}`, [...params]);
    for (const node of unboundedSeqScans(row!['QUERY PLAN'][0].Plan)) found.push(`${node['Relation Name']} (${node['Plan Rows']} rows) in: ${sql}`);
  }
  return found;
}

const COOPERATIVES = `query ($filter: CooperativeFilter, $orderBy: CooperativeOrder) {
  cooperatives(first: 20, filter: $filter, orderBy: $orderBy) { totalCount totalCountIsEstimate edges { node { id name { fr } region { code } products(first: 5) { totalCount edges { node { id } } } } } }
}`;
const PRODUCTS = `query ($filter: ProductFilter, $orderBy: ProductOrder) {
  products(first: 20, filter: $filter, orderBy: $orderBy) { totalCount totalCountIsEstimate edges { node { id name { fr } cooperative { id name { fr } } } } }
}`;

const COOPERATIVE_FILTERS: Record<string, unknown>[] = [
  {},
  { search: 'argan' },
  { search: 'zzqx' },
  { regions: ['MA-09'] },
  { countries: ['SN'] },
  { sectors: ['BEEKEEPING'] },
  { statuses: ['DISSOLVED'] },
  { womenOnly: true },
  { youthLed: true },
  { regions: ['MA-01'], sectors: ['ARGAN'], womenOnly: true },
];
const PRODUCT_FILTERS: Record<string, unknown>[] = [
  {},
  { search: 'huile' },
  { search: 'zzqx' },
  { categories: ['SAFFRON'] },
  { regions: ['MA-09'] },
  { labels: ['AOP'] },
  { regions: ['MA-09'], labels: ['IGP'] },
  { minPriceCentimes: 100_000 },
  { published: false },
];

describe('every filter at scale is served by an index', () => {
  it.each(COOPERATIVE_FILTERS.flatMap((filter) => ['NAME', 'NEWEST'].map((orderBy) => [JSON.stringify(filter), orderBy, filter] as const)))(
    'cooperatives %s by %s',
    async (_, orderBy, filter) => {
      expect(await seqScans(COOPERATIVES, { filter, orderBy })).toEqual([]);
    },
  );
  it.each(PRODUCT_FILTERS.flatMap((filter) => ['NAME', 'PRICE_ASC'].map((orderBy) => [JSON.stringify(filter), orderBy, filter] as const)))(
    'products %s by %s',
    async (_, orderBy, filter) => {
      expect(await seqScans(PRODUCTS, { filter, orderBy })).toEqual([]);
    },
  );
});

describe('totalCount at scale', () => {
  const count = async (sql: string) => Number((await t.subgraph.db.orm.em.getConnection().execute<{ n: string }[]>(sql))[0]!.n);

  it('is exact up to the limit, and says so', async () => {
    const res = await t.query<{ cooperatives: { totalCount: number; totalCountIsEstimate: boolean } }>(COOPERATIVES, { filter: { regions: ['MA-09'] } });
    const exact = await count(`select count(*) as n from cooperative where region_code = 'MA-09'`);
    expect(exact).toBeLessThanOrEqual(EXACT_COUNT_LIMIT);
    expect(res.data!.cooperatives).toEqual({ ...res.data!.cooperatives, totalCount: exact, totalCountIsEstimate: false });
  });

  it('is an estimate past the limit, flagged, above the limit and near the truth', async () => {
    const res = await t.query<{ products: { totalCount: number; totalCountIsEstimate: boolean } }>(PRODUCTS, {});
    const exact = await count('select count(*) as n from product where published');
    expect(exact).toBeGreaterThan(EXACT_COUNT_LIMIT);
    const { totalCount, totalCountIsEstimate } = res.data!.products;
    expect(totalCountIsEstimate).toBe(true);
    expect(totalCount).toBeGreaterThan(EXACT_COUNT_LIMIT);
    expect(Math.abs(totalCount - exact) / exact).toBeLessThan(0.1);
  });
});
