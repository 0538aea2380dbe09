import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The header a request id travels in: from the client (or made here), back to it, and on to the subgraphs. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A request id we accept from outside: short, printable, nothing a log reader or a header could trip on. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:+=/-]{1,128}$/;

/** The incoming `x-request-id` when it is sane, else a fresh UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** What is known of the request being served, wherever its work goes (resolvers, SQL, subgraph fetches, logs). */
export interface RequestScope {
  requestId: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` as part of a request: every log line written meanwhile carries its id. */
export const runInRequest = <T>(request: RequestScope, fn: () => T): T => scope.run(request, fn);

/** The request being served, if any. */
export const currentRequest = (): RequestScope | undefined => scope.getStore();

/** The Prometheus metrics of one service (one registry each, so that several services can share a process). */
export interface ServiceMetrics {
  service: string;
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  graphqlErrors: Counter<'code'>;
  /** Gateway only: each subgraph fetch, by subgraph and outcome (ok, error, timeout). */
  subgraphFetch: Histogram<'subgraph' | 'outcome'>;
}

/** The paths metrics are labelled with; anything else counts as `other`, so that a scanner cannot grow the label set. */
const ROUTES = new Set(['/graphql', '/', '/health', '/ready', '/metrics']);

export function createMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    service,
    registry,
    httpRequests: new Counter({ name: 'http_requests_total', help: 'HTTP requests answered, by route and status.', labelNames: ['method', 'route', 'status'], registers: [registry] }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route and status.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    graphqlErrors: new Counter({ name: 'graphql_errors_total', help: 'GraphQL errors sent to clients, by extensions.code.', labelNames: ['code'], registers: [registry] }),
    subgraphFetch: new Histogram({
      name: 'subgraph_fetch_duration_seconds',
      help: 'Gateway fetches to a subgraph, by subgraph and outcome.',
      labelNames: ['subgraph', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}

/** Counts and times one HTTP request when its answer is sent. */
export function observeRequest(metrics: ServiceMetrics | undefined, req: IncomingMessage, res: ServerResponse): void {
  if (!metrics) return;
  const end = metrics.httpDuration.startTimer();
  res.once('finish', () => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const labels = { method: req.method ?? 'GET', route: ROUTES.has(path) ? path : 'other', status: String(res.statusCode) };
    end(labels);
    metrics.httpRequests.inc(labels);
  });
}

/** The pool of a knex client (tarn), as MikroORM holds it. */
export interface KnexPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/** Gauges of a database connection pool, read when Prometheus scrapes. */
export function observePool(metrics: ServiceMetrics, pool: () => KnexPool | undefined): void {
  const gauge = (name: string, help: string, read: (p: KnexPool) => number) =>
    new Gauge({
      name,
      help,
      registers: [metrics.registry],
      collect() {
        const p = pool();
        if (p) this.set(read(p));
      },
    });
  gauge('db_pool_connections_used', 'Database connections in use.', (p) => p.numUsed());
  gauge('db_pool_connections_free', 'Database connections open and idle.', (p) => p.numFree());
  gauge('db_pool_acquires_pending', 'Queries waiting for a database connection.', (p) => p.numPendingAcquires());
}
