/**
 * `npm run bench:networking`: the matching engine at country scale. Starts the graph with the demo data on a
 * throwaway embedded PostgreSQL, loads the networking slice of the scale world over it (50,000 network profiles;
 * BENCH_PROFILES scales the world down), then times suggestMatches for cooperatives picked across the registry:
 *   - through the gateway (a COOPERATIVE token for each one),
 *   - straight against the engine (SuggestionService on the subgraph's database),
 *   - the naive baseline: every open profile loaded and scored (a full scan), in the same run,
 * and prints median and p99 with the ratios. Only loopback traffic; every loop is bounded.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLogger, databaseUrl, openDatabase, startEmbeddedPostgres } from '@cooplab/kit';
import { postGraphQL } from '@cooplab/kit/testing';
import { mintJwt } from '@cooplab/gateway/tokens';
import { MatchKind, networkingSubgraph, SuggestionService } from '@cooplab/networking/bench';
import { SCALE_NETWORK_PROFILES, world } from '@cooplab/world';
import { randomSecret, startGraph } from '../src/graph.js';

const PROFILES = Number(process.env.BENCH_PROFILES ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const NAIVE_ROUNDS = Number(process.env.BENCH_NAIVE_ROUNDS ?? 20);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
async function timed(rounds: number, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(10, rounds); i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}
const fmt = (ms: number) => `${ms.toFixed(2)} ms`.padStart(10);

const log = createLogger({}, 'silent');
const server = await startEmbeddedPostgres({ dataDir: await mkdtemp(join(tmpdir(), 'cooplab-bench-net-')), persistent: false });
const jwtSecret = randomSecret();
const graph = await startGraph({ postgresUrl: server.url, databasePrefix: 'benchnet', seed: true, jwtSecret, internalSecret: randomSecret(), log });
const db = await openDatabase({ url: databaseUrl(server.url, 'benchnet_networking'), entities: networkingSubgraph.entities, migrations: networkingSubgraph.migrations, log });
try {
  const em = db.orm.em.fork();
  const scale = world('scale', { factor: Math.min(1, PROFILES / SCALE_NETWORK_PROFILES) });
  await networkingSubgraph.seed!({ em: db.orm.em.fork(), log, world: scale, mode: 'merge' });
  await em.getConnection().execute('analyze network_profile');
  // Cooperatives picked across the registry (by a hash of their id), open to meetings like those who ask.
  const ids = (await em.getConnection().execute<{ cooperative_id: string }[]>(
    `select cooperative_id from network_profile where open_to_meetings order by md5(cooperative_id::text) limit 50`,
  )).map((r) => r.cooperative_id);
  const total = (await em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from network_profile'))[0]!.n;
  console.log(`\nsuggestMatches(kind: COOPERATIVE, first: 10) on ${total} network profiles, for ${ids.length} cooperatives in turn`);

  const tokens = await Promise.all(ids.map((coop) => mintJwt({ role: 'COOPERATIVE', secret: jwtSecret, coop })));
  const query = `query ($id: ID!) { suggestMatches(cooperativeId: $id, kind: COOPERATIVE, first: 10) { rank score reasons cooperative { id } } }`;
  const viaGateway = await timed(ROUNDS, async (i) => {
    const res = await postGraphQL(graph.url, query, { id: ids[i % ids.length] }, { authorization: `Bearer ${tokens[i % ids.length]}` });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  });
  const engine = await timed(ROUNDS, (i) => new SuggestionService(db.orm.em.fork()).suggest(ids[i % ids.length]!, MatchKind.COOPERATIVE, 10));
  const naive = await timed(NAIVE_ROUNDS, (i) => new SuggestionService(db.orm.em.fork()).suggestByFullScan(ids[i % ids.length]!, 10));

  // How close the index-backed search comes to scoring everyone: shared partners in the top 10 (the search is exact).
  let shared = 0;
  for (const id of ids.slice(0, 10)) {
    const a = await new SuggestionService(db.orm.em.fork()).suggest(id, MatchKind.COOPERATIVE, 10);
    const b = await new SuggestionService(db.orm.em.fork()).suggestByFullScan(id, 10);
    const top = new Set(b.map((s) => s.partnerId));
    shared += a.filter((s) => top.has(s.partnerId)).length;
  }
  console.log(`   through the gateway:           p50 ${fmt(viaGateway.p50)}  p99 ${fmt(viaGateway.p99)}   (${ROUNDS} rounds; target p50 < 50 ms)`);
  console.log(`   engine (indexed strata):       p50 ${fmt(engine.p50)}  p99 ${fmt(engine.p99)}   (${ROUNDS} rounds)`);
  console.log(`   naive full scan (baseline):    p50 ${fmt(naive.p50)}  p99 ${fmt(naive.p99)}   (${NAIVE_ROUNDS} rounds)`);
  console.log(`   ratios p50: engine / naive ${(engine.p50 / naive.p50).toFixed(3)}, gateway / naive ${(viaGateway.p50 / naive.p50).toFixed(3)}, gateway / engine ${(viaGateway.p50 / engine.p50).toFixed(2)}`);
  console.log(`   top 10 shared with the full scan: ${shared} of 100\n`);
} finally {
  await db.orm.close();
  await graph.stop();
  await server.stop();
}
process.exit(0);
