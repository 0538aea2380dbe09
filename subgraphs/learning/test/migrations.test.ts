import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@cooplab/kit/testing';
import { migrations } from '../src/migrations/index.js';
import { createLearningSubgraph } from '../src/subgraph.js';
import { expectFiguresExact } from './figures-exact.js';
import { testConfig } from './support.js';

/**
 * MikroORM runs the migrations in the order of the list, and a fresh database gets them all in that order: the
 * list must hold every migration file, by name, and the names (their timestamps) must sort in that order, so that
 * a migration written by hand with a chosen timestamp (the figures ones) never lands before one it builds on.
 */
describe('learning migrations', () => {
  it('are listed once each, every file of the folder, in the order their names sort', async () => {
    const files = (await readdir(new URL('../src/migrations/', import.meta.url))).filter((f) => /^Migration\d{14}.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''));
    const names = migrations.map((m) => m.name);
    expect(names).toEqual([...files].sort());
    expect(names).toEqual([...names].sort());
    expect(new Set(names.map((n) => n.slice(9, 23))).size).toBe(names.length);
    for (const m of migrations) expect(m.class.name).toBe(m.name);
  });

  it('puts the filtered figures after the first figures, whose functions they replace', () => {
    const names = migrations.map((m) => m.name);
    expect(names.indexOf('Migration20261126130000_filtered_figures')).toBeGreaterThan(names.indexOf('Migration20261126120000_figures'));
  });
});

describe('the filtered figures migration', () => {
  let t: TestSubgraph;
  beforeAll(async () => {
    t = await startTestSubgraph(createLearningSubgraph(testConfig()), inject('postgresUrl'), { seed: true });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('goes down to the first figures (their tables and sums back) and up again, the sums exact', async () => {
    const db = t.subgraph.db.orm.em.fork().getConnection();
    const columns = async () =>
      (await db.execute<{ column_name: string }[]>(`select column_name from information_schema.columns where table_name = 'figures_by_place' order by ordinal_position`)).map((c) => c.column_name);
    const migrator = t.subgraph.db.orm.getMigrator();
    await migrator.down({ to: 'Migration20261126130000_filtered_figures' }); // this one (and any after it), not the first figures
    expect(await columns()).not.toContain('program_id');
    const [down] = await db.execute<{ enrolled: number }[]>(`select sum(enrolled)::int as enrolled from figures_by_place`);
    expect(down!.enrolled).toBeGreaterThan(600);
    await migrator.up();
    expect(await columns()).toContain('program_id');
    const [up] = await db.execute<{ enrolled: number }[]>(`select sum(enrolled)::int as enrolled from figures_by_place where program_id = '00000000-0000-0000-0000-000000000000' and year = 0`);
    expect(up!.enrolled).toBe(down!.enrolled);
    await expectFiguresExact(t);
  });
});
