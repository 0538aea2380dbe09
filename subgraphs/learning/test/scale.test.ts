/**
 * Learning figures at scale (the scale world at a fraction: thousands of enrolments, attendances and coaching
 * sessions, bulk loaded as the seed does): every figure, filtered by programme and year or not, of regions,
 * countries, programmes, cohorts and trainer certification, is read from the sums the database maintains — the
 * EXPLAIN of every statement the subgraph sends for them reads none of the tables that grow with the data — and
 * those sums equal a recount after a bulk load and after writes of every kind, made straight in SQL.
 */
import type { Connection } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '@cooplab/kit';
import { startTestSubgraph, type TestSubgraph } from '@cooplab/kit/testing';
import { buildWorld, PROGRAMS } from '@cooplab/world';
import { createLearningSubgraph } from '../src/subgraph.js';
import { expectFiguresExact } from './figures-exact.js';
import { testConfig } from './support.js';

/** The tables that grow with the data; the figures must not read them. */
const FACTS = ['beneficiary', 'enrollment', 'training_attendance', 'training_session', 'coaching_session', 'certification', 'certification_event', 'trainer'];
const FACTOR = 0.25;
const REGIONAL = 'ACCOMPAGNEMENT-REGIONAL';

let t: TestSubgraph;
let statements: { sql: string; params: readonly unknown[] }[] = [];

beforeAll(async () => {
  const def = createLearningSubgraph(testConfig());
  t = await startTestSubgraph(def, inject('postgresUrl'), { seed: true });
  await def.seed!({ em: t.subgraph.db.orm.em.fork(), log: createLogger({}, 'silent'), world: buildWorld('scale', { factor: FACTOR }), mode: 'merge' });
  await t.subgraph.db.orm.em.getConnection().execute('analyze');
  // Every statement the subgraph sends goes through its connection's `execute`: recorded here, to be explained.
  const connection = t.subgraph.db.orm.em.getConnection() as Connection & { execute: (...args: unknown[]) => Promise<unknown> };
  const execute = connection.execute.bind(connection);
  connection.execute = (sql: unknown, params: unknown = [], ...rest: unknown[]) => {
    if (typeof sql === 'string') statements.push({ sql, params: params as unknown[] });
    return execute(sql, params, ...rest);
  };
}, 240_000);
afterAll(async () => {
  await t?.stop();
});

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] };
const relations = (plan: PlanNode): string[] => [...(plan['Relation Name'] ? [plan['Relation Name']] : []), ...(plan.Plans ?? []).flatMap(relations)];

/** Runs a query and returns the tables the plans of the statements it sent read. */
async function tablesRead(query: string, variables: Record<string, unknown> = {}): Promise<Set<string>> {
  statements = [];
  const res = await t.query(query, variables);
  expect(res.errors).toBeUndefined();
  const sent = statements.filter((s) => /^\s*select/i.test(s.sql));
  expect(sent.length).toBeGreaterThan(0);
  const read = new Set<string>();
  const raw = t.subgraph.db.orm.em.getConnection();
  for (const { sql, params } of sent) {
    const [row] = await raw.execute<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(`explain (format json) ${sql}`, [...params]);
    for (const table of relations(row!['QUERY PLAN'][0].Plan)) read.add(table);
  }
  return read;
}

const FIGURES = `cooperativesEnrolled cooperativesTrained cooperativesCoached coachingSessions participantsTrained womenTrained menTrained certifiedTrainers`;
const REGIONS = Array.from({ length: 12 }, (_, i) => ({ __typename: 'Region', code: `MA-${String(i + 1).padStart(2, '0')}` }));

const QUERIES: [string, string, Record<string, unknown>][] = [
  [
    'regions by programme and year',
    `query ($r: [_Any!]!, $p: String, $y: Int) { _entities(representations: $r) { ... on Region { learningFigures(programCode: $p, year: $y) { ${FIGURES} } } } }`,
    { r: REGIONS, p: REGIONAL, y: 2022 },
  ],
  ['regions by year', `query ($r: [_Any!]!, $y: Int) { _entities(representations: $r) { ... on Region { learningFigures(year: $y) { ${FIGURES} } } } }`, { r: REGIONS, y: 2021 }],
  [
    'countries by programme, and by year with certified trainers',
    `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Country { p: learningFigures(programCode: "${PROGRAMS.southSouth}") { ${FIGURES} } y: learningFigures(year: 2022) { ${FIGURES} } } } }`,
    { r: ['MA', 'SN', 'CI', 'GN'].map((code) => ({ __typename: 'Country', code })) },
  ],
  [
    'a programme of one year and its cohorts',
    `query ($code: String!) { program(code: $code) { figures(year: 2023) { ${FIGURES} } cohorts { figures(year: 2023) { ${FIGURES} } } } }`,
    { code: REGIONAL },
  ],
  ['a programme and its cohorts over every year', `query ($code: String!) { program(code: $code) { figures { ${FIGURES} } cohorts { figures { ${FIGURES} } } } }`, { code: PROGRAMS.mourafaka }],
  [
    'certification of one tool and year',
    `{ certificationFigures(tool: THINK_COOP, year: 2022) { certifiedTrainers byCountry { country { code } certifiedTrainers } byTool { tool certifiedTrainers } issuers { id } } }`,
    {},
  ],
];

describe('every learning figure at scale is read from the maintained sums', () => {
  it('has the data of a scale', async () => {
    const [row] = await t.subgraph.db.orm.em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from enrollment`);
    expect(row!.n).toBeGreaterThan(4_000);
  });

  it.each(QUERIES)('%s', async (_, query, variables) => {
    const read = await tablesRead(query, variables);
    expect([...read].filter((table) => FACTS.includes(table))).toEqual([]);
    expect([...read].some((table) => table.startsWith('figures_'))).toBe(true);
  });

  it('equal a recount after the bulk load', async () => {
    await expectFiguresExact(t);
  });

  it('equal a recount after writes of every kind, straight in SQL', async () => {
    const db = t.subgraph.db.orm.em.fork().getConnection();
    const one = async (sql: string) => String((await db.execute<{ id: string }[]>(sql))[0]!.id);
    const regional = await one(`select id from program where code = '${REGIONAL}'`);
    const mourafaka = await one(`select id from program where code = '${PROGRAMS.mourafaka}'`);
    const cohort = await one(`select id from cohort where program_id = '${regional}' order by starts_on, id limit 1`);
    const session = await one(`select s.id from training_session s join cohort c on c.id = s.cohort_id where c.program_id = '${regional}' order by s.held_on desc, s.id limit 1`);
    const trainer = await one(`select trainer_id as id from certification where stored_status <> 'REVOKED' order by issued_on, id limit 1`);
    // A session a year later; a cohort moved to another programme; a cooperative moved to another region.
    await db.execute(`update training_session set held_on = held_on + 365 where id = '${session}'`);
    await db.execute(`update cohort set program_id = '${mourafaka}' where id = '${cohort}'`);
    await db.execute(`update beneficiary set region_code = 'MA-02' where cooperative_id = (select cooperative_id from enrollment where cohort_id = '${cohort}' order by id limit 1)`);
    // Withdrawals (the cohort's coaching of those members goes), a deleted attendance, coaching moved by a year in bulk, some deleted.
    await db.execute(`update enrollment set status = 'WITHDRAWN', withdrawn_on = applied_on where id in (select id from enrollment where cohort_id = '${cohort}' order by id limit 5)`);
    await db.execute(`delete from training_attendance where id = (select id from training_attendance order by id limit 1)`);
    await db.execute(`update coaching_session set held_on = held_on + 200 where program_id = '${regional}' and held_on < '2022-01-01'`);
    await db.execute(`delete from coaching_session where id in (select id from coaching_session order by id limit 20)`);
    // A certified trainer moves to another country; a certification issued a year earlier, another revoked.
    await db.execute(`update trainer set country_code = 'SN' where id = '${trainer}'`);
    await db.execute(`update certification set issued_on = issued_on - 365 where id = (select id from certification where stored_status <> 'REVOKED' order by id limit 1)`);
    await db.execute(`update certification set stored_status = 'REVOKED', status_reason = 'test' where id = (select id from certification where stored_status <> 'REVOKED' order by id desc limit 1)`);
    await expectFiguresExact(t);
  });

  it('notices a sum that drifted from the rows (the check can fail)', async () => {
    const db = t.subgraph.db.orm.em.fork().getConnection();
    const drifts: [string, string, string][] = [
      ['figures_by_place', 'coached', 'program_id, year, country_code, region_code'],
      ['figures_by_cohort', 'coached', 'cohort_id, year'],
      ['figures_of_certification', 'trainers', 'tool, year, issuer_id, country_code'],
    ];
    for (const [table, column, key] of drifts) {
      const drift = (by: number) =>
        db.execute(`update ${table} set ${column} = ${column} + ${by} where (${key}) = (select ${key} from ${table} where ${column} > 0 order by ${key} limit 1)`);
      await drift(1);
      await expect(expectFiguresExact(t)).rejects.toThrow(table);
      await drift(-1);
    }
    await expectFiguresExact(t);
  });
});
