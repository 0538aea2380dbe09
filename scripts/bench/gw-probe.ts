// Development probe (not part of the suite): our gateway vs Hive on one operation, demo data, closed loop.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, DEMO_PRINCIPALS, startEmbeddedPostgres } from '@cooplab/kit';
import { mintJwt } from '@cooplab/gateway/tokens';
import { randomSecret } from '../src/graph.js';
import { startGraphProcesses } from '../src/processes.js';
import { SUPERGRAPH_PATH } from '../src/supergraph.js';
import { operationText, WORKLOAD } from './workload.js';

const op = WORKLOAD.find((o) => o.file === (process.argv[2] ?? 'impact-by-region'))!;
const N = Number(process.env.N ?? 1000), C = Number(process.env.C ?? 8);
const log = createLogger({}, 'silent');
const server = await startEmbeddedPostgres({ dataDir: await mkdtemp(join(tmpdir(), 'cooplab-probe-')), persistent: false, port: 4860, log });
const jwtSecret = randomSecret();
const graph = await startGraphProcesses({ postgresUrl: server.url, databasePrefix: 'probe', seed: true, gatewayPort: 4861, subgraphPort: (name) => ({ catalog: 4863, learning: 4864, networking: 4865, awards: 4866 } as Record<string, number>)[name]!, internalSecret: randomSecret(), env: { LOG_LEVEL: 'warn' }, gatewayEnv: { JWT_SECRET: jwtSecret, SUPERGRAPH_PATH, RATE_LIMIT_POINTS: '0', ...(process.env.GW_PROF ? { NODE_OPTIONS: '--cpu-prof --cpu-prof-dir=/tmp/prof/gw' } : {}) }, log });
const hive = await graph.addGateway('hive', 4862, {}, fileURLToPath(new URL('./hive-gateway.ts', import.meta.url)));
const jwt = await mintJwt({ role: op.role as never, secret: jwtSecret, org: DEMO_PRINCIPALS.organizationId });
const headers = { 'content-type': 'application/json', ...(op.role === 'ANONYMOUS' ? {} : { authorization: `Bearer ${jwt}` }) };
const query = operationText(op);
async function run(url: string) {
  let next = 0; const t0 = performance.now(); const lat: number[] = [];
  await Promise.all(Array.from({ length: C }, async () => { while (next++ < N) { const s = performance.now(); const r = await (await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables: op.variables(20) }) })).json() as any; lat.push(performance.now() - s); if (r.errors || op.check(r.data, 20)) throw new Error(JSON.stringify(r.errors ?? op.check(r.data, 20))); } }));
  lat.sort((a, b) => a - b);
  return `${(N / ((performance.now() - t0) / 1000)).toFixed(0)} req/s p50 ${lat[lat.length >> 1]!.toFixed(1)}`;
}
for (let r = 0; r < 3; r++) console.log(`ours ${await run(graph.url)}   hive ${await run(hive.url)}`);
await graph.stop(); await server.stop(); process.exit(0);
