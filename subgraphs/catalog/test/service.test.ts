import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAX_BODY_BYTES, PRINCIPAL_HEADER, signPrincipal } from '@cooplab/kit';
import { startTestSubgraph, type TestSubgraph } from '@cooplab/kit/testing';
import { catalogSubgraph } from '../src/subgraph.js';

let catalog: TestSubgraph;

beforeAll(async () => {
  catalog = await startTestSubgraph(catalogSubgraph, inject('postgresUrl'));
});
afterAll(async () => {
  await catalog?.stop();
});

describe('the service around the subgraph', () => {
  it('answers /health and /ready', async () => {
    expect((await fetch(`${catalog.subgraph.origin}/health`)).status).toBe(200);
    const ready = await fetch(`${catalog.subgraph.origin}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('refuses unknown paths, bodies that are not JSON and bodies too large, with a code', async () => {
    const unknown = await fetch(`${catalog.subgraph.origin}/admin`);
    expect(unknown.status).toBe(404);
    const token = await signPrincipal({ role: 'ANONYMOUS' }, catalog.internalSecret);
    const headers = { 'content-type': 'application/json', [PRINCIPAL_HEADER]: token };
    const broken = await fetch(catalog.subgraph.url, { method: 'POST', headers, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    const huge = await fetch(catalog.subgraph.url, { method: 'POST', headers, body: JSON.stringify({ query: `{ regions { code } }`, pad: 'x'.repeat(MAX_BODY_BYTES) }) });
    expect(huge.status).toBe(413);
  });

  it('migrates an empty database on start and leaves it empty without demo data', async () => {
    const res = await catalog.query<{ countries: unknown[] }>(`{ countries { code } }`);
    expect(res.data).toEqual({ countries: [] });
  });

  it('is not ready once its database is gone', async () => {
    await catalog.subgraph.db.orm.close(true);
    const ready = await fetch(`${catalog.subgraph.origin}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable' });
  });
});
