/**
 * `npm run bench -- --short`: the workload of workload.ts once per list size on the demo world, its data checked
 * and its SQL statements counted; exits 1 on wrong data or an SQL count that grows with the list (never on a
 * time). The suite runs the same check (test/e2e/bench-short.test.ts).
 *
 * `npm run bench`: the scale benchmark (scale.ts). `npm run bench -- --micro`: starts the graph with the demo data on a throwaway embedded PostgreSQL and prints, for
 * each case, figures and a ratio against a baseline measured in the same run. Only loopback traffic; every
 * loop is bounded.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createLogger, databaseUrl, DEMO_PRINCIPALS, PRINCIPAL_HEADER, signPrincipal, stableId, startEmbeddedPostgres } from '@cooplab/kit';
import { postGraphQL } from '@cooplab/kit/testing';
import { mintJwt } from '@cooplab/gateway/tokens';
import { createAuthenticator } from '@cooplab/gateway/auth';
import { startGateway } from '@cooplab/gateway/gateway';
import { readFile } from 'node:fs/promises';
import { SUPERGRAPH_PATH } from '../src/supergraph.js';
import { randomSecret, startGraph } from '../src/graph.js';

import { runShort } from './workload.js';

// Without a flag: the workload on the scale world, each service in its own process (scale.ts). `--micro`: the
// sections below (batching, gateway overhead in one process, text search, orders, operation limits).
if (!process.argv.includes('--short') && !process.argv.includes('--micro')) {
  await import('./scale.js');
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed(rounds: number, run: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(20, rounds); i++) await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

const log = createLogger({}, 'silent');
const server = await startEmbeddedPostgres({ dataDir: await mkdtemp(join(tmpdir(), 'cooplab-bench-')), persistent: false });
const internalSecret = randomSecret();
const jwtSecret = randomSecret();
const graph = await startGraph({ postgresUrl: server.url, databasePrefix: 'bench', seed: true, jwtSecret, internalSecret, log });
if (process.argv.includes('--short')) {
  let failed = false;
  try {
    const tokens = new Map<string, string>();
    const results = await runShort({
      async query(query, variables, role) {
        if (role !== 'ANONYMOUS' && !tokens.has(role)) tokens.set(role, await mintJwt({ role, secret: jwtSecret, org: stableId('organization', 'odco'), buyer: role === 'BUYER' ? DEMO_PRINCIPALS.buyerId : undefined }));
        return postGraphQL(graph.url, query, variables, role === 'ANONYMOUS' ? {} : { authorization: `Bearer ${tokens.get(role)}` });
      },
      sqlCount: () => Object.values(graph.subgraphs).reduce((sum, s) => sum + s.db.queries.count, 0),
    });
    console.log('\n| operation | SQL statements by list size | problems |\n|---|---|---|');
    for (const r of results) {
      console.log(`| ${r.file} | ${Object.entries(r.sql).map(([n, c]) => `${n}: ${c}`).join(', ')} | ${r.problems.join('; ') || 'none'} |`);
      failed ||= r.problems.length > 0;
    }
  } finally {
    await graph.stop();
    await server.stop();
  }
  process.exit(failed ? 1 : 0);
}
try {
  const catalog = graph.subgraphs.catalog!;
  const catalogDatabaseUrl = databaseUrl(server.url, 'bench_catalog');
  const list = `query ($n: Int) { cooperatives(first: $n) { edges { node { name { fr } region { name { fr } } country { code } products(first: 5) { edges { node { name { fr } price { amount } } } } networks { acronym } } } } }`;

  console.log(`\n1. Batching: SQL statements per request of cooperatives(first: n) with region, country, products, networks`);
  const statements: Record<number, number> = {};
  for (const n of [10, 50, 100]) {
    const before = catalog.db.queries.count;
    const res = await postGraphQL(graph.url, list, { n });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    statements[n] = catalog.db.queries.count - before;
  }
  const naive = (n: number) => 1 + n * 4; // one query per row for each reference and child list
  for (const n of [10, 50, 100]) {
    console.log(`   n=${String(n).padStart(3)}: ${statements[n]} statements (ratio to n=10: ${(statements[n]! / statements[10]!).toFixed(2)}; one query per reference and list would make ${naive(n)})`);
  }

  console.log(`\n1b. Across subgraphs: SQL statements in learning for cooperatives(first: n) with enrolments, coaching totals, latest assessment and priority needs (staff)`);
  const staff = await mintJwt({ role: 'STAFF', secret: jwtSecret });
  const learning = graph.subgraphs.learning!;
  const journeys = `query ($n: Int) { cooperatives(first: $n) { edges { node { name { fr } enrollments { status cohort { name } } coachingTotals { sessions minutes } latestAssessment { assessedOn } priorityNeeds } } } }`;
  const learningStatements: Record<number, number> = {};
  for (const n of [10, 50, 100]) {
    const before = learning.db.queries.count;
    const res = await postGraphQL(graph.url, journeys, { n }, { authorization: `Bearer ${staff}` });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    learningStatements[n] = learning.db.queries.count - before;
    console.log(`   n=${String(n).padStart(3)}: ${learningStatements[n]} statements in learning (ratio to n=10: ${(learningStatements[n]! / learningStatements[10]!).toFixed(2)})`);
  }

  console.log(`\n2. Gateway overhead: the same query (n=20) straight to the catalog subgraph vs through the gateway, ${ROUNDS} rounds each`);
  const token = await signPrincipal({ role: 'ANONYMOUS' }, internalSecret);
  const direct = await timed(ROUNDS, () => postGraphQL(catalog.url, list, { n: 20 }, { [PRINCIPAL_HEADER]: token }));
  const viaGateway = await timed(ROUNDS, () => postGraphQL(graph.url, list, { n: 20 }));
  console.log(`   subgraph (baseline): p50 ${fmt(direct.p50)}  p95 ${fmt(direct.p95)}`);
  console.log(`   gateway:             p50 ${fmt(viaGateway.p50)}  p95 ${fmt(viaGateway.p95)}  (ratio p50 ${(viaGateway.p50 / direct.p50).toFixed(2)})`);

  const EXTRA = 100_000;
  console.log(`\n3. Text search: trigram index vs sequential scan, on the demo registry plus ${EXTRA} generated cooperatives (EXPLAIN ANALYZE, best of 20)`);
  const client = new pg.Client({ connectionString: catalogDatabaseUrl });
  await client.connect();
  await client.query(
    `insert into cooperative (id, registry_number, name_fr, search_text, sector, activity, country_code, region_code, founded_on, members_total, members_women, members_youth, status)
     select gen_random_uuid(), 'BENCH-' || g, 'Bench ' || g, 'cooperative ' || md5(g::text), 'AGRICULTURE', 'bench', 'MA', 'MA-01', '2020-01-01', 10, 5, 5, 'ACTIVE'
       from generate_series(1, $1::int) g`,
    [EXTRA],
  );
  await client.query('analyze cooperative');
  const searchSql = `select id from cooperative where search_text like '%argan%'`;
  const best = async () => {
    let time = Infinity;
    for (let i = 0; i < 20; i++) {
      const { rows } = await client.query<{ 'QUERY PLAN': { 'Execution Time': number }[] }>(`explain (analyze, format json) ${searchSql}`);
      time = Math.min(time, rows[0]!['QUERY PLAN'][0]!['Execution Time']);
    }
    return time;
  };
  await client.query('set enable_bitmapscan = off; set enable_indexscan = off');
  const seq = await best();
  await client.query('set enable_bitmapscan = on; set enable_indexscan = on');
  const indexed = await best();
  await client.end();
  console.log(`   sequential scan (baseline): ${fmt(seq)}   with the trigram index: ${fmt(indexed)}   ratio ${(indexed / seq).toFixed(2)}`);

  console.log(`\n4. Marketplace through the gateway: placeOrder (BUYER), each order reserving stock under a row lock`);
  const buyer = await mintJwt({ role: 'BUYER', secret: jwtSecret, buyer: DEMO_PRINCIPALS.buyerId });
  const as = (jwt: string) => ({ authorization: `Bearer ${jwt}` });
  const call = async <T>(query: string, variables: Record<string, unknown>, jwt?: string) => {
    const res = await postGraphQL<T>(graph.url, query, variables, jwt ? as(jwt) : {});
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  // Ten products on sale in Rabat-Salé-Kénitra (the demo buyer's region), stocked up for the run, and a partner for them.
  const shelf = await call<{ products: { edges: { node: { id: string } }[] } }>(`{ products(filter: { regions: ["MA-04"] }, first: 10) { edges { node { id } } } }`, {});
  const productIds = shelf.products.edges.map((e) => e.node.id);
  for (const productId of productIds) await call(`mutation ($input: AdjustProductStockInput!) { adjustProductStock(input: $input) { stock } }`, { input: { productId, change: 100_000 } }, staff);
  const quote = await call<{ deliveryQuote: { parts: { options: { partner: { id: string } }[] }[] } }>(
    `query ($input: DeliveryQuoteInput!) { deliveryQuote(input: $input) { parts { options { partner { id } } } } }`,
    { input: { deliveryRegionCode: 'MA-04', lines: [{ productId: productIds[0], quantity: 1 }] } },
  );
  const partnerId = quote.deliveryQuote.parts[0]!.options[0]!.partner.id;
  let key = 0;
  const order = (productId: string) =>
    call(`mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`, {
      input: { idempotencyKey: `bench-${process.pid}-${++key}`, lines: [{ productId, quantity: 1 }], deliveryAddress: '1 avenue Mohammed V, Rabat', deliveryRegionCode: 'MA-04', deliveryPartnerId: partnerId },
    }, buyer);
  const one = await timed(ROUNDS, () => order(productIds[0]!));
  console.log(`   one at a time (baseline): p50 ${fmt(one.p50)}  p95 ${fmt(one.p95)}`);
  const sameKey = await timed(ROUNDS, () =>
    call(`mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`, {
      input: { idempotencyKey: `bench-${process.pid}-retry`, lines: [{ productId: productIds[1], quantity: 1 }], deliveryAddress: '1 avenue Mohammed V, Rabat', deliveryRegionCode: 'MA-04', deliveryPartnerId: partnerId },
    }, buyer),
  );
  console.log(`   a retry of the same key (answered from the order placed): p50 ${fmt(sameKey.p50)}  (ratio p50 ${(sameKey.p50 / one.p50).toFixed(2)})`);
  const burst = async (pick: (i: number) => string) => {
    const start = performance.now();
    for (let round = 0; round < Math.max(1, Math.floor(ROUNDS / 10)); round++) await Promise.all(Array.from({ length: 10 }, (_, i) => order(pick(i))));
    return (performance.now() - start) / (Math.max(1, Math.floor(ROUNDS / 10)) * 10);
  };
  const spread = await burst((i) => productIds[i % productIds.length]!);
  const contended = await burst(() => productIds[0]!);
  console.log(`   10 at a time on 10 products: ${fmt(spread)} per order   on one product (its row lock serialises them): ${fmt(contended)} per order  (ratio ${(contended / spread).toFixed(2)})`);
  const queue = `query ($n: Int) { orders(first: $n) { edges { node { total { amount } buyer { name } cooperative { name { fr } } deliveryPartner { acronym } deliveryRegion { code } lines { quantity product { name { fr } } } } } } }`;
  const orderStatements: Record<number, number> = {};
  for (const n of [10, 50, 100]) {
    const before = catalog.db.queries.count;
    await call(queue, { n }, staff);
    orderStatements[n] = catalog.db.queries.count - before;
    console.log(`   orders(first: ${n}) with buyer, cooperative, partner, region, lines and products: ${orderStatements[n]} statements (ratio to n=10: ${(orderStatements[n]! / orderStatements[10]!).toFixed(2)})`);
  }

  console.log(`\n5. Operation limits: 300 aliases of cooperatives(first: 100), anonymous, refused by the gateway vs served by a gateway without limits (baseline)`);
  const flood = `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: cooperatives(first: 100) { ...page }`).join(' ')} } fragment page on CooperativeConnection { edges { node { id } } }`;
  const unlimited = await startGateway({
    supergraphSdl: await readFile(SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls: Object.fromEntries(Object.entries(graph.subgraphs).map(([name, s]) => [name, s.url])),
    authenticate: createAuthenticator({}),
    internalSecret,
    port: 0,
    host: '127.0.0.1',
    log,
    subgraphTimeoutMs: 120_000,
    limits: { maxAliases: 1_000_000, maxCost: 1e12, maxRootFields: 1_000_000, maxTokens: 1_000_000 },
  });
  try {
    const refused = await timed(50, async () => {
      const res = await postGraphQL(graph.url, flood);
      if (res.status !== 400) throw new Error(`the flood was not refused: ${res.status}`);
    });
    const served = await timed(2, async () => {
      const res = await postGraphQL(unlimited.url, flood);
      if (res.errors) throw new Error(JSON.stringify(res.errors).slice(0, 300));
    });
    console.log(`   served without limits (baseline): p50 ${fmt(served.p50)}   refused: p50 ${fmt(refused.p50)} p95 ${fmt(refused.p95)}   ratio ${(refused.p50 / served.p50).toFixed(4)}`);
  } finally {
    await unlimited.stop();
  }
  console.log('');
} finally {
  await graph.stop();
  await server.stop();
}
process.exit(0);
