import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@cooplab/kit/testing';
import type { Principal } from '@cooplab/kit';
import { awardsSubgraph } from '../src/subgraph.js';
import { PARTNER, STAFF, cooperative, daysFromToday, juror } from './support.js';

/*
 * Access on every path: the root field, the nested field (through an edition or an award) and the `_entities`
 * lookup of each entity type the subgraph resolves (Cooperative, Region, Country) answer every role the same,
 * for applications and project holders' personal data, jury assignments, scores, draft editions and prizes.
 */

let awards: TestSubgraph;
beforeAll(async () => {
  awards = await startTestSubgraph(awardsSubgraph, inject('postgresUrl'));
});
afterAll(async () => {
  await awards?.stop();
});

type Res = GraphQLResponse<Record<string, any>>;
const q = (query: string, variables: Record<string, unknown> = {}, principal?: Principal) => awards.query(query, variables, principal) as Promise<Res>;
const ok = async (query: string, variables: Record<string, unknown> = {}, principal?: Principal) => {
  const res = await q(query, variables, principal);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
};

const [COOP_A, COOP_B] = [randomUUID(), randomUUID()];
const ROLES: Record<string, Principal> = {
  ANONYMOUS: { role: 'ANONYMOUS' },
  COOPERATIVE_OWN: cooperative(COOP_A),
  COOPERATIVE_OTHER: cooperative(COOP_B),
  PARTNER,
  JURY_ASSIGNED: juror('jury-1'),
  JURY_UNASSIGNED: juror('jury-9'),
  STAFF,
};

const name = (fr: string) => ({ fr, ar: null, en: null });
const editionInput = (awardId: string, year: number, overrides: Record<string, unknown> = {}) => ({
  awardId,
  year,
  opensOn: daysFromToday(-10),
  closesOn: daysFromToday(10),
  prizeCount: 2,
  prizeAmountCentimes: 1_000_000,
  sponsors: [{ organizationId: randomUUID(), name: 'Sponsor', prizeCount: 2 }],
  criteria: [{ code: 'IMPACT', name: name('Impact'), weight: 1, scale: 10 }],
  rules: {},
  ...overrides,
});
const coopApplication = (editionId: string, cooperativeId: string) => ({
  editionId,
  kind: 'COOPERATIVE',
  cooperativeId,
  applicantName: `Coopérative ${cooperativeId.slice(0, 4)}`,
  projectTitle: 'Projet',
  countryCode: 'MA',
  regionCode: 'MA-09',
  womenOnly: true,
  registeredOn: '2021-03-01',
});
const holdersApplication = (editionId: string, email: string) => ({
  editionId,
  kind: 'PROJECT_HOLDERS',
  applicantName: 'Projet Sahel',
  projectTitle: 'Projet',
  countryCode: 'MA',
  regionCode: 'MA-09',
  womenOnly: false,
  projectHolders: [{ fullName: 'Awa Diop', birthDate: '1998-04-02', nationality: 'SN', email }],
});

const M = {
  award: `mutation ($input: CreateAwardInput!) { createAward(input: $input) { id } }`,
  edition: `mutation ($input: CreateEditionInput!) { createEdition(input: $input) { id } }`,
  status: `mutation ($input: SetEditionStatusInput!) { setEditionStatus(input: $input) { id } }`,
  apply: `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
  submit: `mutation ($input: ApplicationRefInput!) { submitApplication(input: $input) { status } }`,
  shortlist: `mutation ($input: ShortlistApplicationsInput!) { shortlistApplications(input: $input) { id } }`,
  assign: `mutation ($input: AssignJurorInput!) { assignJuror(input: $input) { id } }`,
  score: `mutation ($input: ScoreApplicationInput!) { scoreApplication(input: $input) { id } }`,
  select: `mutation ($input: SelectWinnersInput!) { selectWinners(input: $input) { status } }`,
};

/** An award with a decided edition (applications A and B of two cooperatives, H of project holders; jurors 1 and 2) and a draft. */
const fixture = { awardId: '', decided: '', draft: '', app: {} as Record<'A' | 'B' | 'H', string> };

async function buildFixture() {
  fixture.awardId = (await ok(M.award, { input: { code: 'ACCESS-TEST', name: name('Prix'), purpose: name('Test'), target: 'COOPERATIVES' } }, STAFF)).createAward.id;
  const e = (await ok(M.edition, { input: editionInput(fixture.awardId, 2040) }, STAFF)).createEdition.id;
  fixture.decided = e;
  fixture.draft = (await ok(M.edition, { input: editionInput(fixture.awardId, 2041) }, STAFF)).createEdition.id;
  await ok(M.status, { input: { editionId: e, status: 'OPEN' } }, STAFF);
  fixture.app.A = (await ok(M.apply, { input: coopApplication(e, COOP_A) }, cooperative(COOP_A))).createApplication.id;
  fixture.app.B = (await ok(M.apply, { input: coopApplication(e, COOP_B) }, cooperative(COOP_B))).createApplication.id;
  fixture.app.H = (await ok(M.apply, { input: holdersApplication(e, 'awa@example.org') }, STAFF)).createApplication.id;
  for (const id of Object.values(fixture.app)) expect((await ok(M.submit, { input: { applicationId: id } }, STAFF)).submitApplication.status).toBe('ELIGIBLE');
  await ok(M.status, { input: { editionId: e, status: 'REVIEW' } }, STAFF);
  await ok(M.shortlist, { input: { editionId: e, applicationIds: Object.values(fixture.app) } }, STAFF);
  for (const [app, subject, value] of [['A', 'jury-1', 9], ['A', 'jury-2', 7], ['B', 'jury-2', 5], ['H', 'jury-1', 3]] as const) {
    const assignmentId = (await ok(M.assign, { input: { applicationId: fixture.app[app], jurorSubject: subject, jurorName: subject } }, STAFF)).assignJuror.id;
    await ok(M.score, { input: { assignmentId, scores: [{ criterion: 'IMPACT', value }] } }, juror(subject));
  }
  await ok(M.select, { input: { editionId: e } }, STAFF);
}

// ------------------------------------------------------------------ observing one application on one path

type Path = 'root' | 'edition' | 'entities' | 'jury';
type Observation = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'invisible' | Record<string, unknown>;

/** What `principal` sees of the application `id` through `path`, for `selection`: a field refused reads as its error code. */
async function observe(path: Path, principal: Principal, id: string, selection: string): Promise<Observation> {
  const operations: Record<Path, [string, Record<string, unknown>, (data: any) => { list: any[]; prefix: (i: number) => (string | number)[] }]> = {
    root: [`query ($id: ID!) { application(id: $id) { id ${selection} } }`, { id }, (d) => ({ list: d?.application ? [d.application] : [], prefix: () => ['application'] })],
    edition: [
      `query ($e: ID!) { edition(id: $e) { applications(first: 100) { totalCount edges { node { id ${selection} } } } } }`,
      { e: fixture.decided },
      (d) => ({ list: (d?.edition?.applications?.edges ?? []).map((x: any) => x.node), prefix: (i) => ['edition', 'applications', 'edges', i, 'node'] }),
    ],
    entities: [
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Cooperative { applications { id ${selection} } } } }`,
      { r: [{ __typename: 'Cooperative', id: id === fixture.app.A ? COOP_A : COOP_B }] },
      (d) => ({ list: d?._entities?.[0]?.applications ?? [], prefix: (i) => ['_entities', 0, 'applications', i] }),
    ],
    jury: [
      `{ myJuryAssignments(first: 100) { edges { node { application { id ${selection} } } } } }`,
      {},
      (d) => ({ list: (d?.myJuryAssignments?.edges ?? []).map((x: any) => x.node.application), prefix: (i) => ['myJuryAssignments', 'edges', i, 'node', 'application'] }),
    ],
  };
  const [query, variables, locate] = operations[path];
  const res = await q(query, variables, principal);
  const errors = res.errors ?? [];
  const { list, prefix } = locate(res.data);
  const i = list.findIndex((node) => node?.id === id);
  const under = (p: (string | number)[]) => errors.filter((e: any) => p.every((step, k) => e.path?.[k] === step) && e.path.length > p.length);
  if (i < 0) {
    const refused = errors.find((e: any) => !under(prefix(0)).includes(e));
    if (refused) return refused.extensions?.code as Observation;
    return 'invisible';
  }
  const { id: _id, ...fields } = list[i];
  for (const e of under(prefix(i)) as any[]) fields[e.path[prefix(i).length]] = e.extensions?.code;
  return fields;
}

/** Observes on every path that applies (the applying cooperative's `_entities` lookup for a cooperative's application, a juror's own list for jurors). */
async function everyPath(principal: Principal, app: 'A' | 'B' | 'H', selection: string) {
  const paths: Path[] = ['root', 'edition', ...(app !== 'H' ? (['entities'] as const) : []), ...(principal.role === 'JURY' ? (['jury'] as const) : [])];
  const seen: Partial<Record<Path, Observation>> = {};
  for (const path of paths) seen[path] = await observe(path, principal, fixture.app[app], selection);
  return seen;
}

/** Every path agrees; returns what they agree on. */
async function same(role: string, app: 'A' | 'B' | 'H', selection: string): Promise<Observation> {
  const seen = await everyPath(ROLES[role]!, app, selection);
  const values = Object.values(seen);
  for (const [path, value] of Object.entries(seen)) expect(value, `${role} ${app} ${path} vs root: ${selection}`).toEqual(values[0]);
  return values[0]!;
}

describe('access on every path', () => {
  beforeAll(buildFixture);

  it('applications and project holders’ personal data: root, edition list and Cooperative lookup answer each role the same', async () => {
    const holders = 'projectHolders { fullName nationality }';
    const expected: Record<string, Record<'A' | 'B' | 'H', Observation>> = {
      ANONYMOUS: { A: 'UNAUTHENTICATED', B: 'UNAUTHENTICATED', H: 'UNAUTHENTICATED' },
      COOPERATIVE_OWN: { A: { projectHolders: null }, B: 'invisible', H: 'invisible' },
      COOPERATIVE_OTHER: { A: 'invisible', B: { projectHolders: null }, H: 'invisible' },
      PARTNER: { A: { projectHolders: null }, B: { projectHolders: null }, H: { projectHolders: null } },
      JURY_ASSIGNED: { A: { projectHolders: [] }, B: 'invisible', H: { projectHolders: [{ fullName: 'Awa Diop', nationality: 'SN' }] } },
      JURY_UNASSIGNED: { A: 'invisible', B: 'invisible', H: 'invisible' },
      STAFF: { A: { projectHolders: [] }, B: { projectHolders: [] }, H: { projectHolders: [{ fullName: 'Awa Diop', nationality: 'SN' }] } },
    };
    for (const [role, apps] of Object.entries(expected)) {
      for (const [app, value] of Object.entries(apps)) expect(await same(role, app as 'A', holders), `${role} ${app}`).toEqual(value);
    }
  });

  it('an edition list counts what it shows: totalCount is the caller’s visible applications', async () => {
    const counts: Record<string, number> = { COOPERATIVE_OWN: 1, COOPERATIVE_OTHER: 1, PARTNER: 3, JURY_ASSIGNED: 2, JURY_UNASSIGNED: 0, STAFF: 3 };
    for (const [role, n] of Object.entries(counts)) {
      const data = await ok(`query ($e: ID!) { edition(id: $e) { applications(first: 1) { totalCount pageInfo { hasNextPage endCursor } } } }`, { e: fixture.decided }, ROLES[role]);
      expect(data.edition.applications.totalCount, role).toBe(n);
      expect(data.edition.applications.pageInfo.hasNextPage, role).toBe(n > 1);
      if (n > 1) {
        const next = await ok(
          `query ($e: ID!, $after: String) { edition(id: $e) { applications(first: 10, after: $after) { edges { node { id } } } } }`,
          { e: fixture.decided, after: data.edition.applications.pageInfo.endCursor },
          ROLES[role],
        );
        expect(next.edition.applications.edges, role).toHaveLength(n - 1);
      }
    }
  });

  it('jury assignments and their scores: staff see all, a juror their own, every other role is refused, on every path', async () => {
    const selection = 'juryAssignments { jurorSubject scores { criterionCode value } }';
    const expected: Record<string, Observation> = {
      ANONYMOUS: 'UNAUTHENTICATED',
      COOPERATIVE_OWN: { juryAssignments: 'FORBIDDEN' },
      COOPERATIVE_OTHER: 'invisible',
      PARTNER: { juryAssignments: 'FORBIDDEN' },
      JURY_ASSIGNED: { juryAssignments: [{ jurorSubject: 'jury-1', scores: [{ criterionCode: 'IMPACT', value: 9 }] }] },
      JURY_UNASSIGNED: 'invisible',
      STAFF: {
        juryAssignments: [
          { jurorSubject: 'jury-1', scores: [{ criterionCode: 'IMPACT', value: 9 }] },
          { jurorSubject: 'jury-2', scores: [{ criterionCode: 'IMPACT', value: 7 }] },
        ],
      },
    };
    for (const [role, value] of Object.entries(expected)) expect(await same(role, 'A', selection), role).toEqual(value);
  });

  it('an application’s score: staff only, never the applicant or a juror, on every path', async () => {
    const expected: Record<string, Observation> = {
      ANONYMOUS: 'UNAUTHENTICATED',
      COOPERATIVE_OWN: { score: 'FORBIDDEN' },
      COOPERATIVE_OTHER: 'invisible',
      PARTNER: { score: 'FORBIDDEN' },
      JURY_ASSIGNED: { score: 'FORBIDDEN' },
      JURY_UNASSIGNED: 'invisible',
      STAFF: { score: { score: 80, jurorsCounted: 2 } },
    };
    for (const [role, value] of Object.entries(expected)) expect(await same(role, 'A', 'score { score jurorsCounted }'), role).toEqual(value);
  });

  it('a draft edition: staff only, by id, in its award’s editions and by year', async () => {
    for (const [role, principal] of Object.entries(ROLES)) {
      const data = await ok(
        `query ($id: ID!) { edition(id: $id) { id } award(code: "ACCESS-TEST") { editions { id } edition(year: 2041) { id } } }`,
        { id: fixture.draft },
        principal,
      );
      const seen = [data.edition?.id === fixture.draft, data.award.editions.some((e: { id: string }) => e.id === fixture.draft), data.award.edition?.id === fixture.draft];
      expect(seen, role).toEqual(Array(3).fill(role === 'STAFF'));
    }
  });

  it('prizes and figures are public: the edition’s winners, the award’s edition and the Cooperative, Region and Country lookups answer every role alike', async () => {
    const answers = await Promise.all(
      Object.values(ROLES).map(async (principal) => {
        const data = await ok(
          `query ($id: ID!, $r: [_Any!]!) {
             edition(id: $id) { winners { id rank winner { name } } }
             award(code: "ACCESS-TEST") { edition(year: 2040) { winners { id } } }
             _entities(representations: $r) {
               ... on Cooperative { id prizes { id rank } }
               ... on Region { code awardFigures(awardCode: "ACCESS-TEST") { applications winners amountAwarded { centimes } } }
               ... on Country { code awardFigures(awardCode: "ACCESS-TEST") { applications winners } }
             }
           }`,
          { id: fixture.decided, r: [{ __typename: 'Cooperative', id: COOP_A }, { __typename: 'Cooperative', id: COOP_B }, { __typename: 'Region', code: 'MA-09' }, { __typename: 'Country', code: 'MA' }] },
          principal,
        );
        return data;
      }),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    const [staff] = answers as any[];
    // A (80) and B (50) won; the same prizes on the edition, the award and the cooperatives.
    expect(staff.edition.winners.map((w: { rank: number }) => w.rank)).toEqual([1, 2]);
    expect(staff.award.edition.winners.map((w: { id: string }) => w.id)).toEqual(staff.edition.winners.map((w: { id: string }) => w.id));
    expect([...staff._entities[0].prizes, ...staff._entities[1].prizes].map((p: { id: string }) => p.id)).toEqual(staff.edition.winners.map((w: { id: string }) => w.id));
    expect(staff._entities[2].awardFigures).toEqual({ applications: 3, winners: 2, amountAwarded: { centimes: 2_000_000 } });
  });
});

describe('an edition’s applications, batched', () => {
  it('lists the first page of every edition of an award in as many SQL statements for 6 editions as for 2', async () => {
    const award = (await ok(M.award, { input: { code: 'BATCH-TEST', name: name('Prix'), purpose: name('Test'), target: 'COOPERATIVES' } }, STAFF)).createAward.id;
    let years = 0;
    const addEditions = async (n: number) => {
      for (let k = 0; k < n; k++) {
        const e = (await ok(M.edition, { input: editionInput(award, 2050 + years++) }, STAFF)).createEdition.id;
        await ok(M.status, { input: { editionId: e, status: 'OPEN' } }, STAFF);
        for (let i = 0; i < 3; i++) await ok(M.apply, { input: coopApplication(e, randomUUID()) }, STAFF);
        await ok(M.apply, { input: holdersApplication(e, `holder-${years}@example.org`) }, STAFF);
      }
    };
    const query = `{ award(code: "BATCH-TEST") { editions { year applications(first: 2, filter: { statuses: [DRAFT] }) { totalCount pageInfo { hasNextPage } edges { node { id kind cooperative { id } projectHolders { fullName } juryAssignments { jurorSubject } } } } } } }`;
    const measure = async (principal: Principal, editions: number) => {
      const before = awards.sqlCount();
      const data = await ok(query, {}, principal);
      const statements = awards.sqlCount() - before;
      expect(data.award.editions).toHaveLength(editions);
      return { statements, data };
    };
    await addEditions(2);
    const two = await measure(STAFF, 2);
    expect(two.data.award.editions.every((e: any) => e.applications.totalCount === 4 && e.applications.edges.length === 2 && e.applications.pageInfo.hasNextPage)).toBe(true);
    const twoJury = await measure(juror('jury-1'), 2);
    await addEditions(4);
    expect((await measure(STAFF, 6)).statements).toBe(two.statements);
    expect((await measure(juror('jury-1'), 6)).statements).toBe(twoJury.statements);
  });
});
