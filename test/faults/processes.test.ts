/**
 * Faults in the deployed shape: each subgraph a Node process of its own, as in production, the gateway in
 * front, load running while a subgraph is frozen (SIGSTOP), killed (SIGKILL) and while PostgreSQL restarts.
 * Short by default (the suite); `npm run faults` holds each phase longer (FAULT_PHASE_MS).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, ensureDatabase, freePort, startEmbeddedPostgres, type EmbeddedServer, type RunningHttpService } from '@cooplab/kit';
import { createAuthenticator } from '@cooplab/gateway/auth';
import { startGateway } from '@cooplab/gateway/gateway';
import { supergraphSubgraphs } from '@cooplab/gateway/config';
import { randomSecret } from '@cooplab/scripts/graph';
import { SUPERGRAPH_PATH } from '@cooplab/scripts/supergraph';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PHASE_MS = Number(process.env.FAULT_PHASE_MS ?? 1_500);
const TIMEOUT_MS = 1_000;
const internalSecret = randomSecret();

let postgres: EmbeddedServer;
let pgDir: string;
let pgPort: number;
const services: Record<string, { process: ChildProcess; port: number; databaseUrl: string }> = {};
let gateway: RunningHttpService;

/** Starts a subgraph as `node --import tsx src/index.ts`, one process (so that signals reach the service itself). */
async function startService(name: string, port: number, databaseUrl: string, seed: boolean): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', `subgraphs/${name}/src/index.ts`], {
    cwd: ROOT,
    env: {
      ...process.env,
      TSX_TSCONFIG_PATH: 'tsconfig.base.json',
      [`${name.toUpperCase()}_PORT`]: String(port),
      [`${name.toUpperCase()}_DATABASE_URL`]: databaseUrl,
      INTERNAL_AUTH_SECRET: internalSecret,
      SEED_DEMO_DATA: String(seed),
      LOG_LEVEL: 'error',
      NODE_ENV: 'test',
    },
    // Errors are expected here (the database goes away): kept, and shown only if the service fails to start.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  services[name] = { process: child, port, databaseUrl };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: ${stderr}`);
    const ready = await fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.ok, () => false);
    if (ready) return;
    await sleep(200);
  }
  throw new Error(`${name} did not become ready: ${stderr}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const QUERY = `{ countries { code cooperativeFigures { cooperatives } learningFigures { cooperativesEnrolled } } }`;

interface Sample {
  ms: number;
  status: number;
  countries: number;
  learningNulls: number;
  errors: number;
  failed?: string;
}

/** Sends the query from `concurrency` loops for `ms`, and returns what each answer was. */
async function load(ms: number, concurrency = 4): Promise<Sample[]> {
  const samples: Sample[] = [];
  const end = Date.now() + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const started = performance.now();
        try {
          const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }), signal: AbortSignal.timeout(10_000) });
          const body = (await response.json()) as { data?: { countries: { learningFigures: unknown }[] } | null; errors?: unknown[] };
          samples.push({
            ms: performance.now() - started,
            status: response.status,
            countries: body.data?.countries.length ?? 0,
            learningNulls: body.data?.countries.filter((c) => c.learningFigures === null).length ?? 0,
            errors: body.errors?.length ?? 0,
          });
        } catch (error) {
          samples.push({ ms: performance.now() - started, status: 0, countries: 0, learningNulls: 0, errors: 1, failed: String(error) });
          await sleep(50);
        }
      }
    }),
  );
  return samples;
}

const readyReport = async () => (await (await fetch(`${gateway.origin}/ready`)).json()) as { subgraphs: Record<string, string> };

beforeAll(async () => {
  pgDir = await mkdtemp(join(tmpdir(), 'cooplab-faults-pg-'));
  pgPort = await freePort();
  postgres = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort, persistent: true });
  for (const name of ['catalog', 'learning']) {
    await startService(name, await freePort(), await ensureDatabase(postgres.url, `faults_${name}`), name === 'catalog');
  }
  // The subgraphs the query does not touch (awards…) are not started: they get an address nobody listens on.
  const supergraphSdl = await readFile(SUPERGRAPH_PATH, 'utf8');
  const subgraphUrls: Record<string, string> = {};
  for (const { name } of supergraphSubgraphs(supergraphSdl)) {
    subgraphUrls[name] = `http://127.0.0.1:${services[name]?.port ?? (await freePort())}/graphql`;
  }
  gateway = await startGateway({
    supergraphSdl,
    subgraphUrls,
    authenticate: createAuthenticator({}),
    internalSecret,
    port: 0,
    host: '127.0.0.1',
    log: createLogger({}, 'silent'),
    subgraphTimeoutMs: TIMEOUT_MS,
  });
}, 240_000);

afterAll(async () => {
  await gateway?.stop();
  for (const s of Object.values(services)) {
    s.process.kill('SIGCONT');
    s.process.kill('SIGKILL');
  }
  await postgres?.stop();
});

const healthy = (samples: Sample[]) => samples.length > 0 && samples.every((s) => s.status === 200 && s.errors === 0 && s.countries > 0 && s.learningNulls === 0);

describe('a subgraph process that stops answering costs only its own fields', () => {
  it('serves everything while all is well', async () => {
    expect(healthy(await load(PHASE_MS / 2))).toBe(true);
  });

  it('frozen (SIGSTOP): the catalog answers, learning fields are null with an error, each answer within the deadline', async () => {
    services.learning!.process.kill('SIGSTOP');
    try {
      const samples = await load(PHASE_MS);
      expect(samples.length).toBeGreaterThan(0);
      for (const s of samples) {
        expect(s, JSON.stringify(s)).toMatchObject({ status: 200 });
        expect(s.countries).toBeGreaterThan(0);
        expect(s.learningNulls).toBe(s.countries);
        expect(s.errors).toBeGreaterThan(0);
        expect(s.ms).toBeLessThan(TIMEOUT_MS + 1_500);
      }
      expect((await readyReport()).subgraphs).toMatchObject({ catalog: 'ready', learning: 'no answer in time' });
    } finally {
      services.learning!.process.kill('SIGCONT');
    }
    await sleep(300);
    expect(healthy(await load(PHASE_MS / 2))).toBe(true);
  });

  it('killed (SIGKILL): the same, at once; started again, it serves again', async () => {
    const { port, databaseUrl } = services.learning!;
    services.learning!.process.kill('SIGKILL');
    await new Promise((resolve) => services.learning!.process.once('exit', resolve));
    const samples = await load(PHASE_MS);
    for (const s of samples) {
      expect(s, JSON.stringify(s)).toMatchObject({ status: 200 });
      expect(s.countries).toBeGreaterThan(0);
      expect(s.learningNulls).toBe(s.countries);
      expect(s.ms).toBeLessThan(TIMEOUT_MS);
    }
    expect((await readyReport()).subgraphs).toMatchObject({ catalog: 'ready', learning: 'unreachable' });
    await startService('learning', port, databaseUrl, false);
    expect(healthy(await load(PHASE_MS / 2))).toBe(true);
  }, 120_000);
});

describe('PostgreSQL restarting under load', () => {
  it('the services recover by themselves', async () => {
    const during = load(PHASE_MS * 3, 2);
    await sleep(PHASE_MS / 2);
    await postgres.stop();
    postgres = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort, persistent: true });
    const samples = await during;
    // While the database was away the answers were errors, never a hang or a dropped connection.
    expect(samples.filter((s) => s.status === 0)).toEqual([]);
    // And afterwards, everything again within seconds, without restarting any service.
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && !healthy(await load(200, 1))) await sleep(200);
    expect(healthy(await load(PHASE_MS / 2))).toBe(true);
  }, 120_000);
});
