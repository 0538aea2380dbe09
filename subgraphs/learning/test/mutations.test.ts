import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { stableId } from '@cooplab/kit';
import { startTestSubgraph, type TestSubgraph } from '@cooplab/kit/testing';
import { createLearningSubgraph } from '../src/subgraph.js';
import { expectFiguresExact } from './figures-exact.js';
import { JURY, PARTNER, STAFF, TRAINER, codeOf, fieldsOf, testConfig } from './support.js';

let learning: TestSubgraph;

beforeAll(async () => {
  learning = await startTestSubgraph(createLearningSubgraph(testConfig()), inject('postgresUrl'), { seed: true });
});
afterAll(async () => {
  await learning?.stop();
});

/**
 * Every learning figure is read from sums the database maintains (triggers of the figures migrations). After every
 * test of this file (each writes: enrolments, their status, training attendance, coaching, a cooperative's place),
 * they equal the figures counted from scratch from the rows.
 */
afterEach(() => expectFiguresExact(learning));

const count = async (table: string) => Number((await learning.subgraph.db.orm.em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0]!.n);
const coop = (n: number) => stableId('cooperative', `TEST-${n}`);
const ODCO = stableId('organization', 'odco');

const CREATE_PROGRAM = `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id code name { fr } kind partners { id } targetCooperatives } }`;
const CREATE_COHORT = `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id name capacity regions { code } program { code } } }`;
const ENROLL = `mutation ($input: EnrollCooperativeInput!) { enrollCooperative(input: $input) { id status appliedOn cooperative { id } cohort { id } } }`;
const SET_STATUS = `mutation ($input: SetEnrollmentStatusInput!) { setEnrollmentStatus(input: $input) { id status startedOn completedOn withdrawnOn } }`;

let programId: string;
let cohortId: string;

async function run<T = Record<string, unknown>>(query: string, input: Record<string, unknown>, principal = STAFF) {
  return learning.query<T>(query, { input }, principal);
}

describe('programmes and cohorts', () => {
  it('creates a programme with partners and a cohort with regions', async () => {
    const p = await run<{ createProgram: { id: string; code: string } }>(CREATE_PROGRAM, { code: 'bootcoop-2026', name: { fr: 'BootCoop 2026' }, kind: 'INCUBATION', partnerIds: [ODCO], targetCooperatives: 50 });
    expect(p.errors).toBeUndefined();
    expect(p.data!.createProgram.code).toBe('BOOTCOOP-2026');
    programId = p.data!.createProgram.id;
    const c = await run<{ createCohort: { id: string; regions: { code: string }[] } }>(CREATE_COHORT, { programId, name: 'Cohorte A', startsOn: '2025-01-06', regionCodes: ['MA-09', 'MA-06'], capacity: 3 });
    expect(c.errors).toBeUndefined();
    expect(c.data!.createCohort.regions.map((r) => r.code)).toEqual(['MA-06', 'MA-09']);
    cohortId = c.data!.createCohort.id;
    const cohorts = await learning.query<{ cohorts: { totalCount: number } }>(`{ cohorts(programCode: "bootcoop-2026") { totalCount } }`);
    expect(cohorts.data!.cohorts.totalCount).toBe(1);
  });

  it('refuses a duplicate code or cohort name with CONFLICT and bad input with the fields named, writing nothing', async () => {
    const before = [await count('program'), await count('cohort')];
    expect(fieldsOf(await run(CREATE_PROGRAM, { code: 'BOOTCOOP-2026', name: { fr: 'Encore' }, kind: 'TRAINING' }))).toEqual(['input.code']);
    expect(codeOf(await run(CREATE_PROGRAM, { code: 'BOOTCOOP-2026', name: { fr: 'Encore' }, kind: 'TRAINING' }))).toBe('CONFLICT');
    const bad = await run(CREATE_PROGRAM, { code: 'no spaces!', name: { fr: '' }, kind: 'TRAINING', partnerIds: ['odco'], targetCooperatives: 0 });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(expect.arrayContaining(['input.code', 'input.name.fr', 'input.partnerIds', 'input.targetCooperatives']));
    expect(codeOf(await run(CREATE_COHORT, { programId, name: 'Cohorte A', startsOn: '2025-01-06', capacity: 3 }))).toBe('CONFLICT');
    expect(fieldsOf(await run(CREATE_COHORT, { programId, name: 'B', startsOn: '2025-01-06', endsOn: '2024-01-01', capacity: 3 }))).toEqual(['input.endsOn']);
    expect(fieldsOf(await run(CREATE_COHORT, { programId, name: 'B', startsOn: '2025-01-06', regionCodes: ['MA-13'], capacity: 0 }))).toEqual(['input.regionCodes', 'input.capacity']);
    expect(fieldsOf(await run(CREATE_COHORT, { programId: stableId('program', 'none'), name: 'B', startsOn: '2025-01-06', capacity: 3 }))).toEqual(['input.programId']);
    expect([await count('program'), await count('cohort')]).toEqual(before);
  });
});

describe('enrolments', () => {
  const input = (n: number, extra: Record<string, unknown> = {}) => ({ cooperativeId: coop(n), cohortId, countryCode: 'MA', regionCode: 'MA-09', appliedOn: '2025-01-06', ...extra });

  it('enrols a cooperative once, records its place, and refuses a second enrolment with CONFLICT', async () => {
    const res = await run<{ enrollCooperative: { status: string } }>(ENROLL, input(1));
    expect(res.errors).toBeUndefined();
    expect(res.data!.enrollCooperative.status).toBe('APPLIED');
    const place = await learning.subgraph.db.orm.em.getConnection().execute(`select country_code, region_code from beneficiary where cooperative_id = ?`, [coop(1)]);
    expect(place).toEqual([{ country_code: 'MA', region_code: 'MA-09' }]);
    const again = await run(ENROLL, input(1));
    expect(codeOf(again)).toBe('CONFLICT');
    expect(fieldsOf(again)).toEqual(['input.cooperativeId']);
  });

  it('checks the place: a Moroccan cooperative needs one of the cohort’s regions, others none', async () => {
    const before = [await count('enrollment'), await count('beneficiary')];
    expect(fieldsOf(await run(ENROLL, input(2, { regionCode: null })))).toEqual(['input.regionCode']);
    expect(fieldsOf(await run(ENROLL, input(2, { regionCode: 'MA-01' })))).toEqual(['input.regionCode']);
    expect(fieldsOf(await run(ENROLL, input(2, { countryCode: 'SN' })))).toEqual(['input.regionCode']);
    expect(fieldsOf(await run(ENROLL, input(2, { countryCode: 'Maroc', regionCode: 'MA-9' })))).toEqual(['input.countryCode', 'input.regionCode']);
    expect(fieldsOf(await run(ENROLL, input(2, { cooperativeId: '42' })))).toEqual(['input.cooperativeId']);
    expect(fieldsOf(await run(ENROLL, input(2, { appliedOn: '2999-01-01' })))).toEqual(['input.appliedOn']);
    expect(fieldsOf(await run(ENROLL, input(2, { cohortId: stableId('cohort', 'none') })))).toEqual(['input.cohortId']);
    expect([await count('enrollment'), await count('beneficiary')]).toEqual(before);
  });

  it('never takes more than the capacity, even under concurrent enrolments; a withdrawal frees a place', async () => {
    const results = await Promise.all([2, 3, 4, 5, 6].map((n) => run<{ enrollCooperative: { id: string } }>(ENROLL, input(n))));
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(2); // 3 places, one taken already
    for (const r of results.filter((r) => r.errors)) {
      expect(codeOf(r)).toBe('CONFLICT');
      expect(r.errors![0]!.message).toMatch(/full/);
    }
    const taken = await learning.subgraph.db.orm.em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from enrollment where cohort_id = ?`, [cohortId]);
    expect(taken[0]!.n).toBe(3);
    const withdrawn = await run<{ setEnrollmentStatus: { status: string; withdrawnOn: string } }>(SET_STATUS, { enrollmentId: ok[0]!.data!.enrollCooperative.id, status: 'WITHDRAWN', on: '2025-02-01' });
    expect(withdrawn.data!.setEnrollmentStatus).toMatchObject({ status: 'WITHDRAWN', withdrawnOn: '2025-02-01' });
    expect((await run(ENROLL, input(7))).errors).toBeUndefined();
  });

  it('moves APPLIED → ACTIVE → COMPLETED and refuses other moves', async () => {
    const e = await run<{ enrollCooperative: { id: string } }>(ENROLL, { cooperativeId: coop(20), cohortId: stableId('cohort', 'mourafaka-1'), countryCode: 'MA', regionCode: 'MA-03', appliedOn: '2021-10-01' });
    expect(e.errors).toBeUndefined(); // 243 of 250 places taken
    const id = e.data!.enrollCooperative.id;
    expect(codeOf(await run(SET_STATUS, { enrollmentId: id, status: 'COMPLETED' }))).toBe('CONFLICT');
    expect(fieldsOf(await run(SET_STATUS, { enrollmentId: id, status: 'ACTIVE', on: '2020-01-01' }))).toEqual(['input.on']);
    expect((await run<{ setEnrollmentStatus: { startedOn: string } }>(SET_STATUS, { enrollmentId: id, status: 'ACTIVE', on: '2021-11-01' })).data!.setEnrollmentStatus.startedOn).toBe('2021-11-01');
    expect((await run<{ setEnrollmentStatus: { status: string } }>(SET_STATUS, { enrollmentId: id, status: 'COMPLETED', on: '2023-09-30' })).data!.setEnrollmentStatus.status).toBe('COMPLETED');
    expect(codeOf(await run(SET_STATUS, { enrollmentId: id, status: 'WITHDRAWN' }))).toBe('CONFLICT');
    expect(codeOf(await run(SET_STATUS, { enrollmentId: stableId('enrollment', 'none'), status: 'ACTIVE' }))).toBe('NOT_FOUND');
  });
});

describe('assessments and plans', () => {
  const scores = (values: number[]) => ['MANAGEMENT', 'GOVERNANCE', 'PRODUCTION', 'MARKET_ACCESS', 'FINANCE', 'DIGITAL'].map((dimension, i) => ({ dimension, score: values[i] }));
  const RECORD = `mutation ($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { id priorityNeeds scores { dimension score } } }`;
  const ADD = `mutation ($input: AddDevelopmentActionInput!) { addDevelopmentAction(input: $input) { id status } }`;
  const MOVE = `mutation ($input: SetDevelopmentActionStatusInput!) { setDevelopmentActionStatus(input: $input) { id status } }`;

  it('records an assessment whose weakest dimensions are the priority needs, and a plan with its progress', async () => {
    const res = await run<{ recordNeedsAssessment: { priorityNeeds: string[] } }>(RECORD, { cooperativeId: coop(1), assessedOn: '2025-01-10', assessor: 'Équipe CoopLab', scores: scores([2, 1, 3, 1, 4, 2]) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordNeedsAssessment.priorityNeeds).toEqual(['GOVERNANCE', 'MARKET_ACCESS']);
    const a = await run<{ addDevelopmentAction: { id: string; status: string } }>(ADD, { cooperativeId: coop(1), dimension: 'GOVERNANCE', action: 'Tenir une assemblée générale', dueOn: '2025-06-30' });
    await run(ADD, { cooperativeId: coop(1), dimension: 'MARKET_ACCESS', action: 'Ouvrir une boutique en ligne', dueOn: '2025-09-30' });
    expect(a.data!.addDevelopmentAction.status).toBe('TODO');
    expect((await run<{ setDevelopmentActionStatus: { status: string } }>(MOVE, { actionId: a.data!.addDevelopmentAction.id, status: 'DONE' })).data!.setDevelopmentActionStatus.status).toBe('DONE');
    expect(codeOf(await run(MOVE, { actionId: a.data!.addDevelopmentAction.id, status: 'TODO' }))).toBe('CONFLICT');
    const plan = await learning.query<{ _entities: { developmentPlan: { progress: number; actions: { status: string }[] }; priorityNeeds: string[] }[] }>(
      `query ($id: ID!) { _entities(representations: [{ __typename: "Cooperative", id: $id }]) { ... on Cooperative { priorityNeeds developmentPlan { progress actions { status } } } } }`,
      { id: coop(1) },
      PARTNER,
    );
    expect(plan.data!._entities[0]).toEqual({ priorityNeeds: ['GOVERNANCE', 'MARKET_ACCESS'], developmentPlan: { progress: 0.5, actions: [{ status: 'DONE' }, { status: 'TODO' }] } });
  });

  it('names bad input and writes nothing', async () => {
    const before = [await count('needs_assessment'), await count('development_action')];
    expect(fieldsOf(await run(RECORD, { cooperativeId: coop(1), assessedOn: '2025-01-10', assessor: 'X', scores: scores([2, 1, 3, 1, 5, 2]) }))).toEqual(['input.assessor', 'input.scores.4.score']);
    expect(fieldsOf(await run(RECORD, { cooperativeId: coop(1), assessedOn: '2025-01-10', assessor: 'Équipe', scores: [...scores([2, 1, 3, 1, 4]).slice(0, 5), { dimension: 'MANAGEMENT', score: 1 }] }))).toEqual(['input.scores']);
    expect(fieldsOf(await run(RECORD, { cooperativeId: coop(1), assessedOn: '2999-01-10', assessor: 'Équipe', scores: scores([1, 1, 1, 1, 1, 1]) }))).toEqual(['input.assessedOn']);
    expect(fieldsOf(await run(ADD, { cooperativeId: 'x', dimension: 'FINANCE', action: 'A', dueOn: '2025-01-01' }))).toEqual(['input.cooperativeId', 'input.action']);
    expect(fieldsOf(await run(MOVE, { actionId: 'x', status: 'DONE' }))).toEqual(['input.actionId']);
    expect([await count('needs_assessment'), await count('development_action')]).toEqual(before);
  });
});

describe('training and coaching sessions', () => {
  const TRAIN = `mutation ($input: RecordTrainingSessionInput!) { recordTrainingSession(input: $input) { id module hours attendance { cooperative { id } participantsWomen participantsMen } } }`;
  const COACH = `mutation ($input: RecordCoachingSessionInput!) { recordCoachingSession(input: $input) { id minutes mode cooperative { id } program { code } } }`;
  const session = (extra: Record<string, unknown> = {}) => ({ cohortId, module: 'Gouvernance', heldOn: '2025-02-10', hours: 3.5, attendance: [{ cooperativeId: coop(1), participantsWomen: 3, participantsMen: 1 }], ...extra });

  it('records a training session with its attendance; the cooperative becomes trained', async () => {
    const res = await run<{ recordTrainingSession: { attendance: unknown[] } }>(TRAIN, session());
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordTrainingSession.attendance).toEqual([{ cooperative: { id: coop(1) }, participantsWomen: 3, participantsMen: 1 }]);
    const figures = await learning.query<{ program: { figures: { cooperativesTrained: number; womenTrained: number } } }>(`{ program(code: "BOOTCOOP-2026") { figures { cooperativesTrained womenTrained } } }`);
    expect(figures.data!.program.figures).toEqual({ cooperativesTrained: 1, womenTrained: 3 });
  });

  it('refuses attendance of cooperatives not enrolled, twice named or with nobody, naming each; writes nothing', async () => {
    const before = [await count('training_session'), await count('training_attendance')];
    const res = await run(TRAIN, session({ attendance: [{ cooperativeId: coop(1), participantsWomen: 0, participantsMen: 0 }, { cooperativeId: coop(99), participantsWomen: 2, participantsMen: 0 }] }));
    expect(fieldsOf(res)).toEqual(['input.attendance.0.participantsWomen', 'input.attendance.1.cooperativeId']);
    expect(fieldsOf(await run(TRAIN, session({ attendance: [{ cooperativeId: coop(1), participantsWomen: 1, participantsMen: 0 }, { cooperativeId: coop(1), participantsWomen: 1, participantsMen: 0 }] })))).toEqual(['input.attendance']);
    expect(fieldsOf(await run(TRAIN, session({ heldOn: '2024-01-01', hours: 30 })))).toEqual(['input.hours']);
    expect(fieldsOf(await run(TRAIN, session({ heldOn: '2024-01-01' })))).toEqual(['input.heldOn']);
    expect(fieldsOf(await run(TRAIN, session({ attendance: [] })))).toEqual(['input.attendance']);
    expect(fieldsOf(await run(TRAIN, session({ trainerId: stableId('trainer', 'none') })))).toEqual(['input.trainerId']);
    expect([await count('training_session'), await count('training_attendance')]).toEqual(before);
  });

  it('records a coaching session, recording the cooperative’s place; the cooperative becomes coached', async () => {
    const res = await run<{ recordCoachingSession: { minutes: number; program: { code: string } } }>(COACH, { cooperativeId: coop(50), programId, countryCode: 'SN', coachName: 'Awa Ndiaye', heldOn: '2025-03-01', minutes: 90, topic: 'Plan d’affaires', mode: 'REMOTE' });
    expect(res.errors).toBeUndefined();
    const sn = await learning.query<{ _entities: { learningFigures: { cooperativesCoached: number; coachingSessions: number } }[] }>(
      `{ _entities(representations: [{ __typename: "Country", code: "SN" }]) { ... on Country { learningFigures(programCode: "BOOTCOOP-2026") { cooperativesCoached coachingSessions } } } }`,
    );
    expect(sn.data!._entities[0]!.learningFigures).toEqual({ cooperativesCoached: 1, coachingSessions: 1 });
  });

  it('names bad coaching input and writes nothing', async () => {
    const before = [await count('coaching_session'), await count('beneficiary')];
    const base = { cooperativeId: coop(51), programId, countryCode: 'MA', regionCode: 'MA-01', coachName: 'Awa Ndiaye', heldOn: '2025-03-01', minutes: 90, topic: 'Plan', mode: 'ON_SITE' };
    expect(fieldsOf(await run(COACH, { ...base, coachName: null }))).toEqual(['input.coachName']);
    expect(fieldsOf(await run(COACH, { ...base, minutes: 2 }))).toEqual(['input.minutes']);
    expect(fieldsOf(await run(COACH, { ...base, regionCode: null }))).toEqual(['input.regionCode']);
    expect(fieldsOf(await run(COACH, { ...base, programId: stableId('program', 'none') }))).toEqual(['input.programId']);
    expect(fieldsOf(await run(COACH, { ...base, heldOn: '2999-01-01' }))).toEqual(['input.heldOn']);
    expect([await count('coaching_session'), await count('beneficiary')]).toEqual(before);
  });

  it('lets staff only write', async () => {
    const mutations: [string, Record<string, unknown>][] = [
      [CREATE_PROGRAM, { code: 'X-1', name: { fr: 'X' }, kind: 'TRAINING' }],
      [ENROLL, { cooperativeId: coop(60), cohortId, countryCode: 'MA', regionCode: 'MA-09' }],
      [COACH, { cooperativeId: coop(60), programId, countryCode: 'SN', coachName: 'A B', heldOn: '2025-03-01', minutes: 60, topic: 'Plan', mode: 'REMOTE' }],
    ];
    for (const [m, input] of mutations) {
      expect(codeOf(await run(m, input, { role: 'ANONYMOUS' }))).toBe('UNAUTHENTICATED');
      for (const principal of [PARTNER, TRAINER, JURY]) expect(codeOf(await run(m, input, principal))).toBe('FORBIDDEN');
    }
  });
});
