/**
 * `npm run bench`: the workload of workload.ts on the scale world (BENCH_FACTOR of it, 0.25 by default; 1 is the
 * full country), each service in its own process as deployed (processes.ts). For each operation, interleaved and
 * repeated (BENCH_ROUNDS rounds), a bounded number of requests (BENCH_REQUESTS) at a fixed concurrency
 * (BENCH_CONCURRENCY): throughput and p50/p99 through our gateway (its in-flight deduplication on, and off in a
 * second gateway process), through Hive Gateway (scripts/src/hive-gateway.ts: the same supergraph and subgraph processes, its
 * deduplication on and off), and straight to the subgraph where the operation touches one (the principal signed
 * as the gateway signs it); every response's data checked; the CPU
 * milliseconds per request of each process (utime + stime from /proc, PostgreSQL summed over its processes).
 * Then the latency of one request at a time (concurrency 1, BENCH_LATENCY_REQUESTS per round, fewer than the
 * throughput cells): p50/p99 through our gateway, through Hive Gateway and straight to the subgraph where there is
 * a floor, over the samples of every round — what "p50 under X ms" targets are read from.
 * Writes scripts/bench/results/scale.md and scale.json. Loopback only; every loop is bounded.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLogger, DEMO_PRINCIPALS, freePort, PRINCIPAL_HEADER, signPrincipal, startEmbeddedPostgres, type Role } from '@cooplab/kit';
import { CALLERS } from '@cooplab/kit/testing';
import { mintJwt } from '@cooplab/gateway/tokens';
import { randomSecret } from '../src/graph.js';
import { loadWorld } from '../src/load-world.js';
import { HIVE_GATEWAY_ENTRY, startGraphProcesses } from '../src/processes.js';
import { subgraphPackages } from '../src/subgraphs.js';
import { SUPERGRAPH_PATH } from '../src/supergraph.js';
import { operationText, WORKLOAD, type WorkloadOperation } from './workload.js';
import { postgresTicks, ticks, TICK_MS } from './cpu.js';

const DEFAULT_FACTOR = 0.25;
const FACTOR = Number(process.env.BENCH_FACTOR ?? DEFAULT_FACTOR);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
/** Requests one at a time per operation, target and round, for the latency table. */
const LATENCY_REQUESTS = Number(process.env.BENCH_LATENCY_REQUESTS ?? Math.max(10, Math.round(REQUESTS / 4)));
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const RESULTS = new URL('./results/', import.meta.url);


interface Target {
  name: string;
  url: string;
  /** The caller's headers for a cell of requests (a signed principal lives a minute: signed anew for each cell). */
  headers(role: Role): Promise<Record<string, string>>;
}

interface Cell {
  operation: string;
  target: string;
  round: number;
  concurrency: number;
  requests: number;
  seconds: number;
  throughput: number;
  p50: number;
  p99: number;
  /** CPU milliseconds per request by process. */
  cpu: Record<string, number>;
  wrong: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function send(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return response.json();
}

const log = createLogger({}, 'silent');
const dataDir = await mkdtemp(join(tmpdir(), 'cooplab-bench-scale-'));
const server = await startEmbeddedPostgres({ dataDir, persistent: false, port: port('EMBEDDED_POSTGRES_PORT', 0) || undefined, log });
const internalSecret = randomSecret();
const jwtSecret = randomSecret();
let stopGraph: (() => Promise<void>) | undefined;
try {
  const loaded = await loadWorld({ postgresUrl: server.url, databasePrefix: 'bench', size: 'scale', factor: FACTOR, log, report: (line) => console.log(line) });
  // Each subgraph on <NAME>_PORT when given, else on a free port.
  const subgraphPorts: Record<string, number> = {};
  for (const { folder } of subgraphPackages) subgraphPorts[folder] = port(`${folder.toUpperCase()}_PORT`, 0) || (await freePort());
  const graph = await startGraphProcesses({
    postgresUrl: server.url,
    databasePrefix: 'bench',
    seed: false,
    gatewayPort: port('GATEWAY_PORT', 4800),
    subgraphPort: (name) => subgraphPorts[name]!,
    internalSecret,
    env: { LOG_LEVEL: 'warn' },
    gatewayEnv: { JWT_SECRET: jwtSecret, SUPERGRAPH_PATH, RATE_LIMIT_POINTS: '0' },
    log,
  });
  stopGraph = graph.stop;
  // A second gateway without in-flight deduplication: what deduplication gives, and the gateway's cost without it.
  const plain = await graph.addGateway('gateway-nodedup', port('GATEWAY_NODEDUP_PORT', 4810), { GATEWAY_DEDUPLICATE: 'false' });
  // Hive Gateway, the peer, over the same supergraph and subgraph processes, its deduplication on and off.
  const hive = await graph.addGateway('hive', port('HIVE_PORT', 4811), {}, HIVE_GATEWAY_ENTRY);
  const hivePlain = await graph.addGateway('hive-nodedup', port('HIVE_NODEDUP_PORT', 4812), { HIVE_DEDUPLICATE: 'false' }, HIVE_GATEWAY_ENTRY);
  const postmaster = Number((await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const processes: Record<string, () => number> = {
    ...Object.fromEntries(graph.parts.map((p) => [p.name, () => ticks(p.child.pid!)])),
    postgres: () => postgresTicks(postmaster),
    bench: () => ticks(process.pid),
  };

  const jwts = new Map<Role, string>();
  for (const role of ['PARTNER', 'BUYER', 'STAFF', 'JURY', 'TRAINER', 'COOPERATIVE'] as const) {
    jwts.set(role, await mintJwt({ role, secret: jwtSecret, org: DEMO_PRINCIPALS.organizationId, buyer: role === 'BUYER' ? DEMO_PRINCIPALS.buyerId : undefined, coop: role === 'COOPERATIVE' ? DEMO_PRINCIPALS.cooperativeId : undefined, trainer: role === 'TRAINER' ? DEMO_PRINCIPALS.trainerId : undefined }));
  }
  const gateway: Target = { name: 'gateway', url: graph.url, headers: async (role): Promise<Record<string, string>> => (role === 'ANONYMOUS' ? {} : { authorization: `Bearer ${jwts.get(role)}` }) };
  const nodedup: Target = { ...gateway, name: 'gateway-nodedup', url: plain.url };
  const hiveOn: Target = { ...gateway, name: 'hive', url: hive.url };
  const hiveOff: Target = { ...gateway, name: 'hive-nodedup', url: hivePlain.url };
  const direct = (subgraph: string): Target => ({ name: 'direct', url: graph.subgraphs[subgraph]!.url, headers: async (role) => ({ [PRINCIPAL_HEADER]: await signPrincipal(CALLERS[role], internalSecret) }) });

  const runner = { query: async (q: string, v: Record<string, unknown>, role: Role) => send(gateway.url, await gateway.headers(role), q, v), sqlCount: () => 0 };
  for (const op of WORKLOAD) await op.prepare?.(runner);

  /** `requests` requests of `op` to `target`, `concurrency` at a time, each answer's data checked. */
  async function measure(op: WorkloadOperation, target: Target, round: number, requests = REQUESTS, concurrency = CONCURRENCY): Promise<Cell & { samples: number[] }> {
    const query = operationText(op);
    const first = op.listSizes?.[1] ?? 20;
    const headers = await target.headers(op.role);
    const samples: number[] = [];
    let wrong = 0;
    let next = 0;
    const worker = async () => {
      while (next < requests) {
        next++;
        const start = performance.now();
        const res = await send(target.url, headers, query, op.variables(first));
        samples.push(performance.now() - start);
        const problem = res.errors?.length ? JSON.stringify(res.errors).slice(0, 200) : op.check(res.data, first);
        if (problem) {
          if (wrong++ === 0) console.error(`${op.file} via ${target.name}: ${problem}`);
        }
      }
    };
    for (let i = 0; i < Math.max(3, concurrency); i++) await send(target.url, headers, query, op.variables(first)); // warm-up
    const before = Object.fromEntries(Object.entries(processes).map(([name, read]) => [name, read()]));
    const start = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - start) / 1000;
    const cpu = Object.fromEntries(Object.entries(processes).map(([name, read]) => [name, ((read() - before[name]!) * TICK_MS) / samples.length]));
    samples.sort((a, b) => a - b);
    return { operation: op.file, target: target.name, round, concurrency, requests: samples.length, seconds, throughput: samples.length / seconds, p50: percentile(samples, 50), p99: percentile(samples, 99), cpu, wrong, samples };
  }

  const cells: Cell[] = [];
  const latencyCells: Cell[] = [];
  /** The latency samples of every round, by operation and target. */
  const latencySamples = new Map<string, number[]>();
  for (let round = 1; round <= ROUNDS; round++) {
    for (const op of WORKLOAD) {
      // One request at a time first, on a quiet machine: through our gateway, Hive Gateway, and the floor.
      const alone = [gateway, hiveOn, ...(op.onlySubgraph ? [direct(op.onlySubgraph)] : [])];
      for (const target of alone.map((_, i) => alone[(i + round) % alone.length]!)) {
        const { samples, ...cell } = await measure(op, target, round, LATENCY_REQUESTS, 1);
        latencyCells.push(cell);
        const key = `${op.file} ${target.name}`;
        latencySamples.set(key, [...(latencySamples.get(key) ?? []), ...samples]);
        console.log(`round ${round} ${op.file.padEnd(30)} ${target.name.padEnd(8)} one at a time  p50 ${cell.p50.toFixed(1)} ms  p99 ${cell.p99.toFixed(1)} ms${cell.wrong ? `  ${cell.wrong} WRONG` : ''}`);
      }
      const targets = [gateway, nodedup, hiveOn, hiveOff, ...(op.onlySubgraph ? [direct(op.onlySubgraph)] : [])];
      // Interleaved: the order of the targets turns from one round to the next.
      for (const target of targets.map((_, i) => targets[(i + round) % targets.length]!)) {
        const { samples: _, ...cell } = await measure(op, target, round);
        cells.push(cell);
        console.log(`round ${round} ${op.file.padEnd(30)} ${target.name.padEnd(8)} ${cell.throughput.toFixed(0).padStart(5)} req/s  p50 ${cell.p50.toFixed(1)} ms  p99 ${cell.p99.toFixed(1)} ms${cell.wrong ? `  ${cell.wrong} WRONG` : ''}`);
      }
    }
  }

  // Per operation and target: the median over the rounds of each figure.
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const names = Object.keys(processes);
  const summary = WORKLOAD.map((op) => {
    const of = (target: string) => {
      const mine = cells.filter((c) => c.operation === op.file && c.target === target);
      if (!mine.length) return undefined;
      return {
        throughput: median(mine.map((c) => c.throughput)),
        p50: median(mine.map((c) => c.p50)),
        p99: median(mine.map((c) => c.p99)),
        cpu: Object.fromEntries(names.map((n) => [n, median(mine.map((c) => c.cpu[n]!))])),
        wrong: mine.reduce((s, c) => s + c.wrong, 0),
      };
    };
    const gw = of('gateway')!;
    const nd = of('gateway-nodedup')!;
    const hv = of('hive')!;
    const hn = of('hive-nodedup')!;
    const dr = of('direct');
    const ratio = (a: { throughput: number; p50: number }, b: { throughput: number; p50: number }) => ({ throughput: a.throughput / b.throughput, p50: a.p50 / b.p50 });
    return {
      operation: op.file,
      title: op.title,
      subgraph: op.onlySubgraph,
      gateway: gw,
      nodedup: nd,
      hive: hv,
      hiveNodedup: hn,
      direct: dr,
      ratios: { oursHive: ratio(gw, hv), oursHiveNodedup: ratio(nd, hn), dedupOnOff: ratio(gw, nd), ...(dr ? { gatewayDirect: ratio(gw, dr), nodedupDirect: ratio(nd, dr) } : {}) },
    };
  });

  // One at a time: p50 and p99 over the samples of every round (a median of per-round p99s would hide the tail).
  const latency = WORKLOAD.map((op) => {
    const of = (target: string) => {
      const samples = [...(latencySamples.get(`${op.file} ${target}`) ?? [])].sort((a, b) => a - b);
      return samples.length ? { requests: samples.length, p50: percentile(samples, 50), p99: percentile(samples, 99) } : undefined;
    };
    return { operation: op.file, title: op.title, subgraph: op.onlySubgraph, gateway: of('gateway')!, hive: of('hive')!, direct: of('direct') };
  });

  const f = (n: number | undefined, digits = 1) => (n === undefined ? '' : n.toFixed(digits));
  const cpuCols = names.filter((n) => n !== 'bench');
  const lines = [
    `# Scale benchmark (\`npm run bench\`)`,
    '',
    `Scale world ×${FACTOR} (${loaded.world.cooperatives.length.toLocaleString('en-US')} cooperatives, ${loaded.world.products.length.toLocaleString('en-US')} products, ${loaded.rows.toLocaleString('en-US')} rows loaded in ${loaded.loadSeconds.toFixed(0)} s), each service in its own process, Node.js ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    `${ROUNDS} interleaved rounds of ${REQUESTS} requests per operation and target at concurrency ${CONCURRENCY}; figures are the median over the rounds; every response's data checked (wrong: ${cells.reduce((s, c) => s + c.wrong, 0)}).`,
    `CPU: milliseconds per request of each process (utime + stime from /proc; PostgreSQL summed over its processes; 10 ms ticks). The load generator runs on the same 2 cores (its own CPU: column "bench").`,
    '',
    `| operation | via | req/s | p50 ms | p99 ms | ${cpuCols.map((n) => `CPU ${n}`).join(' | ')} | CPU bench | wrong |`,
    `|---|---|---|---|---|${cpuCols.map(() => '---|').join('')}---|---|`,
  ];
  for (const s of summary) {
    const rows = [['our gateway', s.gateway], ['our gateway, no deduplication', s.nodedup], ['Hive Gateway', s.hive], ['Hive Gateway, no deduplication', s.hiveNodedup], [`${s.subgraph} (direct)`, s.direct]] as const;
    for (const [i, [via, m]] of rows.entries()) {
      if (!m) continue;
      lines.push(`| ${i === 0 ? s.operation : ''} | ${via} | ${f(m.throughput, 0)} | ${f(m.p50)} | ${f(m.p99)} | ${cpuCols.map((n) => f(m.cpu[n], 2)).join(' | ')} | ${f(m.cpu.bench, 2)} | ${m.wrong} |`);
    }
  }
  lines.push(
    '',
    'Ratios (req/s, p50): ours over Hive Gateway (deduplication on in both, then off in both), our gateway over the subgraph straight (the floor), without deduplication over the floor, and our deduplication on over off.',
    '',
    '| operation | ours / Hive req/s | ours / Hive p50 | ours / Hive, no dedup, req/s | ours / Hive, no dedup, p50 | gateway / direct req/s | gateway / direct p50 | no-dedup / direct req/s | no-dedup / direct p50 | dedup on / off req/s | dedup on / off p50 |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const s of summary) {
    const r = s.ratios;
    lines.push(`| ${s.operation} | ${f(r.oursHive.throughput, 2)} | ${f(r.oursHive.p50, 2)} | ${f(r.oursHiveNodedup.throughput, 2)} | ${f(r.oursHiveNodedup.p50, 2)} | ${f(r.gatewayDirect?.throughput, 2)} | ${f(r.gatewayDirect?.p50, 2)} | ${f(r.nodedupDirect?.throughput, 2)} | ${f(r.nodedupDirect?.p50, 2)} | ${f(r.dedupOnOff.throughput, 2)} | ${f(r.dedupOnOff.p50, 2)} |`);
  }
  lines.push(
    '',
    `Latency, one request at a time (concurrency 1): ${LATENCY_REQUESTS} requests per operation, target and round, in each of the ${ROUNDS} rounds, before that round's throughput cells; p50 and p99 over all of them (wrong: ${latencyCells.reduce((s, c) => s + c.wrong, 0)}). Direct: straight to the subgraph, where the operation touches one (the floor).`,
    '',
    '| operation | our gateway p50 ms | our gateway p99 ms | Hive Gateway p50 ms | Hive Gateway p99 ms | direct p50 ms | direct p99 ms | ours / Hive p50 | ours / direct p50 |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const l of latency) {
    lines.push(`| ${l.operation} | ${f(l.gateway.p50)} | ${f(l.gateway.p99)} | ${f(l.hive.p50)} | ${f(l.hive.p99)} | ${f(l.direct?.p50)} | ${f(l.direct?.p99)} | ${f(l.gateway.p50 / l.hive.p50, 2)} | ${f(l.direct ? l.gateway.p50 / l.direct.p50 : undefined, 2)} |`);
  }
  const markdown = lines.join('\n') + '\n';
  console.log('\n' + markdown);
  // scale.md for the default factor; scale-x<factor>.md for another (the full country: scale-x1.md).
  const name = FACTOR === DEFAULT_FACTOR ? 'scale' : `scale-x${FACTOR}`;
  await writeFile(new URL(`${name}.md`, RESULTS), markdown);
  await writeFile(new URL(`${name}.json`, RESULTS), JSON.stringify({ factor: FACTOR, rounds: ROUNDS, requests: REQUESTS, concurrency: CONCURRENCY, node: process.version, rows: loaded.rows, summary, cells, latency: { requests: LATENCY_REQUESTS, summary: latency, cells: latencyCells } }, null, 2) + '\n');
  if ([...cells, ...latencyCells].some((c) => c.wrong)) process.exitCode = 1;
} finally {
  await stopGraph?.();
  await server.stop();
}
process.exit(process.exitCode ?? 0);
