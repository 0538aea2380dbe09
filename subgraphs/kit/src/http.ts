import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from './logger.js';
import { traceRequest } from './tracing.js';
import { REQUEST_ID_HEADER, observeRequest, requestIdOf, runInRequest, type ServiceMetrics } from './observability.js';

export const MAX_BODY_BYTES = 1024 * 1024;
/** How long a stop waits for requests in flight before it closes their connections. */
export const DRAIN_TIMEOUT_MS = 10_000;

/** A plain HTTP endpoint served beside GraphQL (e.g. a public key set). */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpServiceOptions<Ctx extends BaseContext> {
  /** Extra endpoints by exact path. */
  routes?: Record<string, RouteHandler>;
  apollo: ApolloServer<Ctx>;
  context: (req: IncomingMessage) => Promise<Ctx>;
  port: number;
  host: string;
  log: Logger;
  /**
   * Throws when the service cannot serve (e.g. its database is unreachable). What it returns (or the `report` of
   * what it throws) is added to the /ready answer, e.g. the state of each subgraph at the gateway.
   */
  ready: () => Promise<void | Record<string, unknown>>;
  /** Served at /metrics (Prometheus) and fed with every request. */
  metrics?: ServiceMetrics;
  /**
   * A port of its own for /metrics (METRICS_PORT), on the same host: the service's port then answers /metrics
   * with 404, so that a public port never shows them. Without it, /metrics is on the service's port.
   */
  metricsPort?: number;
  /** Connect-style middleware run first on every request (CORS): it answers, or calls `next` to go on. */
  middleware?: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
}

export interface RunningHttpService {
  /** Base URL, e.g. http://127.0.0.1:4001 */
  origin: string;
  /** GraphQL endpoint. */
  url: string;
  port: number;
  server: Server;
  /** Where /metrics is served: on a port of its own when `metricsPort` was given, else on the service's. */
  metricsUrl?: string;
  /** Stops accepting, drains in-flight requests, then resolves. */
  stop(): Promise<void>;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function sendMetrics(metrics: ServiceMetrics, res: ServerResponse): Promise<void> {
  res.writeHead(200, { 'content-type': metrics.registry.contentType });
  res.end(await metrics.registry.metrics());
}

/** The listener of /metrics on a port of its own: nothing else is served there. */
async function serveMetrics(metrics: ServiceMetrics, port: number, host: string, log: Logger): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && new URL(req.url ?? '/', 'http://localhost').pathname === '/metrics') {
      sendMetrics(metrics, res).catch((error: unknown) => {
        log.error('metrics failed', { error });
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      });
    } else {
      sendJson(res, 404, { errors: [{ message: 'Not found: this port serves GET /metrics only', extensions: { code: 'NOT_FOUND' } }] });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Runs a connect-style middleware; resolves true when it calls `next`, false when it answered itself. */
function runMiddleware(middleware: NonNullable<HttpServiceOptions<BaseContext>['middleware']>, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const answered = () => resolve(false);
    res.once('finish', answered);
    middleware(req, res, (error) => {
      res.off('finish', answered);
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(true);
    });
  });
}

/**
 * Serves an Apollo Server on node:http, with `/health` (the process answers) and `/ready` (its dependencies
 * answer) beside `/graphql`, and a graceful stop that lets in-flight requests finish.
 */
export async function serveHttp<Ctx extends BaseContext>(options: HttpServiceOptions<Ctx>): Promise<RunningHttpService> {
  const { apollo, log } = options;
  let draining = false;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (options.middleware && !(await runMiddleware(options.middleware, req, res))) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/ready') {
      if (draining) return sendJson(res, 503, { status: 'stopping' });
      try {
        const report = await options.ready();
        return sendJson(res, 200, { status: 'ready', ...report });
      } catch (error) {
        log.warn('not ready', { error });
        return sendJson(res, 503, { status: 'unavailable', ...(error as { report?: Record<string, unknown> }).report });
      }
    }
    if (url.pathname === '/metrics' && options.metrics && options.metricsPort === undefined) return sendMetrics(options.metrics, res);
    const route = options.routes?.[url.pathname];
    if (route) return route(req, res);
    if (url.pathname !== '/graphql' && url.pathname !== '/') {
      return sendJson(res, 404, { errors: [{ message: 'Not found: the GraphQL endpoint is /graphql', extensions: { code: 'NOT_FOUND' } }] });
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const text = await readBody(req);
      if ((headers.get('content-type') ?? '').includes('application/json') && text.length > 0) {
        try {
          body = JSON.parse(text);
        } catch {
          throw new HttpError(400, 'request body is not valid JSON');
        }
      } else {
        body = text;
      }
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(req),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    // A request that was in flight when the stop began: its connection closes after it, so the drain ends.
    if (draining) res.setHeader('connection', 'close');
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const server = createServer((req, res) => {
    if (draining) res.setHeader('connection', 'close');
    const requestId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    observeRequest(options.metrics, req, res);
    runInRequest({ requestId }, async () => {
      const started = performance.now();
      await traceRequest(options.metrics?.service ?? 'service', req, res, () => handle(req, res));
      log.debug('request answered', { method: req.method, path: req.url?.split('?')[0], status: res.statusCode, ms: Math.round(performance.now() - started) });
    }).catch((error: unknown) => {
      if (error instanceof HttpError) {
        // The rest of an over-long body is not read: the connection closes after the answer, so that no next
        // request on it is stuck behind unread bytes.
        if (error.status === 413) res.setHeader('connection', 'close');
        return sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
      }
      log.error('request failed', { error });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  const origin = `http://${host}:${port}`;

  let metricsServer: Server | undefined;
  if (options.metrics && options.metricsPort !== undefined) {
    try {
      metricsServer = await serveMetrics(options.metrics, options.metricsPort, options.host, log);
    } catch (error) {
      server.close();
      throw error;
    }
  }
  const metricsUrl = metricsServer ? `http://${host}:${(metricsServer.address() as AddressInfo).port}/metrics` : options.metrics ? `${origin}/metrics` : undefined;

  let stopping: Promise<void> | undefined;
  return {
    origin,
    url: `${origin}/graphql`,
    port,
    server,
    ...(metricsUrl ? { metricsUrl } : {}),
    stop() {
      stopping ??= (async () => {
        draining = true;
        metricsServer?.close();
        metricsServer?.closeAllConnections();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const timer = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
        await closed;
        clearTimeout(timer);
        await apollo.stop();
      })();
      return stopping;
    },
  };
}
