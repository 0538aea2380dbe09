/**
 * The supergraph is portable: every example operation of schema/operations/ gets the same answer through Hive
 * Gateway (the peer users move to when one machine is not enough; scripts/src/hive.ts, in its own process as the
 * benchmark runs it) as through our gateway — the same status, data and errors (code and path) — run as the role its
 * file names, with the suite's variables (exampleCalls).
 *
 * Hive reads the checked-in schema/supergraph.graphql, our gateway the one composed from the running subgraphs
 * (graph.test.ts checks the two are the same but for the subgraphs' URLs).
 *
 * Queries go through both gateways over the same subgraphs of graph A. A mutation changes the state, so it cannot
 * run twice on the same data with the same answer (confirming an order twice is a conflict): it runs through our
 * gateway on graph A and through Hive on graph B, seeded identically and given every mutation in the same order
 * (queries write nothing), so both start each mutation from the same state and every later query still compares on
 * A. The only values normalised (alignFresh) are the ones a request draws afresh: the id of the row a mutation
 * creates (`<mutation>.id`, drawn by PostgreSQL: two databases cannot share it) and timestamps (`…At`) read from the
 * clock while the two requests ran (an order's `confirmedAt`; a query reads the clock too: a certificate's
 * `checkedAt`). Every other value — the idempotency key included (both graphs get the same one), and timestamps
 * written before the request — must match.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, type GraphQLResponse } from '@cooplab/kit/testing';
import { freePort } from '@cooplab/kit';
import { randomSecret } from '@cooplab/scripts/graph';
import { startHiveGatewayProcess } from '@cooplab/scripts/processes';
import { subgraphs } from '@cooplab/scripts/subgraphs';
import { exampleCalls, OPERATIONS_DIR, startTestGraph, type ExampleCall, type TestGraph } from '../support/graph.js';

const FILES = readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql')).sort();

let a: TestGraph;
let b: TestGraph;
type RunningHive = Awaited<ReturnType<typeof startHiveGatewayProcess>>;
let hiveA: RunningHive;
let hiveB: RunningHive;
let callsA: Map<string, ExampleCall>;
let callsB: Map<string, ExampleCall>;

/**
 * A test graph and Hive Gateway in its own process (as the benchmark runs it) over its subgraphs, started at the
 * same time: the subgraphs on ports chosen first, the secrets shared.
 */
async function graphWithHive(): Promise<[TestGraph, RunningHive]> {
  const ports = Object.fromEntries(await Promise.all(subgraphs.map(async (s) => [s.name, await freePort()] as const)));
  const secrets = { jwtSecret: randomSecret(), internalSecret: randomSecret() };
  const subgraphUrls = Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, `http://127.0.0.1:${port}/graphql`]));
  const [graph, hive] = await Promise.allSettled([
    startTestGraph({ ...secrets, subgraphPort: (def) => ports[def.name]! }),
    startHiveGatewayProcess({ ...secrets, subgraphUrls, port: await freePort() }),
  ]);
  if (graph.status === 'rejected' || hive.status === 'rejected') {
    await Promise.all([graph.status === 'fulfilled' && graph.value.stop(), hive.status === 'fulfilled' && hive.value.stop()]);
    throw graph.status === 'rejected' ? graph.reason : (hive as PromiseRejectedResult).reason;
  }
  expect(Object.fromEntries(Object.entries(graph.value.graph.subgraphs).map(([name, s]) => [name, s.url]))).toEqual(subgraphUrls);
  return [graph.value, hive.value];
}

beforeAll(async () => {
  [[a, hiveA], [b, hiveB]] = await Promise.all([graphWithHive(), graphWithHive()]);
  const idempotencyKey = randomUUID();
  callsA = new Map((await exampleCalls(a, idempotencyKey)).map((c) => [c.file, c]));
  callsB = new Map((await exampleCalls(b, idempotencyKey)).map((c) => [c.file, c]));
});
afterAll(async () => {
  await Promise.all([hiveA?.stop(), hiveB?.stop()]);
  await Promise.all([a?.stop(), b?.stop()]);
});

/** What must be the same through both gateways: the status, the data, and each error's code and path. */
const answer = (res: GraphQLResponse<unknown>) => ({
  status: res.status,
  data: res.data ?? null,
  errors: (res.errors ?? []).map((e) => ({ code: e.extensions?.code, path: e.path })).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
});

/**
 * Hive's data with the values drawn afresh by the request itself taken from ours, where both sides have one:
 * timestamps (`…At`) of the clock while the two requests ran (`since`: just before they were sent; e.g. a
 * certificate's `checkedAt`, an order's `confirmedAt`), and for a mutation the id of the row it creates
 * (`<mutation>.id`). Anything else — timestamps written before, every other id — is left as it is.
 */
function alignFresh(ours: unknown, hive: unknown, since: number, mutation: boolean, path: string[] = []): unknown {
  if (Array.isArray(ours) && Array.isArray(hive)) return hive.map((item, i) => alignFresh(ours[i], item, since, mutation, [...path, String(i)]));
  if (ours && hive && typeof ours === 'object' && typeof hive === 'object') {
    return Object.fromEntries(Object.entries(hive).map(([key, value]) => [key, alignFresh((ours as Record<string, unknown>)[key], value, since, mutation, [...path, key])]));
  }
  const key = path.at(-1) ?? '';
  const isNow = (value: unknown) => typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) && Date.parse(value) >= since;
  const createdId = mutation && path.length === 2 && key === 'id' && typeof ours === 'string' && typeof hive === 'string';
  const clock = key.endsWith('At') && isNow(ours) && isNow(hive);
  return createdId || clock ? ours : hive;
}

const isMutation = (operation: string) =>
  parse(operation).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && (d as OperationDefinitionNode).operation === 'mutation');

describe('every example operation through Hive Gateway and ours (schema/operations)', () => {
  it('finds the example operations', () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  for (const file of FILES) {
    it(file, async () => {
      const call = callsA.get(file)!;
      const { operation, variables, token } = call;
      const authorization = (bearer: string | undefined): Record<string, string> => (bearer ? { authorization: `Bearer ${bearer}` } : {});
      const mutation = isMutation(operation);
      const since = Date.now();
      let ours: GraphQLResponse<unknown>;
      let hive: GraphQLResponse<unknown>;
      if (mutation) {
        const other = callsB.get(file)!;
        ours = await a.query(operation, variables, token);
        hive = await postGraphQL(hiveB.url, other.operation, other.variables, authorization(other.token));
      } else {
        [ours, hive] = await Promise.all([a.query(operation, variables, token), postGraphQL(hiveA.url, operation, variables, authorization(token))]);
      }
      expect(ours.data, `${file} as ${call.role}: no data`).toBeTruthy();
      expect(answer({ ...hive, data: alignFresh(ours.data, hive.data, since, mutation) }), `${file} as ${call.role}`).toEqual(answer(ours));
    });
  }
});
