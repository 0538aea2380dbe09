import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createLogger, databaseUrl, dropDatabase } from '@cooplab/kit';
import { loadWorld } from '@cooplab/scripts/load-world';
import { subgraphs } from '@cooplab/scripts/subgraphs';
import { AWARDS, PROGRAMS, awardId, buildWorld, demoWorld, programId } from '@cooplab/world';

const postgresUrl = inject('postgresUrl');
const prefix = `seed_${randomBytes(4).toString('hex')}`;
const log = createLogger({}, 'silent');

async function query<T extends pg.QueryResultRow>(subgraph: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl(postgresUrl, `${prefix}_${subgraph}`) });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
const count = async (subgraph: string, table: string) => Number((await query<{ n: string }>(subgraph, `select count(*) as n from ${table}`))[0]!.n);

afterAll(async () => {
  await Promise.all(subgraphs.map((s) => dropDatabase(postgresUrl, `${prefix}_${s.name}`)));
});

describe('npm run seed: loading a world into real databases', () => {
  it('loads the demo world, then a (small) scale world over it, keeping rows and computed columns right', async () => {
    const lines: string[] = [];
    const demo = await loadWorld({ postgresUrl, databasePrefix: prefix, size: 'demo', log, report: (l) => lines.push(l) });
    expect(demo.world).toBe(demoWorld());
    expect(await count('catalog', 'cooperative')).toBe(demo.world.cooperatives.length);

    const factor = 0.06;
    const scale = await loadWorld({ postgresUrl, databasePrefix: prefix, size: 'scale', factor, log, report: (l) => lines.push(l) });
    const w = buildWorld('scale', { factor });
    expect(scale.world.cooperatives.length).toBe(w.cooperatives.length);
    expect(w.cooperatives.length).toBeGreaterThan(demo.world.cooperatives.length);
    expect(await count('catalog', 'cooperative')).toBe(w.cooperatives.length);
    expect(await count('catalog', 'product')).toBe(w.products.length);
    expect(await count('learning', 'enrollment')).toBe(w.learning.enrollments.length);
    expect(await count('learning', 'coaching_session')).toBe(w.learning.coachingSessions.length);
    expect(await count('learning', 'training_attendance')).toBe(w.learning.attendance.length);
    expect(await count('learning', 'certification_event')).toBe(w.learning.certifications.length + w.learning.certifications.filter((c) => c.revoked).length);
    expect(await count('awards', 'edition')).toBe(w.awards.editions.length);
    expect(await count('awards', 'application')).toBe(w.awards.applications.length);
    expect(await count('awards', 'project_holder')).toBe(w.awards.applications.reduce((s, a) => s + a.holders.length, 0));
    expect(await count('awards', 'prize')).toBe(w.awards.prizes.length);
    expect(await count('awards', 'jury_assignment')).toBe(w.awards.juryAssignments.length);
    expect(await count('awards', 'jury_score')).toBe(w.awards.juryScores.length);
    expect(w.awards.applications.length).toBeGreaterThan(demo.world.awards.applications.length);

    // Progress: a line per table with its rows and rate, and a summary.
    expect(lines.some((l) => /^catalog\s+product\s+[\d,]+ rows\s+[\d.]+ s\s+[\d,]+ rows\/s$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^loaded [\d,]+ rows in [\d.]+ s \([\d,]+ rows\/s\)/);

    // Computed columns as the services compute them (folded search text), indexes built again after the bulk insert.
    const [coop] = await query<{ search_text: string }>('catalog', `select search_text from cooperative where registry_number = $1`, [w.cooperatives.at(-1)!.registryNumber]);
    expect(coop!.search_text).toBe(coop!.search_text.toLowerCase());
    expect(coop!.search_text).toContain(w.cooperatives.at(-1)!.registryNumber.toLowerCase());
    const indexes = await query<{ indexname: string }>('catalog', `select indexname from pg_indexes where tablename = 'product'`);
    expect(indexes.map((i) => i.indexname)).toEqual(expect.arrayContaining(['product_search_text_trgm', 'product_labels_gin', 'product_cooperative_id_index']));

    // The demo programmes' figures hold at scale: the scale size's cohorts are a programme of their own.
    const [f3] = await query<{ n: string }>('learning', `select count(*) as n from coaching_session where program_id = $1`, [programId(PROGRAMS.coaching)]);
    expect(Number(f3!.n)).toBe(2681);
    // And the demo awards': the scale size's applications go to an award of its own.
    const [f5] = await query<{ n: string }>('awards', `select count(*) as n from prize p join edition e on e.id = p.edition_id where e.award_id = $1`, [awardId(AWARDS.lalla)]);
    expect(Number(f5!.n)).toBe(36);

    // The planner has statistics of what was loaded (not left to autovacuum's timing).
    const unanalyzed = await query<{ relname: string }>('catalog', `select relname from pg_stat_user_tables where relname in ('cooperative', 'product') and last_analyze is null`);
    expect(unanalyzed).toEqual([]);

    // Loading again changes nothing.
    await loadWorld({ postgresUrl, databasePrefix: prefix, size: 'scale', factor, log });
    expect(await count('catalog', 'product')).toBe(w.products.length);
    expect(await count('learning', 'enrollment')).toBe(w.learning.enrollments.length);
    expect(await count('awards', 'jury_score')).toBe(w.awards.juryScores.length);
  });
});
