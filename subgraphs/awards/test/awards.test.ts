import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@cooplab/kit/testing';
import type { Principal } from '@cooplab/kit';
import { awardsSubgraph } from '../src/subgraph.js';
import { PARTNER, STAFF, codeOf, cooperative, daysFromToday, fieldsOf, juror } from './support.js';

let awards: TestSubgraph;
beforeAll(async () => {
  awards = await startTestSubgraph(awardsSubgraph, inject('postgresUrl'));
});
afterAll(async () => {
  await awards?.stop();
});

const q = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, principal?: Principal) =>
  awards.query<T>(query, variables, principal) as Promise<GraphQLResponse<T & Record<string, any>>>;
const ok = async <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, principal?: Principal) => {
  const res = await q<T>(query, variables, principal);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data! as T & Record<string, any>;
};

const OCP = randomUUID();
const MINISTRY = randomUUID();
const [COOP_A, COOP_B, COOP_C, COOP_MIXED] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];

const CREATE_AWARD = `mutation ($input: CreateAwardInput!) { createAward(input: $input) { id code } }`;
const CREATE_EDITION = `mutation ($input: CreateEditionInput!) { createEdition(input: $input) { id status prizeAmount { centimes } } }`;
const SET_STATUS = `mutation ($input: SetEditionStatusInput!) { setEditionStatus(input: $input) { id status } }`;
const CREATE_APPLICATION = `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id status kind } }`;
const SUBMIT = `mutation ($input: ApplicationRefInput!) { submitApplication(input: $input) { id status submittedAt ineligibility { rule reason } } }`;
const WITHDRAW = `mutation ($input: ApplicationRefInput!) { withdrawApplication(input: $input) { id status } }`;
const SHORTLIST = `mutation ($input: ShortlistApplicationsInput!) { shortlistApplications(input: $input) { id status } }`;
const ASSIGN = `mutation ($input: AssignJurorInput!) { assignJuror(input: $input) { id jurorSubject } }`;
const CONFLICT = `mutation ($input: DeclareConflictInput!) { declareConflictOfInterest(input: $input) { id conflictDeclaredAt } }`;
const SCORE = `mutation ($input: ScoreApplicationInput!) { scoreApplication(input: $input) { id scores { criterionCode value } } }`;
const SELECT = `mutation ($input: SelectWinnersInput!) { selectWinners(input: $input) { id status decidedAt } }`;

const name = (fr: string) => ({ fr, ar: null, en: null });
const editionInput = (awardId: string, overrides: Record<string, unknown> = {}) => ({
  awardId,
  year: 2030,
  opensOn: daysFromToday(-10),
  closesOn: daysFromToday(10),
  prizeCount: 2,
  prizeAmountCentimes: 5_000_000,
  sponsors: [
    { organizationId: OCP, name: 'Fondation OCP', prizeCount: 1 },
    { organizationId: MINISTRY, name: 'MTAESS', prizeCount: 1 },
  ],
  criteria: [
    { code: 'IMPACT', name: name('Impact social'), weight: 3, scale: 10 },
    { code: 'VIABILITY', name: name('Viabilité'), weight: 1, scale: 20 },
  ],
  rules: { womenOnly: true, maxYearsSinceRegistration: 10, allowedCountries: ['MA'], minAge: 18, maxAge: 40 },
  ...overrides,
});
const coopApplication = (editionId: string, cooperativeId: string, overrides: Record<string, unknown> = {}) => ({
  editionId,
  kind: 'COOPERATIVE',
  cooperativeId,
  applicantName: `Coopérative ${cooperativeId.slice(0, 4)}`,
  projectTitle: 'Huile d’argan biologique',
  countryCode: 'MA',
  regionCode: 'MA-09',
  womenOnly: true,
  registeredOn: '2021-03-01',
  ...overrides,
});

let awardId: string;
let editionId: string;
const app: Record<string, string> = {};
const assignment: Record<string, string> = {};

describe('awards and editions', () => {
  it('refuses bad input on createAward and createEdition, naming the fields', async () => {
    const bad = await q(CREATE_AWARD, { input: { code: 'x', name: name(''), purpose: name('p'), target: 'WOMEN_COOPERATIVES' } }, STAFF);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(expect.arrayContaining(['input.code', 'input.name.fr']));

    const created = await ok(CREATE_AWARD, { input: { code: 'TEST-WOMEN', name: name('Prix test'), purpose: name('Pour les coopératives de femmes'), target: 'WOMEN_COOPERATIVES' } }, STAFF);
    awardId = created.createAward.id;
    const duplicate = await q(CREATE_AWARD, { input: { code: 'TEST-WOMEN', name: name('Autre'), purpose: name('p'), target: 'WOMEN_COOPERATIVES' } }, STAFF);
    expect(codeOf(duplicate)).toBe('CONFLICT');

    const badEdition = await q(
      CREATE_EDITION,
      {
        input: editionInput(awardId, {
          closesOn: daysFromToday(-20),
          prizeCount: 3,
          prizeAmountCentimes: 0,
          criteria: [{ code: 'IMPACT', name: name('x'), weight: 0, scale: 10 }],
          rules: { minAge: 40, maxAge: 18, allowedCountries: ['Maroc'] },
        }),
      },
      STAFF,
    );
    expect(codeOf(badEdition)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(badEdition)).toEqual(expect.arrayContaining(['input.prizeAmountCentimes', 'input.criteria.0.weight', 'input.rules.allowedCountries']));
    const badRules = await q(CREATE_EDITION, { input: editionInput(awardId, { closesOn: daysFromToday(-20), prizeCount: 3, rules: { minAge: 40, maxAge: 18 } }) }, STAFF);
    expect(fieldsOf(badRules)).toEqual(['input.closesOn', 'input.sponsors', 'input.rules.maxAge']);
    const unknownAward = await q(CREATE_EDITION, { input: editionInput(randomUUID()) }, STAFF);
    expect(codeOf(unknownAward)).toBe('NOT_FOUND');
    const notUuid = await q(CREATE_EDITION, { input: editionInput('nope') }, STAFF);
    expect(fieldsOf(notUuid)).toEqual(['input.awardId']);
    expect(codeOf(await q(CREATE_EDITION, { input: editionInput(awardId) }, PARTNER))).toBe('FORBIDDEN');
    expect(codeOf(await q(CREATE_EDITION, { input: editionInput(awardId) }))).toBe('UNAUTHENTICATED');
  });

  it('creates an edition as a draft seen by staff only, then opens it', async () => {
    const created = await ok(CREATE_EDITION, { input: editionInput(awardId) }, STAFF);
    editionId = created.createEdition.id;
    expect(created.createEdition).toMatchObject({ status: 'DRAFT', prizeAmount: { centimes: 5_000_000 } });
    expect(codeOf(await q(CREATE_EDITION, { input: editionInput(awardId) }, STAFF))).toBe('CONFLICT');

    const read = `query ($id: ID!) { edition(id: $id) { id year criteria { code weight scale name { text } } eligibilityRules { womenOnly maxAge allowedCountries } sponsors { name prizeCount organization { id } } } }`;
    expect((await ok(read, { id: editionId })).edition).toBeNull();
    expect((await ok(read, { id: editionId }, STAFF)).edition.sponsors.map((s: { name: string }) => s.name)).toEqual(['Fondation OCP', 'MTAESS']);
    expect(codeOf(await q(CREATE_APPLICATION, { input: coopApplication(editionId, COOP_A) }, cooperative(COOP_A)))).toBe('NOT_FOUND');

    expect(codeOf(await q(SET_STATUS, { input: { editionId, status: 'DECIDED' } }, STAFF))).toBe('CONFLICT');
    expect(fieldsOf(await q(SET_STATUS, { input: { editionId: 'x', status: 'OPEN' } }, STAFF))).toEqual(['input.editionId']);
    expect(codeOf(await q(SET_STATUS, { input: { editionId: randomUUID(), status: 'OPEN' } }, STAFF))).toBe('NOT_FOUND');
    expect((await ok(SET_STATUS, { input: { editionId, status: 'OPEN' } }, STAFF)).setEditionStatus.status).toBe('OPEN');
    const publicView = (await ok(read, { id: editionId })).edition;
    expect(publicView.criteria[0]).toEqual({ code: 'IMPACT', weight: 3, scale: 10, name: { text: 'Impact social' } });
    expect(publicView.eligibilityRules).toEqual({ womenOnly: true, maxAge: 40, allowedCountries: ['MA'] });
  });
});

describe('applications', () => {
  it('a cooperative applies for itself only, once per edition', async () => {
    const own = await ok(CREATE_APPLICATION, { input: coopApplication(editionId, COOP_A) }, cooperative(COOP_A));
    app.A = own.createApplication.id;
    expect(own.createApplication.status).toBe('DRAFT');
    expect(codeOf(await q(CREATE_APPLICATION, { input: coopApplication(editionId, COOP_B) }, cooperative(COOP_A)))).toBe('FORBIDDEN');
    const again = await q(CREATE_APPLICATION, { input: coopApplication(editionId, COOP_A, { projectTitle: 'Autre projet' }) }, cooperative(COOP_A));
    expect(codeOf(again)).toBe('CONFLICT');
    expect(fieldsOf(again)).toEqual(['input.cooperativeId']);
    const holders = { ...coopApplication(editionId, COOP_A), kind: 'PROJECT_HOLDERS', cooperativeId: null, registeredOn: null, projectHolders: [{ fullName: 'A', birthDate: '1999-01-01', nationality: 'MA', email: 'a@example.org' }] };
    expect(codeOf(await q(CREATE_APPLICATION, { input: holders }, cooperative(COOP_A)))).toBe('FORBIDDEN');

    app.B = (await ok(CREATE_APPLICATION, { input: coopApplication(editionId, COOP_B, { regionCode: 'MA-01' }) }, cooperative(COOP_B))).createApplication.id;
    app.C = (await ok(CREATE_APPLICATION, { input: coopApplication(editionId, COOP_C) }, STAFF)).createApplication.id;
    app.MIXED = (await ok(CREATE_APPLICATION, { input: coopApplication(editionId, COOP_MIXED, { womenOnly: false }) }, STAFF)).createApplication.id;
    app.HOLDERS = (
      await ok(CREATE_APPLICATION, {
        input: { ...holders, applicantName: 'Projet Sahel', projectHolders: [{ fullName: 'Awa Diop', birthDate: '1998-04-02', nationality: 'SN', email: 'awa@example.org', phone: '+221771234567' }, { fullName: 'Mariam Traoré', birthDate: '1997-09-12', nationality: 'ML', email: 'mariam@example.org' }] },
      }, STAFF)
    ).createApplication.id;
  });

  it('refuses bad input on createApplication, naming every field', async () => {
    const res = await q(
      CREATE_APPLICATION,
      { input: coopApplication(editionId, 'nope', { regionCode: null, countryCode: 'MAR', applicantName: ' ', registeredOn: null }) },
      STAFF,
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(expect.arrayContaining(['input.cooperativeId', 'input.countryCode', 'input.applicantName']));
    const rules = await q(CREATE_APPLICATION, { input: coopApplication(editionId, randomUUID(), { regionCode: null, registeredOn: null }) }, STAFF);
    expect(fieldsOf(rules)).toEqual(['input.regionCode', 'input.registeredOn']);
    const holders = await q(CREATE_APPLICATION, { input: { ...coopApplication(editionId, randomUUID()), kind: 'PROJECT_HOLDERS', registeredOn: null, projectHolders: [{ fullName: 'X', birthDate: '2999-01-01', nationality: 'sn', email: 'not-mail' }] } }, STAFF);
    expect(codeOf(holders)).toBe('BAD_USER_INPUT');
  });

  it('checks eligibility at submission, naming the failed rule', async () => {
    const submitted = await ok(SUBMIT, { input: { applicationId: app.A } }, cooperative(COOP_A));
    expect(submitted.submitApplication).toMatchObject({ status: 'ELIGIBLE', ineligibility: null });
    expect(submitted.submitApplication.submittedAt).toBeTruthy();
    expect(codeOf(await q(SUBMIT, { input: { applicationId: app.A } }, cooperative(COOP_A)))).toBe('CONFLICT');
    expect(codeOf(await q(SUBMIT, { input: { applicationId: app.B } }, cooperative(COOP_A)))).toBe('FORBIDDEN');
    expect(fieldsOf(await q(SUBMIT, { input: { applicationId: '1' } }, STAFF))).toEqual(['input.applicationId']);
    expect(codeOf(await q(SUBMIT, { input: { applicationId: randomUUID() } }, STAFF))).toBe('NOT_FOUND');
    const mixed = await ok(SUBMIT, { input: { applicationId: app.MIXED } }, STAFF);
    expect(mixed.submitApplication).toMatchObject({ status: 'INELIGIBLE', ineligibility: { rule: 'WOMEN_ONLY' } });
    for (const id of [app.B, app.C, app.HOLDERS]) expect((await ok(SUBMIT, { input: { applicationId: id } }, STAFF)).submitApplication.status).toBe('ELIGIBLE');
  });

  it('submits only while the call is open', async () => {
    const past = (await ok(CREATE_EDITION, { input: editionInput(awardId, { year: 2031, opensOn: daysFromToday(-30), closesOn: daysFromToday(-1) }) }, STAFF)).createEdition.id;
    await ok(SET_STATUS, { input: { editionId: past, status: 'OPEN' } }, STAFF);
    const draft = (await ok(CREATE_APPLICATION, { input: coopApplication(past, COOP_A) }, cooperative(COOP_A))).createApplication.id;
    const late = await q(SUBMIT, { input: { applicationId: draft } }, cooperative(COOP_A));
    expect(codeOf(late)).toBe('CONFLICT');
    expect((await ok(WITHDRAW, { input: { applicationId: draft } }, cooperative(COOP_A))).withdrawApplication.status).toBe('WITHDRAWN');
    expect(codeOf(await q(WITHDRAW, { input: { applicationId: draft } }, cooperative(COOP_A)))).toBe('CONFLICT');
    expect(fieldsOf(await q(WITHDRAW, { input: { applicationId: 'x' } }, STAFF))).toEqual(['input.applicationId']);
  });

  it('shows an application to staff, partners, its cooperative and its jurors only; personal data to staff and jurors', async () => {
    const read = `query ($id: ID!) { application(id: $id) { id status projectHolders { fullName nationality } } }`;
    expect(codeOf(await q(read, { id: app.A }))).toBe('UNAUTHENTICATED');
    expect((await ok(read, { id: app.A }, cooperative(COOP_A))).application.id).toBe(app.A);
    expect((await ok(read, { id: app.A }, cooperative(COOP_B))).application).toBeNull();
    expect((await ok(read, { id: app.A }, juror('jury-x'))).application).toBeNull();
    expect((await ok(read, { id: app.HOLDERS }, PARTNER)).application.projectHolders).toBeNull();
    expect((await ok(read, { id: app.HOLDERS }, STAFF)).application.projectHolders.map((h: { nationality: string }) => h.nationality)).toEqual(['SN', 'ML']);

    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Cooperative { id applications { id status } } } }`;
    const r = [{ __typename: 'Cooperative', id: COOP_A }];
    expect((await ok(entities, { r }, cooperative(COOP_A)))._entities[0].applications.map((a: { id: string }) => a.id)).toContain(app.A);
    expect((await ok(entities, { r }, cooperative(COOP_B)))._entities[0].applications).toEqual([]);
    expect((await ok(entities, { r }, PARTNER))._entities[0].applications.length).toBeGreaterThan(0);
    expect(codeOf(await q(entities, { r }))).toBe('UNAUTHENTICATED');
  });
});

describe('the jury', () => {
  it('shortlists eligible applications under review only', async () => {
    expect(codeOf(await q(SHORTLIST, { input: { editionId, applicationIds: [app.A] } }, STAFF))).toBe('CONFLICT');
    await ok(SET_STATUS, { input: { editionId, status: 'REVIEW' } }, STAFF);
    expect(codeOf(await q(CREATE_APPLICATION, { input: coopApplication(editionId, randomUUID()) }, STAFF))).toBe('CONFLICT');
    const bad = await q(SHORTLIST, { input: { editionId, applicationIds: [app.A, app.MIXED, randomUUID()] } }, STAFF);
    expect(fieldsOf(bad)).toEqual(['input.applicationIds.1', 'input.applicationIds.2']);
    expect(fieldsOf(await q(SHORTLIST, { input: { editionId, applicationIds: ['x'] } }, STAFF))).toEqual(['input.applicationIds']);
    const done = await ok(SHORTLIST, { input: { editionId, applicationIds: [app.A, app.B, app.C, app.HOLDERS] } }, STAFF);
    expect(done.shortlistApplications.map((a: { status: string }) => a.status)).toEqual(['SHORTLISTED', 'SHORTLISTED', 'SHORTLISTED', 'SHORTLISTED']);
  });

  it('assigns jurors; jurors see only their own assignments and their applications’ personal data', async () => {
    for (const [key, subject] of [['A1', 'jury-1'], ['A2', 'jury-2'], ['B1', 'jury-1'], ['B2', 'jury-2'], ['C1', 'jury-1'], ['C2', 'jury-2'], ['H1', 'jury-1'], ['H3', 'jury-3']] as const) {
      const application = app[key[0] === 'H' ? 'HOLDERS' : key[0]!]!;
      assignment[key] = (await ok(ASSIGN, { input: { applicationId: application, jurorSubject: subject, jurorName: subject } }, STAFF)).assignJuror.id;
    }
    expect(codeOf(await q(ASSIGN, { input: { applicationId: app.A, jurorSubject: 'jury-1', jurorName: 'again' } }, STAFF))).toBe('CONFLICT');
    expect(codeOf(await q(ASSIGN, { input: { applicationId: app.MIXED, jurorSubject: 'jury-1', jurorName: 'x' } }, STAFF))).toBe('CONFLICT');
    expect(fieldsOf(await q(ASSIGN, { input: { applicationId: 'x', jurorSubject: 'a b', jurorName: ' ' } }, STAFF))).toEqual(['input.applicationId', 'input.jurorSubject', 'input.jurorName']);
    expect(codeOf(await q(ASSIGN, { input: { applicationId: app.A, jurorSubject: 'jury-9', jurorName: 'x' } }, juror('jury-1')))).toBe('FORBIDDEN');

    const mine = `{ myJuryAssignments(first: 10) { totalCount edges { node { id jurorSubject application { id projectHolders { fullName } } } } } }`;
    const j3 = (await ok(mine, {}, juror('jury-3'))).myJuryAssignments;
    expect(j3.totalCount).toBe(1);
    expect(j3.edges[0].node.application.projectHolders.map((h: { fullName: string }) => h.fullName)).toEqual(['Awa Diop', 'Mariam Traoré']);
    expect((await ok(mine, {}, juror('jury-1'))).myJuryAssignments.edges.every((e: { node: { jurorSubject: string } }) => e.node.jurorSubject === 'jury-1')).toBe(true);
    expect(codeOf(await q(mine, {}, cooperative(COOP_A)))).toBe('FORBIDDEN');
    const read = `query ($id: ID!) { application(id: $id) { juryAssignments { jurorSubject } } }`;
    expect((await ok(read, { id: app.HOLDERS }, juror('jury-3'))).application.juryAssignments).toEqual([{ jurorSubject: 'jury-3' }]);
  });

  it('scores within each criterion’s scale, on one’s own assignments only', async () => {
    const bad = await q(SCORE, { input: { assignmentId: assignment.A1, scores: [{ criterion: 'IMPACT', value: 11 }, { criterion: 'NOPE', value: 1 }, { criterion: 'IMPACT', value: 2 }] } }, juror('jury-1'));
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['input.scores.0.value', 'input.scores.1.criterion', 'input.scores.2.criterion']);
    expect(fieldsOf(await q(SCORE, { input: { assignmentId: 'x', scores: [{ criterion: 'IMPACT', value: -1 }] } }, juror('jury-1')))).toEqual(['input.assignmentId', 'input.scores.0.value']);
    expect(codeOf(await q(SCORE, { input: { assignmentId: assignment.A2, scores: [{ criterion: 'IMPACT', value: 5 }] } }, juror('jury-1')))).toBe('NOT_FOUND');
    expect(codeOf(await q(SCORE, { input: { assignmentId: assignment.A1, scores: [{ criterion: 'IMPACT', value: 5 }] } }, STAFF))).toBe('FORBIDDEN');

    const give = (key: string, subject: string, impact: number, viability: number) =>
      ok(SCORE, { input: { assignmentId: assignment[key], scores: [{ criterion: 'IMPACT', value: impact }, { criterion: 'VIABILITY', value: viability }] } }, juror(subject));
    // A: jury-1 and jury-2 → (72.5 + 100) / 2 = 86.25. C: the same marks → a tie with A, A submitted first.
    await give('A1', 'jury-1', 8, 10);
    await give('A2', 'jury-2', 10, 20);
    await give('C1', 'jury-1', 8, 10);
    await give('C2', 'jury-2', 10, 20);
    // B: jury-1 gives full marks, jury-2 gave 0 then declares a conflict: only jury-1 counts → 100.
    await give('B1', 'jury-1', 10, 20);
    await give('B2', 'jury-2', 0, 0);
    // Project holders: 60 from jury-1 (6, 12), jury-3 incomplete.
    await give('H1', 'jury-1', 6, 12);
    await ok(SCORE, { input: { assignmentId: assignment.H3, scores: [{ criterion: 'IMPACT', value: 10 }] } }, juror('jury-3'));
    const rescored = await give('A1', 'jury-1', 8, 10);
    expect(rescored.scoreApplication.scores).toEqual([{ criterionCode: 'IMPACT', value: 8 }, { criterionCode: 'VIABILITY', value: 10 }]);
  });

  it('a conflicted juror cannot score and never counts', async () => {
    const declared = await ok(CONFLICT, { input: { assignmentId: assignment.B2, reason: 'Sister of the president' } }, juror('jury-2'));
    expect(declared.declareConflictOfInterest.conflictDeclaredAt).toBeTruthy();
    expect(codeOf(await q(CONFLICT, { input: { assignmentId: assignment.B2, reason: 'again' } }, juror('jury-2')))).toBe('CONFLICT');
    expect(fieldsOf(await q(CONFLICT, { input: { assignmentId: 'x', reason: ' ' } }, juror('jury-2')))).toEqual(['input.assignmentId', 'input.reason']);
    expect(codeOf(await q(CONFLICT, { input: { assignmentId: assignment.B1, reason: 'not mine' } }, juror('jury-2')))).toBe('NOT_FOUND');
    const blocked = await q(SCORE, { input: { assignmentId: assignment.B2, scores: [{ criterion: 'IMPACT', value: 1 }] } }, juror('jury-2'));
    expect(codeOf(blocked)).toBe('CONFLICT');
  });

  it('ranks by score with the documented tie rule; scores for staff only, never for applicants', async () => {
    const ranking = (await ok(`query ($id: ID!) { edition(id: $id) { ranking { rank score jurorsCounted application { id } } } }`, { id: editionId }, STAFF)).edition.ranking;
    expect(ranking.map((r: { application: { id: string } }) => r.application.id)).toEqual([app.B, app.A, app.C, app.HOLDERS]);
    expect(ranking.map((r: { score: number }) => r.score)).toEqual([100, 86.25, 86.25, 60]);
    expect(ranking.map((r: { jurorsCounted: number }) => r.jurorsCounted)).toEqual([1, 2, 2, 1]);

    const score = `query ($id: ID!) { application(id: $id) { id score { score jurorsCounted } } }`;
    const applicant = await q(score, { id: app.A }, cooperative(COOP_A));
    expect(codeOf(applicant)).toBe('FORBIDDEN');
    expect(applicant.data?.application?.score ?? null).toBeNull();
    expect(codeOf(await q(score, { id: app.A }, juror('jury-1')))).toBe('FORBIDDEN');
    expect(codeOf(await q(`query ($id: ID!) { edition(id: $id) { ranking { rank } } }`, { id: editionId }, PARTNER))).toBe('FORBIDDEN');
    expect((await ok(score, { id: app.B }, STAFF)).application.score).toEqual({ score: 100, jurorsCounted: 1 });
  });
});

describe('the decision', () => {
  it('before it, winners and the export are empty, and bad input is refused', async () => {
    const res = await ok(`query ($id: ID!) { edition(id: $id) { winners { rank } grants360 } }`, { id: editionId });
    expect(res.edition).toEqual({ winners: [], grants360: null });
    expect(fieldsOf(await q(SELECT, { input: { editionId: 'x' } }, STAFF))).toEqual(['input.editionId']);
    expect(codeOf(await q(SELECT, { input: { editionId: randomUUID() } }, STAFF))).toBe('NOT_FOUND');
    expect(codeOf(await q(SELECT, { input: { editionId } }, juror('jury-1')))).toBe('FORBIDDEN');
  });

  it('two concurrent selections make one decision', async () => {
    const [first, second] = await Promise.all([q(SELECT, { input: { editionId } }, STAFF), q(SELECT, { input: { editionId } }, { role: 'STAFF', subject: 'staff-2' })]);
    const results = [first, second];
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(1);
    expect(winners[0]!.data!.selectWinners.status).toBe('DECIDED');
    expect(codeOf(await q(SELECT, { input: { editionId } }, STAFF))).toBe('CONFLICT');
    const prizes = await ok(`query ($id: ID!) { edition(id: $id) { decidedBy } }`, { id: editionId }, STAFF);
    expect(['staff-1', 'staff-2']).toContain(prizes.edition.decidedBy);
  });

  it('the winners are public: the top of the ranking, each prize with its sponsor and amount', async () => {
    const res = await ok(
      `query ($id: ID!) { edition(id: $id) { status decidedAt winners { rank amount { centimes } sponsor { name organization { id } } winner { name kind cooperative { id } regionCode } } } }`,
      { id: editionId },
    );
    expect(res.edition.status).toBe('DECIDED');
    expect(res.edition.winners).toEqual([
      { rank: 1, amount: { centimes: 5_000_000 }, sponsor: { name: 'Fondation OCP', organization: { id: OCP } }, winner: { name: expect.any(String), kind: 'COOPERATIVE', cooperative: { id: COOP_B }, regionCode: 'MA-01' } },
      { rank: 2, amount: { centimes: 5_000_000 }, sponsor: { name: 'MTAESS', organization: { id: MINISTRY } }, winner: { name: expect.any(String), kind: 'COOPERATIVE', cooperative: { id: COOP_A }, regionCode: 'MA-09' } },
    ]);
    const statuses = await ok(`query ($id: ID!) { edition(id: $id) { applications(first: 10) { edges { node { id status } } } } }`, { id: editionId }, STAFF);
    const byId = Object.fromEntries(statuses.edition.applications.edges.map((e: { node: { id: string; status: string } }) => [e.node.id, e.node.status]));
    expect(byId).toEqual({ [app.A]: 'AWARDED', [app.B]: 'AWARDED', [app.C]: 'NOT_SELECTED', [app.HOLDERS]: 'NOT_SELECTED', [app.MIXED]: 'INELIGIBLE' });
    const prizes = await ok(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Cooperative { prizes { rank edition { year } } } } }`, { r: [{ __typename: 'Cooperative', id: COOP_A }] });
    expect(prizes._entities[0].prizes).toEqual([{ rank: 2, edition: { year: 2030 } }]);
    expect(codeOf(await q(WITHDRAW, { input: { applicationId: app.A } }, cooperative(COOP_A)))).toBe('CONFLICT');
  });

  it('exports the awards as 360Giving grants whose sums match the edition', async () => {
    const res = await ok(`query ($id: ID!) { edition(id: $id) { prizeCount prizeAmount { centimes } grants360 figures { winners amountAwarded { centimes } } } }`, { id: editionId });
    const { grants } = res.edition.grants360 as { grants: Record<string, any>[] };
    expect(grants).toHaveLength(2);
    for (const grant of grants) {
      for (const field of ['identifier', 'title', 'currency', 'amountAwarded', 'awardDate', 'fundingOrganization', 'grantProgramme', 'beneficiaryLocation']) expect(grant[field], field).toBeDefined();
      expect(grant.identifier).toMatch(/^360G-cooplab-prize-/);
      expect(grant.currency).toBe('MAD');
      expect(grant.awardDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Boolean(grant.recipientOrganization) !== Boolean(grant.recipientIndividual)).toBe(true);
      expect(grant.recipientOrganization[0]).toEqual({ id: expect.stringMatching(/^360G-cooplab-org-/), name: expect.any(String) });
      expect(grant.fundingOrganization[0].id).toMatch(/^360G-cooplab-org-/);
      expect(grant.beneficiaryLocation[0]).toMatchObject({ countryCode: 'MA', geoCodeType: 'ISO 3166-2' });
    }
    expect(new Set(grants.map((g) => g.identifier)).size).toBe(2);
    const total = grants.reduce((s, g) => s + g.amountAwarded * 100, 0);
    expect(total).toBe(res.edition.figures.amountAwarded.centimes);
    expect(total).toBe(res.edition.figures.winners * res.edition.prizeAmount.centimes);
    expect(grants.map((g) => g.fundingOrganization[0].name)).toEqual(['Fondation OCP', 'MTAESS']);
  });

  it('closes a decided edition; no move back', async () => {
    expect((await ok(SET_STATUS, { input: { editionId, status: 'CLOSED' } }, STAFF)).setEditionStatus.status).toBe('CLOSED');
    expect(codeOf(await q(SET_STATUS, { input: { editionId, status: 'OPEN' } }, STAFF))).toBe('CONFLICT');
    expect(codeOf(await q(SELECT, { input: { editionId } }, STAFF))).toBe('CONFLICT');
  });
});

describe('figures', () => {
  it('counts applications, winners and amounts per region, country, award and edition', async () => {
    const res = await ok(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code awardFigures(awardCode: "TEST-WOMEN") { applications winners amountAwarded { centimes } } } ... on Country { code countryFigures: awardFigures(year: 2030) { applications applicationsByCooperatives applicationsByProjectHolders projectHolders winners amountAwarded { amount } } } } }`,
      { r: [{ __typename: 'Region', code: 'MA-09' }, { __typename: 'Region', code: 'MA-01' }, { __typename: 'Region', code: 'MA-12' }, { __typename: 'Country', code: 'MA' }] },
    );
    const [ma09, ma01, ma12, ma] = res._entities;
    // MA-09: A, C, MIXED and the project holders submitted; A won.
    expect(ma09.awardFigures).toEqual({ applications: 4, winners: 1, amountAwarded: { centimes: 5_000_000 } });
    expect(ma01.awardFigures).toEqual({ applications: 1, winners: 1, amountAwarded: { centimes: 5_000_000 } });
    expect(ma12.awardFigures).toEqual({ applications: 0, winners: 0, amountAwarded: { centimes: 0 } });
    expect(ma.countryFigures).toEqual({ applications: 5, applicationsByCooperatives: 4, applicationsByProjectHolders: 1, projectHolders: 2, winners: 2, amountAwarded: { amount: '100000.00' } });
    const award = await ok(`query ($s: ID!) { award(code: "test-women") { figures { winners } sponsored: figures(sponsorOrganizationId: $s) { winners amountAwarded { centimes } } } }`, { s: OCP });
    expect(award.award).toEqual({ figures: { winners: 2 }, sponsored: { winners: 1, amountAwarded: { centimes: 5_000_000 } } });
    expect(fieldsOf(await q(`{ award(code: "TEST-WOMEN") { figures(year: 1900) { winners } } }`))).toEqual(['year']);
  });

  it('runs as many SQL statements for 50 cooperatives and regions as for 5', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Cooperative { applications { id status edition { year } } prizes { rank amount { centimes } edition { year } winner { name } sponsor { name } } } ... on Region { awardFigures { applications winners } } } }`;
    const reps = (n: number) => [
      ...[COOP_A, COOP_B, ...Array.from({ length: n - 2 }, () => randomUUID())].map((id) => ({ __typename: 'Cooperative', id })),
      ...Array.from({ length: Math.min(n, 12) }, (_, i) => ({ __typename: 'Region', code: `MA-${String(i + 1).padStart(2, '0')}` })),
    ];
    const measure = async (n: number) => {
      const before = awards.sqlCount();
      await ok(query, { r: reps(n) }, STAFF);
      return awards.sqlCount() - before;
    };
    const five = await measure(5);
    expect(five).toBeGreaterThan(0);
    expect(await measure(50)).toBe(five);
  });
});
