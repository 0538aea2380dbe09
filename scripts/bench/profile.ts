/**
 * `npm run bench:profile -- <operation file> <subgraph> [requests]`: one subgraph in this process on a throwaway
 * embedded PostgreSQL (the demo world, or the scale world at BENCH_FACTOR), and a bounded loop of one operation
 * sent straight to it (loopback, signed as the gateway would). Prints the CPU milliseconds per request of this
 * process (subgraph and client together; the client's share is a fetch) and the wall time. Run it under
 * `node --cpu-prof` (NODE_OPTIONS) to see where the time goes.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLogger, ensureDatabase, PRINCIPAL_HEADER, signPrincipal, startEmbeddedPostgres, startSubgraph } from '@cooplab/kit';
import { postGraphQL, CALLERS } from '@cooplab/kit/testing';
import { buildWorld } from '@cooplab/world';
import { randomSecret } from '../src/graph.js';
import { subgraphNamed } from '../src/subgraphs.js';

const [file, name, count] = process.argv.slice(2);
if (!file || !name) throw new Error('usage: profile.ts <schema/operations/x.graphql> <subgraph> [requests]');
const requests = Number(count ?? 2000);
const query = await readFile(file, 'utf8');
const log = createLogger({}, 'silent');
const server = await startEmbeddedPostgres({ dataDir: await mkdtemp(join(tmpdir(), 'cooplab-profile-')), persistent: false, port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 0) || undefined });
try {
  const def = subgraphNamed(name);
  const internalSecret = randomSecret();
  const running = await startSubgraph(def, { databaseUrl: await ensureDatabase(server.url, `profile_${name}`), port: 0, internalSecret, seed: true, log });
  const factor = Number(process.env.BENCH_FACTOR ?? 0);
  if (factor > 0) await def.seed!({ em: running.db.orm.em.fork(), log, world: buildWorld('scale', { factor }), mode: 'merge' });
  const token = await signPrincipal(CALLERS.ANONYMOUS, internalSecret);
  const send = async () => {
    const res = await postGraphQL(running.url, query, {}, { [PRINCIPAL_HEADER]: token });
    if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  };
  for (let i = 0; i < 200; i++) await send();
  const before = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < requests; i++) await send();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(before);
  console.log(`${file} → ${name}: ${requests} requests, ${((cpu.user + cpu.system) / 1000 / requests).toFixed(2)} ms CPU per request (user ${(cpu.user / 1000 / requests).toFixed(2)}), ${(wall / requests).toFixed(2)} ms wall`);
  await running.stop();
} finally {
  await server.stop();
}
