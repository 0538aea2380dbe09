import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTracing, type Tracing } from '@cooplab/kit';
import { InMemorySpanExporter } from '@cooplab/kit/testing';
import { startTestGraph, type TestGraph } from '../support/graph.js';

let t: TestGraph;
let tracing: Tracing;
const exporter = new InMemorySpanExporter();

beforeAll(async () => {
  tracing = startTracing({ serviceName: 'cooplab-test', exporter });
  t = await startTestGraph();
});
afterAll(async () => {
  await t?.stop();
  await tracing?.shutdown();
});

describe('OpenTelemetry traces', () => {
  it('follow one request from the gateway through the subgraphs to their SQL, in one trace', async () => {
    exporter.reset();
    const query = `query Journey { cooperatives(first: 2, filter: { search: "coop" }) { edges { node { id coachingSessions(first: 1) { totalCount } } } } }`;
    const res = await t.query(query, {}, t.tokens.STAFF);
    expect(res.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();
    const request = spans.find((s) => s.name === 'gateway.request');
    expect(request, spans.map((s) => s.name).join(', ')).toBeDefined();
    const traceId = request!.spanContext().traceId;
    const inTrace = spans.filter((s) => s.spanContext().traceId === traceId);
    const servers = inTrace.filter((s) => s.name === 'POST /graphql').map((s) => s.attributes['cooplab.service']);
    expect(servers.sort()).toEqual(['catalog', 'gateway', 'learning']);
    const sql = inTrace.filter((s) => s.name === 'sql');
    expect(new Set(sql.map((s) => s.attributes['cooplab.service']))).toEqual(new Set(['catalog', 'learning']));
    // A subgraph's server span hangs under the gateway's fetch of it.
    const byId = new Map(inTrace.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (s: (typeof inTrace)[number]) => byId.get(s.parentSpanContext?.spanId ?? '');
    for (const server of inTrace.filter((s) => s.name === 'POST /graphql' && s.attributes['cooplab.service'] !== 'gateway')) {
      expect(parentOf(server)?.name).toBe('gateway.fetch');
    }
    // Statements are recorded without their literal values.
    expect(sql.map((s) => String(s.attributes['db.query.text'])).join('\n')).not.toMatch(/coop%|'%coop/);
  });
});
