/**
 * A query's reads make rows, not entities (kit/src/rows.ts). For every entity of every subgraph, on the demo
 * data: the rows read are instances of the entity's class holding what MikroORM's entities hold — every column,
 * custom types converted, embedded values as instances of their class, many-to-ones as references to the same
 * keys — so that a resolver, a policy or a loader sees the same thing on either path.
 */
import { ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRow, isRowReference, readRows, readRowsByKey } from '@cooplab/kit';
import { startTestGraph, type TestGraph } from '../support/graph.js';

let graph: TestGraph;

beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  await graph?.stop();
});

/** What a property holds, comparably: a relation as its key, a date as its ISO text, an embedded value as an object. */
function comparable(value: unknown, prop: EntityProperty): unknown {
  if (value == null) return null;
  if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) {
    const key = prop.targetMeta!.primaryKeys[0]!;
    return (value as Record<string, unknown>)[key];
  }
  if (prop.kind === ReferenceKind.EMBEDDED) {
    expect(value).toBeInstanceOf(prop.targetMeta!.class);
    return Object.fromEntries(Object.keys(prop.embeddedProps).map((key) => [key, (value as Record<string, unknown>)[key] ?? null]));
  }
  return value instanceof Date ? value.toISOString() : value;
}

function snapshot(meta: EntityMetadata, item: object): Record<string, unknown> {
  const props = meta.props.filter((p) => !p.embedded && !p.lazy && p.persist !== false && [ReferenceKind.SCALAR, ReferenceKind.EMBEDDED, ReferenceKind.MANY_TO_ONE].includes(p.kind));
  return Object.fromEntries(props.map((p) => [p.name, comparable((item as Record<string, unknown>)[p.name], p)]));
}

describe('rows of a read-only request', () => {
  it('hold what entities hold, for every entity of every subgraph', async () => {
    let compared = 0;
    for (const [name, subgraph] of Object.entries(graph.graph.subgraphs)) {
      const orm = subgraph.db.orm;
      for (const meta of Object.values(orm.getMetadata().getAll()) as EntityMetadata[]) {
        if (meta.embeddable || meta.virtual || !meta.class) continue;
        const pk = meta.primaryKeys[0]!;
        const entities = await orm.em.fork().find(meta.className, {}, { orderBy: { [pk]: 'asc' } });
        const rows = await readRows(orm.em.fork(), meta.className, {}, { orderBy: { [pk]: 'asc' } });
        expect(rows.length, `${name} ${meta.className}`).toBe(entities.length);
        for (const [i, row] of rows.entries()) {
          expect(row, `${name} ${meta.className}`).toBeInstanceOf(meta.class);
          expect(isRow(row)).toBe(true);
          expect(snapshot(meta, row), `${name} ${meta.className} ${String((row as Record<string, unknown>)[pk])}`).toEqual(snapshot(meta, entities[i]!));
          for (const prop of meta.props.filter((p) => p.kind === ReferenceKind.MANY_TO_ONE)) {
            const reference = (row as Record<string, unknown>)[prop.name];
            if (reference != null) {
              expect(isRowReference(reference)).toBe(true);
              expect(reference).toBeInstanceOf(prop.targetMeta!.class);
            }
          }
          compared++;
        }
        // By key, from a statement written once: the same rows (and none for a key that is not there).
        if (rows.length) {
          const keys = rows.slice(0, 50).map((row) => comparable((row as Record<string, unknown>)[pk], meta.properties[pk]!));
          const byKey = await readRowsByKey(orm.em.fork(), meta.className, pk, [...keys, ...(meta.properties[pk]!.columnTypes?.[0] === 'uuid' ? ['00000000-0000-4000-8000-000000000000'] : ['none'])]);
          const keyed = (list: object[]) =>
            list.map((row) => [String(comparable((row as Record<string, unknown>)[pk], meta.properties[pk]!)), snapshot(meta, row)] as const).map((pair) => JSON.stringify(pair, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value))).sort();
          expect(keyed(byKey), `${name} ${meta.className} by key`).toEqual(keyed(rows.slice(0, 50)));
        }
      }
    }
    expect(compared).toBeGreaterThan(1000); // the demo world, every table with rows
  });
});
