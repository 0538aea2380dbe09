import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/**
 * OpenTelemetry traces, from the gateway (Apollo Gateway's own request, plan and fetch spans) through each
 * subgraph (a server span per request) to SQL (a span per statement). Off unless started: without a provider
 * the API hands out no-op spans and costs next to nothing.
 */
const tracer = () => trace.getTracer('cooplab');

export interface TracingOptions {
  /** The service this process is (`service.name`). */
  serviceName: string;
  /** Where spans go. Default: OTLP over HTTP to OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT, batched. */
  exporter?: SpanExporter;
}

export interface Tracing {
  provider: NodeTracerProvider;
  /** Sends what is buffered and stops. */
  shutdown(): Promise<void>;
}

let started: Tracing | undefined;

/**
 * Starts tracing for this process (once: a second call returns the first provider, as happens when tests run
 * several services in one process). W3C trace context carries the trace from service to service.
 */
export function startTracing(options: TracingOptions): Tracing {
  if (started) return started;
  const processor = options.exporter ? new SimpleSpanProcessor(options.exporter) : new BatchSpanProcessor(new OTLPTraceExporter());
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [processor],
  });
  provider.register();
  started = {
    provider,
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
      started = undefined;
    },
  };
  return started;
}

/** Starts tracing when the environment names an OTLP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT or …_TRACES_ENDPOINT). */
export function startTracingFromEnv(serviceName: string, env: NodeJS.ProcessEnv = process.env): Tracing | undefined {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return undefined;
  return startTracing({ serviceName });
}

/** Paths not worth a trace: probes and scrapes. */
const UNTRACED = new Set(['/health', '/ready', '/metrics']);

/**
 * Runs `handle` inside a server span continuing the caller's trace (its `traceparent` header), named after the
 * method and path, with the final status.
 */
export async function traceRequest(service: string, req: IncomingMessage, res: ServerResponse, handle: () => Promise<void>): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (UNTRACED.has(path)) return handle();
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  return tracer().startActiveSpan(
    `${req.method ?? 'GET'} ${path === '/' || path === '/graphql' ? path : 'other'}`,
    { kind: SpanKind.SERVER, attributes: { 'cooplab.service': service, 'http.request.method': req.method ?? 'GET', 'url.path': path } },
    parent,
    async (span: Span) => {
      try {
        await handle();
        span.setAttribute('http.response.status_code', res.statusCode);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** Writes the current trace context into outgoing headers (`traceparent`), e.g. of a subgraph fetch. */
export function injectTraceContext(set: (name: string, value: string) => void): void {
  propagation.inject(context.active(), {}, { set: (_carrier, name, value) => set(name, value) });
}

/** Literal strings and numbers of a statement, which may be personal data, left out of traces. */
const redact = (sql: string) => sql.replace(/'(?:[^']|'')*'/g, "'?'").replace(/\b\d+(\.\d+)?\b/g, '?').slice(0, 2_000);

/** Records a finished SQL statement as a span of the current trace (it ran for `tookMs` up to now). */
export function recordSqlSpan(service: string, sql: string, tookMs: number | undefined): void {
  if (!trace.getSpan(context.active())) return;
  const end = Date.now();
  const span = tracer().startSpan(
    'sql',
    { kind: SpanKind.CLIENT, startTime: end - (tookMs ?? 0), attributes: { 'cooplab.service': service, 'db.system.name': 'postgresql', 'db.query.text': redact(sql) } },
  );
  span.end(end);
}
