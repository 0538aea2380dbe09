/**
 * `npm run bench:profile -- <operation file> <subgraph> [requests]`: one subgraph in this process on a throwaway
 * embedded PostgreSQL (the demo world, or the scale world at BENCH_FACTOR), and a bounded loop of one operation
 * sent straight to it (loopback, signed as the gateway would). Prints the CPU milliseconds per request of this
 * process (subgraph and client together; the client's share is a fetch), PostgreSQL's CPU milliseconds per request and the wall time. With
 * `PROFILE_OUT=<file.cpuprofile>`, the measured loop alone (not the start-up and seed) is profiled with the
 * inspector: the file opens in Chrome DevTools, and the top self-time frames and packages are printed.
 * An operation of the benchmark's workload (workload.ts) runs as its role, with its variables and its preparation
 * (placing an order: a buyer, products stocked up), each answer checked. Prints the SQL statements per request;
 * `PROFILE_SQL=true` lists those of the last request with their milliseconds.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { Session, type Profiler } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLogger, ensureDatabase, PRINCIPAL_HEADER, signPrincipal, startEmbeddedPostgres, startSubgraph } from '@cooplab/kit';
import { postGraphQL, CALLERS } from '@cooplab/kit/testing';
import { buildWorld } from '@cooplab/world';
import { randomSecret } from '../src/graph.js';
import { subgraphNamed } from '../src/subgraphs.js';
import { WORKLOAD } from './workload.js';
import { postgresTicks, TICK_MS } from './cpu.js';
import type { Logger, Role } from '@cooplab/kit';

const [file, name, count] = process.argv.slice(2);
if (!file || !name) throw new Error('usage: profile.ts <schema/operations/x.graphql> <subgraph> [requests]');
const requests = Number(count ?? 2000);
const query = await readFile(file, 'utf8');
const op = WORKLOAD.find((o) => file.endsWith(`${o.file}.graphql`));
// The statements of one request, when asked: the ORM logs each with its time when LOG_SQL is set.
const listSql = process.env.PROFILE_SQL === 'true';
if (listSql) process.env.LOG_SQL = 'true';
let statements: { query: string; took: number }[] | undefined;
const silent = createLogger({}, 'silent');
const log: Logger = {
  ...silent,
  info: (msg, fields) => void (msg === 'sql' && statements?.push({ query: String(fields?.query), took: Number(fields?.took) })),
  child: () => log,
};
const dataDir = await mkdtemp(join(tmpdir(), 'cooplab-profile-'));
const server = await startEmbeddedPostgres({ dataDir, persistent: false, port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 0) || undefined });
try {
  const def = subgraphNamed(name);
  const internalSecret = randomSecret();
  const running = await startSubgraph(def, { databaseUrl: await ensureDatabase(server.url, `profile_${name}`), port: 0, internalSecret, seed: true, log });
  const factor = Number(process.env.BENCH_FACTOR ?? 0);
  if (factor > 0) await def.seed!({ em: running.db.orm.em.fork(), log, world: buildWorld('scale', { factor }), mode: 'merge' });
  // A signed principal lives a minute: signed anew every 30 seconds.
  const tokens = new Map<Role, { token: string; at: number }>();
  const as = async (role: Role) => {
    let held = tokens.get(role);
    if (!held || performance.now() - held.at > 30_000) tokens.set(role, (held = { token: await signPrincipal(CALLERS[role], internalSecret), at: performance.now() }));
    return { [PRINCIPAL_HEADER]: held.token };
  };
  const runner = {
    query: async (q: string, variables: Record<string, unknown>, role: Role) => postGraphQL(running.url, q, variables, await as(role)),
    sqlCount: () => running.db.queries.count,
  };
  await op?.prepare?.(runner);
  const role = op?.role ?? 'ANONYMOUS';
  const first = op?.listSizes?.[1] ?? 20;
  const send = async () => {
    const res = await runner.query(query, op?.variables(first) ?? {}, role);
    const problem = res.errors?.length || !res.data ? JSON.stringify(res.errors) : op?.check(res.data, first);
    if (problem) throw new Error(problem);
  };
  for (let i = 0; i < 200; i++) await send();
  const profileOut = process.env.PROFILE_OUT;
  const session = profileOut ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const postmaster = Number((await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const postgresBefore = postgresTicks(postmaster);
  const before = process.cpuUsage();
  const sqlBefore = running.db.queries.count;
  const start = performance.now();
  for (let i = 0; i < requests; i++) await send();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(before);
  const postgresCpu = ((postgresTicks(postmaster) - postgresBefore) * TICK_MS) / requests;
  const sqlPerRequest = (running.db.queries.count - sqlBefore) / requests;
  if (session && profileOut) {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(profileOut, JSON.stringify(profile));
    session.disconnect();
    printTopFrames(profile);
  }
  console.log(`${file} → ${name}: ${requests} requests, ${((cpu.user + cpu.system) / 1000 / requests).toFixed(2)} ms CPU per request (user ${(cpu.user / 1000 / requests).toFixed(2)}), ${(wall / requests).toFixed(2)} ms wall, ${sqlPerRequest.toFixed(1)} SQL statements, PostgreSQL ${postgresCpu.toFixed(2)} ms CPU per request`);
  if (listSql) {
    statements = [];
    await send();
    console.log(`SQL statements of one request (ms as the driver saw them):\n${statements.map((s) => `  ${s.took.toFixed(1).padStart(5)}  ${s.query.replace(/\s+/g, " ").slice(0, Number(process.env.PROFILE_SQL_WIDTH ?? 220))}`).join('\n')}`);
  }
  await running.stop();
} finally {
  await server.stop();
}

/** Self time by frame and by package (node_modules folder, or the project's own code), busy time only. */
function printTopFrames(profile: Profiler.Profile): void {
  const ticks = new Map<number, number>();
  profile.samples?.forEach((id, i) => ticks.set(id, (ticks.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
  const frames = new Map<string, number>();
  const packages = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const time = ticks.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)' || !time) continue;
    busy += time;
    const modules = url.split('node_modules/');
    const inModules = modules.length > 1 ? modules.at(-1)!.split('/') : undefined;
    const pkg = inModules ? inModules.slice(0, inModules[0]!.startsWith('@') ? 2 : 1).join('/') : url.startsWith('node:') ? 'node' : url ? 'cooplab' : functionName;
    const frame = `${functionName || '(anonymous)'} ${url.split('/').at(-1) ?? ''}:${lineNumber + 1}`;
    frames.set(frame, (frames.get(frame) ?? 0) + time);
    packages.set(pkg, (packages.get(pkg) ?? 0) + time);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}`).join('\n');
  console.log(`top self-time frames (share of busy time):\n${top(frames, 15)}\nby package:\n${top(packages, 12)}`);
}
