import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOperations, startTestGraph, type TestGraph } from '../support/graph.js';

let t: TestGraph;
let operations: Record<string, string>;

beforeAll(async () => {
  t = await startTestGraph();
  operations = await exampleOperations();
});
afterAll(async () => {
  await t?.stop();
});

const run = async <T = any>(file: string, token?: string, variables: Record<string, unknown> = {}) => {
  const operation = operations[file];
  expect(operation, file).toBeDefined();
  const res = await t.query<T>(operation!, variables, token);
  expect(res.errors, file).toBeUndefined();
  return res.data! as T;
};

describe('the awards subgraph through the gateway', () => {
  it('F5: Lalla Al Moutaaouina, 50,000 MAD per prize; the OCP Foundation funds 8 winners each year, 24 over three editions', async () => {
    const { award } = await run<any>('figure-F5-lalla-al-moutaaouina.graphql');
    const decided = award.editions.filter((e: { status: string }) => e.status === 'CLOSED' || e.status === 'DECIDED');
    expect(decided.map((e: { year: number }) => e.year)).toEqual([2020, 2021, 2022]);
    expect(award.editions[0].opensOn).toBe('2020-03-08');
    for (const e of decided) {
      expect(e.prizeAmount).toEqual({ amount: '50000.00', currency: 'MAD' });
      expect(e.foundationWinners.winners).toBe(8);
      expect(e.sponsors[0]).toMatchObject({ prizeCount: 8, organization: { acronym: 'OCP Foundation' } });
      expect(e.sponsors.length).toBeGreaterThan(1);
    }
    expect(award.foundationTotal).toEqual({ winners: 24, amountAwarded: { amount: '1200000.00' } });
  });

  it('F6: Jil Moutadamine 2022: 288 young cooperatives and 139 project holders applied; 39 prizes; 4 winners carried by sub-Saharan nationals of 5 countries', async () => {
    const { award } = await run<any>('figure-F6-jil-moutadamine-2022.graphql');
    const e = award.edition;
    expect(e.figures).toMatchObject({ applications: 427, applicationsByCooperatives: 288, applicationsByProjectHolders: 139, winners: 39 });
    expect(e.prizeCount).toBe(39);
    expect(e.subSaharanWinners.winners).toBe(4);
    expect(e.subSaharanWinners.countries).toHaveLength(5);
    expect(e.subSaharanWinners.countries.map((c: { name: { fr: string } }) => c.name.fr)).toEqual(['Côte d\'Ivoire', 'Cap-Vert', 'Gambie', 'Guinée', 'Sénégal']);
  });

  it('F9: the first call’s 8 women’s cooperatives are the OCP Foundation-funded 2020 winners, the same in learning and awards', async () => {
    const data = await run<any>('figure-F9-first-call-winners.graphql', t.tokens.PARTNER);
    const funded = data.award.edition.winners.filter((w: any) => w.sponsor.organization.acronym === 'OCP Foundation');
    expect(funded).toHaveLength(8);
    expect(funded.every((w: any) => w.winner.cooperative.womenOnly)).toBe(true);
    const supported = data.program.cohorts.flatMap((c: any) => c.enrollments.map((e: any) => e.cooperative.id)).sort();
    expect(funded.map((w: any) => w.winner.cooperative.id).sort()).toEqual(supported);
    expect(funded[0].winner.cooperative.name.fr).toBe(funded[0].winner.name);
  });

  it('publishes winners and the 360Giving export to anyone; sums match the edition', async () => {
    const { award } = await run<any>('awards-winners.graphql');
    expect(award.edition.winners).toHaveLength(39);
    expect(award.edition.winners[0].winner.cooperative.region.code).toMatch(/^MA-/);
    const exported = await run<any>('awards-open-data-360giving.graphql');
    const { grants } = exported.award.edition.grants360;
    expect(grants).toHaveLength(12);
    expect(grants.reduce((s: number, g: { amountAwarded: number }) => s + g.amountAwarded, 0).toFixed(2)).toBe(exported.award.edition.figures.amountAwarded.amount);
    expect(grants.every((g: any) => g.recipientOrganization?.[0]?.name && g.fundingOrganization[0].name && g.currency === 'MAD')).toBe(true);
  });

  it('the demo juror sees only their assignments; project holders’ personal data stays with staff and jurors', async () => {
    const mine = await run<any>('awards-jury-assignments.graphql', t.tokens.JURY);
    expect(mine.myJuryAssignments.totalCount).toBe(10);
    expect(mine.myJuryAssignments.edges.every((e: any) => e.node.application.edition.year === 2025)).toBe(true);
    const staffList = await run<any>('awards-jury-assignments.graphql', t.tokens.STAFF);
    expect(staffList.myJuryAssignments.totalCount).toBe(0);
    const holders = `{ award(code: "JIL-MOUTADAMINE") { edition(year: 2022) { applications(first: 100, filter: { statuses: [AWARDED] }) { edges { node { kind projectHolders { nationality } } } } } } }`;
    const partner = await t.query<any>(holders, {}, t.tokens.PARTNER);
    expect(partner.errors).toBeUndefined();
    const nodes = partner.data.award.edition.applications.edges.map((e: any) => e.node);
    expect(nodes.filter((n: any) => n.kind === 'PROJECT_HOLDERS').every((n: any) => n.projectHolders === null)).toBe(true);
    const staff = await t.query<any>(holders, {}, t.tokens.STAFF);
    expect(staff.data.award.edition.applications.edges.some((e: any) => e.node.projectHolders?.length > 1)).toBe(true);
    const anonymous = await t.query<any>(holders);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves award figures of every region and country in a constant number of SQL statements', async () => {
    const data = await run<any>('awards-figures-by-region.graphql', undefined, { awardCode: 'JIL-MOUTADAMINE', year: 2022 });
    const total = data.countries.reduce((s: number, c: any) => s + c.awardFigures.applications, 0);
    expect(total).toBe(427);
    expect(data.regions.reduce((s: number, r: any) => s + r.awardFigures.winners, 0)).toBe(39);
    const q = `query ($n: Int) { cooperatives(first: $n, filter: { countries: ["MA"], youthLed: true }) { edges { node { id prizes { rank edition { year } sponsor { name } } applications { status } } } } }`;
    const measure = async (n: number) => {
      const before = t.sqlCount('awards');
      const res = await t.query(q, { n }, t.tokens.STAFF);
      expect(res.errors).toBeUndefined();
      return t.sqlCount('awards') - before;
    };
    // Young Moroccan cooperatives: both pages hold Jil Moutadamine winners (so prizes' editions and sponsors are loaded in both); only the lengths differ.
    const fifty = await measure(50);
    expect(fifty).toBeGreaterThan(2);
    expect(await measure(100)).toBe(fifty);
  });
});
