/**
 * The benchmark's short mode, in the suite: every operation of its workload (schema/operations/) runs through the
 * gateway on the demo world, its data checked, and its SQL statements counted at two list sizes. It fails on a
 * wrong answer or an SQL count that grows with the list size — never on a time (times are the benchmark's,
 * `npm run bench`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runShort, WORKLOAD } from '@cooplab/scripts/bench/workload';
import { exampleOperations, operationRole, startTestGraph, type TestGraph } from '../support/graph.js';

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(async () => {
  await t?.stop();
});

describe('benchmark workload (short mode)', () => {
  it('runs each operation as the role its file names (`# role:`), the one the suite runs it as', async () => {
    const operations = await exampleOperations();
    for (const op of WORKLOAD) expect(op.role, op.file).toBe(operationRole(op.file, operations[`${op.file}.graphql`]!));
  });

  it('answers every operation with the right data, in a number of SQL statements that does not grow with the list', async () => {
    const results = await runShort({
      query: (query, variables, role) => t.query(query, variables, role === 'ANONYMOUS' ? undefined : t.tokens[role]),
      sqlCount: () => Object.keys(t.graph.subgraphs).reduce((sum, name) => sum + t.sqlCount(name), 0),
    });
    expect(results.map((r) => r.file)).toEqual(WORKLOAD.map((op) => op.file));
    for (const result of results) expect(result.problems, result.file).toEqual([]);
    for (const op of WORKLOAD.filter((o) => o.listSizes)) {
      const sql = results.find((r) => r.file === op.file)!.sql;
      expect(sql[op.listSizes![0]], `${op.file}: statements at both sizes`).toBe(sql[op.listSizes![1]]);
    }
  });
});
