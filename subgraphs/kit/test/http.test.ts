import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { DRAIN_TIMEOUT_MS, createLogger, createMetrics, serveHttp } from '../src/index.js';

const log = createLogger({}, 'silent');

/** A real Apollo Server whose one field answers after `ms` milliseconds. */
async function slowService(ms: number, extra: Partial<Parameters<typeof serveHttp>[0]> = {}) {
  const apollo = new ApolloServer({
    typeDefs: `type Query { slow: String! }`,
    resolvers: { Query: { slow: () => new Promise<string>((resolve) => setTimeout(() => resolve('done'), ms)) } },
  });
  await apollo.start();
  return serveHttp({ apollo, port: 0, host: '127.0.0.1', log, context: async () => ({}), ready: async () => undefined, ...extra });
}

const ask = (url: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ slow }' }) });

describe('graceful stop', () => {
  it('lets a request in flight finish, then refuses new connections', async () => {
    const service = await slowService(300);
    const inFlight = ask(service.url);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopAt = Date.now();
    const stopped = service.stop();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { slow: 'done' } });
    await stopped;
    // The drain ends with the last request, not at the timeout that forces connections closed.
    expect(Date.now() - stopAt).toBeLessThan(DRAIN_TIMEOUT_MS / 2);
    await expect(ask(service.url)).rejects.toThrow();
  });

  it('says it is not ready while it stops', async () => {
    const service = await slowService(300);
    const inFlight = ask(service.url);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = service.stop();
    // The listening socket is closed at once: a load balancer's next probe cannot reach it.
    await expect(fetch(`${service.origin}/ready`)).rejects.toThrow();
    expect((await inFlight).status).toBe(200);
    await stopped;
  });
});

describe('/metrics', () => {
  it('is served on the service port unless it has a port of its own', async () => {
    const service = await slowService(0, { metrics: createMetrics('plain') });
    expect(service.metricsUrl).toBe(`${service.origin}/metrics`);
    expect((await fetch(service.metricsUrl!)).status).toBe(200);
    await service.stop();
  });

  it('with a port of its own (METRICS_PORT), is served there only, and stops with the service', async () => {
    const service = await slowService(0, { metrics: createMetrics('apart'), metricsPort: 0 });
    expect((await ask(service.url)).status).toBe(200);
    const onService = await fetch(`${service.origin}/metrics`);
    expect(onService.status).toBe(404);
    expect(service.metricsUrl).not.toBe(`${service.origin}/metrics`);
    const metrics = await fetch(service.metricsUrl!);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toMatch(/http_requests_total\{[^}]*service="apart"/);
    const elsewhere = await fetch(new URL('/graphql', service.metricsUrl!), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ slow }"}' });
    expect(elsewhere.status).toBe(404);
    await service.stop();
    await expect(fetch(service.metricsUrl!)).rejects.toThrow();
  });
});
