import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorld } from '@cooplab/world';
import { exampleOperations, startTestGraph, DEMO_TRAINER, type TestGraph } from '../support/graph.js';

let t: TestGraph;
let operations: Record<string, string>;

beforeAll(async () => {
  t = await startTestGraph();
  operations = await exampleOperations();
});
afterAll(async () => {
  await t?.stop();
});

const run = async <T>(file: string, token?: string, variables: Record<string, unknown> = {}) => {
  const operation = operations[file];
  expect(operation, file).toBeDefined();
  const res = await t.query<T>(operation!, variables, token);
  expect(res.errors, file).toBeUndefined();
  return res.data!;
};

type Figures = { cooperativesEnrolled: number; cooperativesTrained: number; cooperativesCoached: number; coachingSessions: number };

describe('the learning subgraph through the gateway', () => {
  it('runs as many SQL statements in learning for cooperatives(first: 100) with enrolments and coaching as for first: 10', async () => {
    const q = `query ($n: Int) { cooperatives(first: $n) { edges { node { name { fr } enrollments { status cohort { name } } coachingTotals { sessions minutes } } } } }`;
    const measure = async (n: number) => {
      const before = t.sqlCount('learning');
      const res = await t.query(q, { n }, t.tokens.STAFF);
      expect(res.errors).toBeUndefined();
      return t.sqlCount('learning') - before;
    };
    const ten = await measure(10);
    expect(ten).toBeGreaterThan(0);
    expect(await measure(100)).toBe(ten);
  });

  it('F1: 22 trainers certified, from Morocco, Guinea, Cape Verde and Côte d’Ivoire, on three tools, by the ILO', async () => {
    const data = await run<{ certificationFigures: { certifiedTrainers: number; byCountry: { country: { code: string; name: { fr: string } } }[]; byTool: { tool: string }[]; issuers: { acronym: string }[] } }>(
      'figure-F1-certified-trainers.graphql',
    );
    const f = data.certificationFigures;
    expect(f.certifiedTrainers).toBe(22);
    expect(f.byCountry.map((c) => c.country.code)).toEqual(['CI', 'CV', 'GN', 'MA']);
    expect(f.byCountry.find((c) => c.country.code === 'GN')!.country.name.fr).toBe('Guinée');
    expect(f.byTool.map((x) => x.tool)).toEqual(['MY_COOP', 'START_COOP', 'THINK_COOP']);
    expect(f.issuers.map((i) => i.acronym)).toEqual(['ILO']);
  });

  it('F2: GET Ahead (ILO + ENA Meknès) trained 34 cooperatives', async () => {
    const data = await run<{ program: { partners: { acronym: string }[]; figures: Figures } }>('figure-F2-get-ahead.graphql');
    expect(data.program.figures.cooperativesTrained).toBe(34);
    expect(data.program.partners.map((p) => p.acronym).sort()).toEqual(['ENA Meknès', 'ILO']);
  });

  it('F3: the coaching programme trained 214, coached 197 cooperatives in 2681 sessions', async () => {
    const data = await run<{ program: { partners: { acronym: string }[]; figures: Figures } }>('figure-F3-coaching-programme.graphql');
    expect(data.program.figures).toMatchObject({ cooperativesTrained: 214, cooperativesCoached: 197, coachingSessions: 2681 });
    expect(data.program.partners.map((p) => p.acronym).sort()).toEqual(['MTAESS', 'ODCO', 'UM6P']);
  });

  it('F7: Mourafaka aims at 600 cooperatives over 12 regions in 3 phases; its first cohort trained and supported 243 in 4 regions', async () => {
    const data = await run<{ program: { targetCooperatives: number; figures: Figures; cohorts: { name: string; regions: { code: string; name: { fr: string } }[]; figures: Figures }[] } }>('figure-F7-mourafaka.graphql');
    expect(data.program.targetCooperatives).toBe(600);
    const first = data.program.cohorts[0]!;
    expect(first.regions.map((r) => r.code)).toEqual(['MA-03', 'MA-05', 'MA-07', 'MA-08']);
    expect(first.regions[0]!.name.fr).toMatch(/Fès/);
    expect(first.figures).toMatchObject({ cooperativesEnrolled: 243, cooperativesTrained: 243, cooperativesCoached: 243 });
    expect(data.program.cohorts.map((c) => c.name)).toEqual(['Phase 1 — cohorte 1', 'Phase 2 — cohorte 2', 'Phase 3 — cohorte 3']);
    const regions = data.program.cohorts.flatMap((c) => c.regions.map((r) => r.code));
    expect(new Set(regions).size).toBe(12);
    expect(regions).toHaveLength(12);
    expect(data.program.cohorts.map((c) => c.figures.cooperativesEnrolled)).toEqual([243, 180, 177]);
    expect(data.program.figures.cooperativesEnrolled).toBe(600);
  });

  it('F4: South-South cooperation supported 33 cooperatives of 9 countries and trained 1,500 women, by country', async () => {
    type F = { cooperativesEnrolled: number; cooperativesTrained: number; womenTrained: number };
    const data = await run<{ program: { kind: string; figures: F & { cooperativesCoached: number } }; countries: { code: string; learningFigures: F }[] }>('figure-F4-south-south.graphql');
    expect(data.program.figures).toMatchObject({ cooperativesEnrolled: 33, cooperativesTrained: 33, cooperativesCoached: 33, womenTrained: 1500 });
    const supported = data.countries.filter((c) => c.learningFigures.cooperativesEnrolled > 0);
    expect(supported.map((c) => c.code).sort()).toEqual(['CI', 'CV', 'GM', 'GN', 'IN', 'MG', 'MW', 'SN', 'ZW']);
    expect(supported.reduce((s, c) => s + c.learningFigures.cooperativesEnrolled, 0)).toBe(33);
    expect(supported.reduce((s, c) => s + c.learningFigures.womenTrained, 0)).toBe(1500);
  });

  it('F11: more than 800 Moroccan and African cooperatives supported and trained by the programmes, summed over countries', async () => {
    const data = await run<{ countries: { code: string; learningFigures: Figures }[] }>('figure-F11-cooperatives-supported.graphql');
    const enrolled = data.countries.reduce((s, c) => s + c.learningFigures.cooperativesEnrolled, 0);
    const world = demoWorld();
    expect(enrolled).toBe(new Set(world.learning.enrollments.map((e) => e.cooperativeId)).size);
    expect(enrolled).toBeGreaterThan(800);
    const ma = data.countries.find((c) => c.code === 'MA')!.learningFigures;
    expect(ma.cooperativesEnrolled).toBeGreaterThan(800);
    expect(data.countries.filter((c) => c.code !== 'MA' && c.learningFigures.cooperativesEnrolled > 0)).toHaveLength(9);
    expect(data.countries.reduce((s, c) => s + c.learningFigures.cooperativesTrained, 0)).toBeGreaterThan(800);
  });

  it('BootCoop: two cohorts of 30 cooperatives, trained for a week, mentored and advised by experts', async () => {
    const data = await run<{ program: { kind: string; partners: { acronym: string }[]; cohorts: { figures: Figures }[]; figures: Figures } }>('programme-bootcoop.graphql');
    expect(data.program.kind).toBe('INCUBATION');
    expect(data.program.partners.map((p) => p.acronym).sort()).toEqual(['OCP Foundation', 'UM6P']);
    expect(data.program.cohorts.map((c) => c.figures.cooperativesEnrolled)).toEqual([30, 30]);
    expect(data.program.figures).toMatchObject({ cooperativesEnrolled: 60, cooperativesTrained: 60, cooperativesCoached: 60, coachingSessions: 300 });
  });

  it('the 2020 lockdown: agricultural cooperatives near OCP sites trained and supported remotely by volunteers', async () => {
    const data = await run<{ program: { startsOn: string; partners: { acronym: string }[]; cohorts: { regions: { code: string }[] }[]; figures: Figures } }>('programme-remote-support-2020.graphql');
    expect(data.program.startsOn).toBe('2020-04-06');
    expect(data.program.partners.map((p) => p.acronym)).toEqual(['OCP Foundation']);
    expect(data.program.cohorts[0]!.regions.map((r) => r.code)).toEqual(['MA-05', 'MA-06', 'MA-07', 'MA-11']);
    expect(data.program.figures).toMatchObject({ cooperativesEnrolled: 36, cooperativesTrained: 36, cooperativesCoached: 36, coachingSessions: 108 });
    const world = demoWorld();
    const program = world.learning.programs.find((p) => p.code === 'ACCOMPAGNEMENT-A-DISTANCE-2020')!;
    const sessions = world.learning.coachingSessions.filter((s) => s.programId === program.id);
    expect(sessions.every((s) => s.mode === 'REMOTE' && s.trainerId === null && s.coachName!.startsWith('Bénévole'))).toBe(true);
  });

  it('the training of trainers for cooperative advisers covers the 12 regions', async () => {
    const data = await run<{ programs: { edges: { node: { code: string; partners: { acronym: string }[]; cohorts: { regions: { code: string }[] }[] } }[] } }>('programme-advisers-training.graphql');
    const advisers = data.programs.edges.map((e) => e.node).find((p) => p.code === 'FORMATION-CONSEILLERS')!;
    expect(advisers.partners.map((p) => p.acronym).sort()).toEqual(['MTAESS', 'ODCO']);
    expect(advisers.cohorts[0]!.regions).toHaveLength(12);
  });

  it('F9: the first call, launched with ODCO on 8 March 2020, selected and supported 8 women’s cooperatives', async () => {
    const data = await run<{ program: { startsOn: string; partners: { acronym: string }[]; figures: Figures; cohorts: { enrollments: { cooperative: { womenOnly: boolean } }[] }[] } }>(
      'figure-F9-first-call.graphql',
      t.tokens.PARTNER,
    );
    expect(data.program.startsOn).toBe('2020-03-08');
    expect(data.program.partners.map((p) => p.acronym)).toEqual(['ODCO']);
    expect(data.program.figures).toMatchObject({ cooperativesEnrolled: 8, cooperativesCoached: 8 });
    const enrolled = data.program.cohorts.flatMap((c) => c.enrollments);
    expect(enrolled).toHaveLength(8);
    expect(enrolled.every((e) => e.cooperative.womenOnly)).toBe(true);
  });

  it('lets a trainer read their own profile and certifications through me, and verify a code anonymously', async () => {
    const res = await t.query<{ me: { trainer: { id: string; name: string; email: string; certifications: { tool: string; status: string; verificationCode: string }[] } } }>(
      `{ me { trainer { id name email certifications { tool status verificationCode } } } }`,
      {},
      t.tokens.TRAINER,
    );
    expect(res.errors).toBeUndefined();
    const trainer = res.data!.me.trainer;
    expect(trainer.id).toBe(DEMO_TRAINER);
    expect(trainer.certifications.length).toBeGreaterThan(0);
    const code = trainer.certifications[0]!.verificationCode;
    const verified = await run<{ verifyCertification: { valid: boolean; certification: { trainerName: string; issuer: { acronym: string } } } }>('learning-verify-certification.graphql', undefined, { code: code.toLowerCase() });
    expect(verified.verifyCertification).toMatchObject({ valid: true, certification: { trainerName: trainer.name, status: 'ACTIVE', issuer: { acronym: 'ILO' } } });
    // The operation's default code is a demo certificate's (README shows it); a well-formed code no one holds is unknown.
    const byDefault = await run<{ verifyCertification: { valid: boolean } }>('learning-verify-certification.graphql');
    expect(byDefault.verifyCertification).toMatchObject({ valid: true });
    const unknown = await run<{ verifyCertification: { valid: boolean; status: string } }>('learning-verify-certification.graphql', undefined, { code: 'K7QX-M4PT-9WHR' });
    expect(unknown.verifyCertification).toMatchObject({ valid: false, status: 'UNKNOWN_CODE' });
  });

  it('joins the catalog and learning in a cooperative’s journey', async () => {
    const data = await run<{ cooperative: { name: { fr: string }; enrollments: { cohort: { program: { code: string } } }[]; coachingTotals: { sessions: number }; latestAssessment: unknown; priorityNeeds: string[] } }>(
      'learning-cooperative-journey.graphql',
      t.tokens.PARTNER,
    );
    expect(data.cooperative.name.fr).toBeTruthy();
    expect(data.cooperative.enrollments.map((e) => e.cohort.program.code)).toContain('MOURAFAKA');
    expect(data.cooperative.coachingTotals.sessions).toBeGreaterThan(0);
    expect(data.cooperative.latestAssessment).toBeTruthy();
    expect(data.cooperative.priorityNeeds.length).toBeGreaterThan(0);
  });

  it('serves figures of every region from both subgraphs in one query', async () => {
    const res = await t.query<{ regions: { code: string; cooperativeFigures: { cooperatives: number }; learningFigures: { cooperativesEnrolled: number } }[] }>(
      `{ regions { code cooperativeFigures { cooperatives } learningFigures(programCode: "MOURAFAKA") { cooperativesEnrolled cooperativesTrained } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.regions.reduce((s, r) => s + r.learningFigures.cooperativesEnrolled, 0)).toBe(600);
    const firstPhase = res.data!.regions.filter((r) => ['MA-03', 'MA-05', 'MA-07', 'MA-08'].includes(r.code));
    expect(firstPhase.reduce((s, r) => s + r.learningFigures.cooperativesEnrolled, 0)).toBe(243);
  });
});
