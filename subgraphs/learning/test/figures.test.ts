import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@cooplab/kit/testing';
import { createLearningSubgraph } from '../src/subgraph.js';
import { PROGRAMS as DEMO_PROGRAMS } from '@cooplab/world';
import { testConfig } from './support.js';

let learning: TestSubgraph;

beforeAll(async () => {
  learning = await startTestSubgraph(createLearningSubgraph(testConfig()), inject('postgresUrl'), { seed: true });
});
afterAll(async () => {
  await learning?.stop();
});

const FIGURES = `figures { cooperativesEnrolled cooperativesTrained cooperativesCoached coachingSessions participantsTrained womenTrained menTrained certifiedTrainers }`;

type Figures = { cooperativesEnrolled: number; cooperativesTrained: number; cooperativesCoached: number; coachingSessions: number; participantsTrained: number; womenTrained: number; menTrained: number; certifiedTrainers: number | null };
type ProgramRes = { program: { code: string; targetCooperatives: number | null; startsOn: string | null; partners: { id: string }[]; figures: Figures; cohorts: { name: string; startsOn: string; regions: { code: string }[]; figures: Figures }[] } };

const program = (code: string) =>
  learning.query<ProgramRes>(`query ($code: String!) { program(code: $code) { code targetCooperatives startsOn partners { id } ${FIGURES} cohorts { name startsOn regions { code } ${FIGURES} } } }`, { code });

describe('published figures from the demo data', () => {
  it('F1: 22 certified trainers from MA, GN, CV, CI on three tools, issued by the ILO', async () => {
    const res = await learning.query<{ certificationFigures: { certifiedTrainers: number; byCountry: { country: { code: string }; certifiedTrainers: number }[]; byTool: { tool: string }[]; issuers: { id: string }[] } }>(
      `{ certificationFigures { certifiedTrainers byCountry { country { code } certifiedTrainers } byTool { tool certifiedTrainers } issuers { id } } }`,
    );
    expect(res.errors).toBeUndefined();
    const f = res.data!.certificationFigures;
    expect(f.certifiedTrainers).toBe(22);
    expect(f.byCountry.map((c) => c.country.code)).toEqual(['CI', 'CV', 'GN', 'MA']);
    expect(f.byCountry.reduce((s, c) => s + c.certifiedTrainers, 0)).toBe(22);
    expect(f.byTool.map((t) => t.tool)).toEqual(['MY_COOP', 'START_COOP', 'THINK_COOP']);
    expect(f.issuers).toHaveLength(1);
  });

  it('F1 per country through Country.learningFigures', async () => {
    const res = await learning.query<{ _entities: { learningFigures: Figures }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Country { learningFigures { certifiedTrainers } } } }`,
      { r: ['MA', 'GN', 'CV', 'CI', 'SN'].map((code) => ({ __typename: 'Country', code })) },
    );
    expect(res.errors).toBeUndefined();
    const counts = res.data!._entities.map((e) => e.learningFigures.certifiedTrainers);
    expect(counts.slice(0, 4).reduce((s, n) => s! + n!, 0)).toBe(22);
    expect(counts[4]).toBe(0);
  });

  it('F2: GET Ahead trained 34 cooperatives', async () => {
    const res = await program(DEMO_PROGRAMS.getAhead);
    expect(res.errors).toBeUndefined();
    expect(res.data!.program.figures.cooperativesTrained).toBe(34);
    expect(res.data!.program.partners).toHaveLength(2);
  });

  it('F3: the coaching programme trained 214, coached 197 cooperatives in 2681 sessions', async () => {
    const res = await program(DEMO_PROGRAMS.coaching);
    expect(res.data!.program.figures).toMatchObject({ cooperativesTrained: 214, cooperativesCoached: 197, coachingSessions: 2681 });
    expect(res.data!.program.partners).toHaveLength(3);
  });

  it('F7: Mourafaka aims at 600; its first cohort trained and coached 243 cooperatives in 4 regions', async () => {
    const res = await program(DEMO_PROGRAMS.mourafaka);
    const p = res.data!.program;
    expect(p.targetCooperatives).toBe(600);
    expect(p.cohorts).toHaveLength(3);
    expect(p.cohorts[0]!.regions.map((r) => r.code)).toEqual(['MA-03', 'MA-05', 'MA-07', 'MA-08']);
    expect(p.figures.cooperativesEnrolled).toBe(600);
    expect(p.cohorts[0]!.figures).toMatchObject({ cooperativesEnrolled: 243, cooperativesTrained: 243, cooperativesCoached: 243, certifiedTrainers: null });
  });

  it('F9: the first call, launched on 8 March 2020 with ODCO, selected and supported 8 cooperatives', async () => {
    const res = await program(DEMO_PROGRAMS.firstCall);
    const p = res.data!.program;
    expect(p.startsOn).toBe('2020-03-08');
    expect(p.partners).toHaveLength(1);
    expect(p.figures).toMatchObject({ cooperativesEnrolled: 8, cooperativesCoached: 8 });
  });

  it('adds up per region: Mourafaka’s 600 cooperatives, 243 of them in the first phase’s regions; filters by programme and year', async () => {
    const res = await learning.query<{ _entities: { code: string; learningFigures: Figures }[] }>(
      `query ($r: [_Any!]!, $p: String) { _entities(representations: $r) { ... on Region { code learningFigures(programCode: $p) { cooperativesEnrolled cooperativesTrained certifiedTrainers } } } }`,
      { r: Array.from({ length: 12 }, (_, i) => ({ __typename: 'Region', code: `MA-${String(i + 1).padStart(2, '0')}` })), p: 'mourafaka' },
    );
    expect(res.errors).toBeUndefined();
    const total = res.data!._entities.reduce((s, e) => s + e.learningFigures.cooperativesEnrolled, 0);
    expect(total).toBe(600);
    const firstPhase = res.data!._entities.filter((e) => ['MA-03', 'MA-05', 'MA-07', 'MA-08'].includes(e.code));
    expect(firstPhase.reduce((s, e) => s + e.learningFigures.cooperativesEnrolled, 0)).toBe(243);
    expect(res.data!._entities.find((e) => e.code === 'MA-01')!.learningFigures.cooperativesEnrolled).toBe(45);
    expect(res.data!._entities[0]!.learningFigures.certifiedTrainers).toBeNull();
    const none = await learning.query<{ _entities: { learningFigures: Figures }[] }>(
      `{ _entities(representations: [{ __typename: "Country", code: "MA" }]) { ... on Country { learningFigures(year: 2019) { cooperativesTrained coachingSessions certifiedTrainers } } } }`,
    );
    expect(none.data!._entities[0]!.learningFigures).toEqual({ cooperativesTrained: 0, coachingSessions: 0, certifiedTrainers: 0 });
    const bad = await learning.query(`{ _entities(representations: [{ __typename: "Country", code: "MA" }]) { ... on Country { learningFigures(year: 1800) { cooperativesTrained } } } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'year' }] });
  });

  it('computes the figures of any number of regions in the same number of statements', async () => {
    const q = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { learningFigures { cooperativesTrained coachingSessions } } } }`;
    const measure = async (n: number) => {
      const before = learning.sqlCount();
      const res = await learning.query(q, { r: Array.from({ length: n }, (_, i) => ({ __typename: 'Region', code: `MA-${String(i + 1).padStart(2, '0')}` })) });
      expect(res.errors).toBeUndefined();
      return learning.sqlCount() - before;
    };
    expect(await measure(2)).toBe(await measure(12));
  });
});
