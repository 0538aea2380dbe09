/**
 * `npm start` as an operator meets it: started as a child process on its own ports and data folder, it runs on
 * Node.js 24, takes API keys minted with `npm run token -- api-key`, explains why a second start on the same
 * data fails and what a bad setting is, runs each service in a process of its own (as deployed, on every core),
 * and stops entirely — database included — on SIGTERM to the npm process, or at once when one part crashes.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, stableId } from '@cooplab/kit';
import { postGraphQL } from '@cooplab/kit/testing';
import { subgraphs } from '@cooplab/scripts/subgraphs';
import { eventually, portOpen, spawnProcess, type Spawned } from '../support/process.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const ODCO = stableId('organization', 'odco');

let dataDir = '';
let graph: Spawned | undefined;
let ports: Record<string, number> = {};

/** The environment of an `npm start`: the test's own, minus its silence, with `vars` on top. */
const envWith = (vars: Record<string, string>) => {
  const env: NodeJS.ProcessEnv = { ...process.env, ...vars };
  delete env.LOG_LEVEL;
  delete env.DATABASE_URL;
  delete env.API_KEYS_FILE;
  return env;
};
async function portsFor(): Promise<Record<string, number>> {
  const names = ['GATEWAY_PORT', 'EMBEDDED_POSTGRES_PORT', ...subgraphs.map((s) => `${s.name.toUpperCase()}_PORT`)];
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()] as const)));
}
const asStrings = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)]));
const npmStart = (vars: Record<string, string>) => spawnProcess('npm', ['start'], { cwd: ROOT, env: envWith(vars) });

/** Processes whose command line names `text` (the embedded PostgreSQL names its data folder). */
function processesNaming(text: string): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cooplab-start-'));
  // As root, PostgreSQL runs as the user "postgres", which must be able to enter the folder (mkdtemp makes it 0700).
  await chmod(dataDir, 0o755);
  ports = await portsFor();
});
afterAll(async () => {
  await graph?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  let apiKey = '';

  it('takes an API key minted by `npm run token -- api-key` into its data folder', async () => {
    const { stdout } = await run('npm', ['run', '-s', 'token', '--', 'api-key', '--org', ODCO, '--label', 'start test'], { cwd: ROOT, env: envWith({ COOPLAB_DATA_DIR: dataDir }) });
    apiKey = stdout.split('\n')[0]!;
    expect(apiKey).toMatch(/^ck_/);
    expect(JSON.parse(readFileSync(join(dataDir, 'api-keys.json'), 'utf8'))).toEqual([expect.objectContaining({ organizationId: ODCO, label: 'start test' })]);
  });

  it('starts the graph on Node.js 24 and serves the minted key as its organisation', async () => {
    graph = npmStart({ COOPLAB_DATA_DIR: dataDir, ...asStrings(ports) });
    expect(await eventually(() => graph!.output().includes('CoopLab graph is running'), 180_000), graph.output()).toBe(true);
    expect(graph.output()).toMatch(/runtime: +Node\.js v24\./);
    const res = await postGraphQL<{ cooperatives: { edges: { node: { phone: string | null } }[] } }>(
      `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`,
      '{ cooperatives(first: 1) { edges { node { phone } } } }',
      {},
      { authorization: `Bearer ${apiKey}` },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.cooperatives.edges[0]!.node.phone, 'a PARTNER key sees contacts').toBeTruthy();
  }, 200_000);

  it('runs each subgraph and the gateway in a process of its own', () => {
    const line = /processes: (.*) \(one per service\)/.exec(graph!.output())?.[1];
    expect(line, graph!.output()).toBeTruthy();
    const pids = Object.fromEntries(line!.split(', ').map((entry) => entry.split(' ') as [string, string]));
    expect(Object.keys(pids).sort()).toEqual([...subgraphs.map((s) => s.name), 'gateway'].sort());
    expect(new Set(Object.values(pids)).size).toBe(Object.keys(pids).length);
    for (const [name, pid] of Object.entries(pids)) {
      const entry = name === 'gateway' ? 'gateway/src/index.ts' : `subgraphs/${name}/src/index.ts`;
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8'), name).toContain(entry);
    }
  });

  it('refuses a second start on the same data folder, saying why and what to do', async () => {
    const second = npmStart({ COOPLAB_DATA_DIR: dataDir, ...asStrings(await portsFor()) });
    const { code } = await second.exited;
    expect(code).toBe(1);
    expect(second.output()).toMatch(/failed to start: the PostgreSQL data directory .* is in use by another PostgreSQL \(PID \d+\)/);
    expect(second.output()).toMatch(/"hint":"stop the other one first/);
  });

  it('lists a bad setting and starts nothing', async () => {
    const bad = npmStart({ COOPLAB_DATA_DIR: dataDir, ...asStrings(await portsFor()), GATEWAY_PORT: 'four thousand', CORS_ORIGINS: 'app.example.org' });
    expect((await bad.exited).code).toBe(1);
    expect(bad.output()).toMatch(/GATEWAY_PORT/);
  });

  it('stops everything, PostgreSQL included, on SIGTERM to the npm process', async () => {
    expect(processesNaming(dataDir).length, 'PostgreSQL runs on the data folder').toBeGreaterThan(0);
    graph!.child.kill('SIGTERM');
    await graph!.exited;
    for (const [name, port] of Object.entries(ports)) {
      expect(await eventually(async () => !(await portOpen(port)), 30_000), `${name} ${port} closed`).toBe(true);
    }
    expect(await eventually(() => processesNaming(dataDir).length === 0, 30_000), 'no process left on the data folder').toBe(true);
    graph = undefined;
  });

  it('stops everything at once, saying which part stopped, when one part crashes', async () => {
    const restarted = npmStart({ COOPLAB_DATA_DIR: dataDir, ...asStrings(ports) });
    graph = restarted;
    expect(await eventually(() => restarted.output().includes('CoopLab graph is running'), 180_000), restarted.output()).toBe(true);
    const catalogPid = Number(/catalog (\d+)/.exec(/processes: (.*)/.exec(restarted.output())![1]!)![1]);
    process.kill(catalogPid, 'SIGKILL');
    const { code } = await restarted.exited;
    expect(code).toBe(1);
    expect(restarted.output()).toMatch(/catalog stopped on its own \(SIGKILL\): stopping the whole graph/);
    for (const [name, port] of Object.entries(ports)) {
      expect(await eventually(async () => !(await portOpen(port)), 30_000), `${name} ${port} closed`).toBe(true);
    }
    expect(await eventually(() => processesNaming(dataDir).length === 0, 30_000), 'no process left on the data folder').toBe(true);
    graph = undefined;
  }, 240_000);
});
