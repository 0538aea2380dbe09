import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, type RunningHttpService } from '@cooplab/kit';
import { createAuthenticator } from '@cooplab/gateway/auth';
import { startGateway } from '@cooplab/gateway/gateway';
import { loadManifest, operationId, type OperationManifest } from '@cooplab/gateway/persisted';
import { MANIFEST_PATH, buildManifest, manifestIsCurrent } from '@cooplab/scripts/operations';
import { SUPERGRAPH_PATH } from '@cooplab/scripts/supergraph';
import { startTestGraph, type TestGraph } from '../support/graph.js';

let t: TestGraph;
let safelisted: RunningHttpService;
let manifest: OperationManifest;

beforeAll(async () => {
  t = await startTestGraph();
  manifest = await loadManifest(MANIFEST_PATH);
  safelisted = await startGateway({
    supergraphSdl: await readFile(SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls: Object.fromEntries(Object.entries(t.graph.subgraphs).map(([name, s]) => [name, s.url])),
    authenticate: createAuthenticator({}),
    internalSecret: t.internalSecret,
    port: 0,
    host: '127.0.0.1',
    log: createLogger({}, 'silent'),
    safelist: manifest,
  });
});
afterAll(async () => {
  await safelisted?.stop();
  await t?.stop();
});

async function send(url: string, body: Record<string, unknown>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] } };
}

const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const code = (r: Awaited<ReturnType<typeof send>>) => r.body.errors?.[0]?.extensions?.code;

describe('the operation manifest', () => {
  it('is checked in as schema/operations/ makes it (npm run compose writes it, --check checks it)', async () => {
    expect(await manifestIsCurrent(await buildManifest())).toBe(true);
    expect(manifest.operations.length).toBeGreaterThan(5);
  });
});

describe('automatic persisted queries (the default mode)', () => {
  it('asks for the body of an unknown hash, stores it once given, then runs it by hash alone', async () => {
    const query = `{ regions { code } }`;
    const hash = operationId(query);
    expect(code(await send(t.graph.url, { extensions: persisted(hash) }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await send(t.graph.url, { query, extensions: persisted(hash) })).body.errors).toBeUndefined();
    const byHash = await send(t.graph.url, { extensions: persisted(hash) });
    expect(byHash.status).toBe(200);
    expect((byHash.body.data!.regions as unknown[]).length).toBe(12);
  });
});

describe('safelist mode', () => {
  it('runs the operations of the manifest, by id or by their exact body', async () => {
    const figures = manifest.operations.find((op) => op.name === 'RegionFigures')!;
    const byId = await send(safelisted.url, { extensions: persisted(figures.id) });
    expect(byId.status).toBe(200);
    expect(byId.body.errors).toBeUndefined();
    const byBody = await send(safelisted.url, { query: figures.body });
    expect(byBody.body).toEqual(byId.body);
  });

  it('refuses any other operation, introspection included, with 403 PERSISTED_QUERY_NOT_IN_LIST', async () => {
    for (const query of ['{ regions { code } }', '{ __schema { types { name } } }']) {
      const res = await send(safelisted.url, { query });
      expect({ status: res.status, code: code(res) }).toEqual({ status: 403, code: 'PERSISTED_QUERY_NOT_IN_LIST' });
    }
  });

  it('lets no client add an operation through automatic persisted queries', async () => {
    const query = `{ cooperatives(first: 100) { edges { node { id } } } }`;
    const hash = operationId(query);
    expect(code(await send(safelisted.url, { query, extensions: persisted(hash) }))).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect(code(await send(safelisted.url, { extensions: persisted(hash) }))).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
