import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@cooplab/kit';
import { startTestGraph, type TestGraph } from '../support/graph.js';

let t: TestGraph;
/** Every JSON log line the services of this process write. */
const lines: Record<string, unknown>[] = [];
const write = process.stdout.write.bind(process.stdout);

beforeAll(async () => {
  // SQL statements are logged (at info) by the subgraph that runs them; the gateway logs each answer at debug.
  process.env.LOG_SQL = 'true';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n')) {
      if (line.startsWith('{')) {
        try {
          lines.push(JSON.parse(line) as Record<string, unknown>);
          continue;
        } catch {
          // not one of ours
        }
      }
    }
    return true;
  }) as typeof process.stdout.write;
  t = await startTestGraph({ log: createLogger({}, 'debug') });
});
afterAll(async () => {
  await t?.stop();
  process.stdout.write = write;
  delete process.env.LOG_SQL;
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(t.graph.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('request ids', () => {
  it('returns a sane incoming x-request-id, and makes one for a request without (or with a bad one)', async () => {
    expect((await post({ query: '{ regions { code } }' }, { 'x-request-id': 'partner-app:42' })).headers.get('x-request-id')).toBe('partner-app:42');
    for (const bad of [undefined, 'x'.repeat(200), 'two words', 'new\u00e9line']) {
      const response = await post({ query: '{ regions { code } }' }, bad ? { 'x-request-id': bad } : {});
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('is on the log lines of every service the request crosses', async () => {
    const id = `trace-${Date.now()}`;
    const query = `{ cooperatives(first: 1) { edges { node { id coachingSessions(first: 1) { totalCount } } } } }`;
    const response = await post({ query }, { 'x-request-id': id, authorization: `Bearer ${t.tokens.STAFF}` });
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const services = new Set(lines.filter((l) => l.requestId === id).map((l) => l.service));
    expect([...services].sort()).toEqual(['catalog', 'gateway', 'learning']);
    // SQL run for this request, in both subgraphs, says which request it served.
    expect(lines.filter((l) => l.requestId === id && l.msg === 'sql').map((l) => l.service)).toEqual(expect.arrayContaining(['catalog', 'learning']));
  });
});

/** The value of the sample of `name` with exactly these labels in a Prometheus text exposition, if any. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)\{(.*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...match[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const same = Object.keys(found).length === Object.keys(labels).length && Object.entries(labels).every(([k, v]) => found[k] === v);
    if (same) return Number(match[3]);
  }
  return undefined;
}

describe('Prometheus /metrics', () => {
  const scrape = async (origin: string) => {
    const response = await fetch(new URL('/metrics', origin));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    return response.text();
  };

  it('counts requests, latencies, errors by code and subgraph fetches at the gateway, and requests in each subgraph', async () => {
    await post({ query: '{ regions { code } }' });
    await post({ query: 'query ($id: ID!) { cooperative(id: $id) { id } }', variables: { id: 'not-a-uuid' } });
    const text = await scrape(t.graph.gateway.origin);
    const labels = { service: 'gateway', method: 'POST', route: '/graphql', status: '200' };
    expect(sample(text, 'http_requests_total', labels)).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'http_request_duration_seconds_count', labels)).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'http_request_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'graphql_errors_total', { service: 'gateway', code: 'BAD_USER_INPUT' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'subgraph_fetch_duration_seconds_count', { service: 'gateway', subgraph: 'catalog', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    const catalog = await scrape(t.graph.subgraphs.catalog!.origin);
    expect(sample(catalog, 'http_requests_total', { service: 'catalog', method: 'POST', route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(2);
  });

  it('is served by every subgraph, with its database pool', async () => {
    for (const [name, subgraph] of Object.entries(t.graph.subgraphs)) {
      await scrape(subgraph.origin);
      // The first scrape is counted once answered: the second one sees it.
      const text = await scrape(subgraph.origin);
      expect(sample(text, 'http_requests_total', { service: name, method: 'GET', route: '/metrics', status: '200' }), name).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'db_pool_connections_used', { service: name }), name).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'db_pool_connections_free', { service: name }), name).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'db_pool_acquires_pending', { service: name }), name).toBeGreaterThanOrEqual(0);
    }
  });

  it('labels unknown paths as one route, so that scanners cannot grow the label set', async () => {
    for (const path of ['/wp-admin', '/.env', '/x/y/z']) await fetch(new URL(path, t.graph.gateway.origin));
    const text = await scrape(t.graph.gateway.origin);
    expect(text).toMatch(/route="other",status="404"/);
    expect(text).not.toMatch(/wp-admin|\.env/);
  });
});
