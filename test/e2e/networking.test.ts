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

describe('the networking subgraph through the gateway', () => {
  it('F8: Rawabit networked 55 cooperatives, produced 57 opportunities, with a pool of 40 experts; the African Cooperatives Forum', async () => {
    const res = await t.query<{ networkingFigures: { cooperativesNetworked: number; opportunities: number; experts: number; opportunitiesByStatus: { count: number }[] }; networkingEvents: { edges: { node: { name: { en: string }; organizers: { acronym: string }[] } }[] } }>(
      operations['figure-F8-rawabit.graphql']!,
    );
    expect(res.errors).toBeUndefined();
    const f = res.data!.networkingFigures;
    expect(f).toMatchObject({ cooperativesNetworked: 55, opportunities: 57, experts: 40 });
    expect(f.opportunitiesByStatus.reduce((s, x) => s + x.count, 0)).toBe(57);
    const forum = res.data!.networkingEvents.edges.map((e) => e.node).find((e) => e.name.en === 'African Cooperatives Forum')!;
    expect(forum.organizers.map((o) => o.acronym).sort()).toEqual(['OCP Foundation', 'UM6P']);
  });

  it('the figures per region add up to the networked cooperatives, beside the catalog’s fields, in as many statements for 12 regions as for one', async () => {
    const before = t.sqlCount('networking');
    const res = await t.query<{ regions: { code: string; name: { fr: string }; networkingFigures: { cooperativesNetworked: number } }[] }>(operations['networking-region-figures.graphql']!);
    expect(res.errors).toBeUndefined();
    const statements = t.sqlCount('networking') - before;
    expect(res.data!.regions).toHaveLength(12);
    expect(res.data!.regions.reduce((s, r) => s + r.networkingFigures.cooperativesNetworked, 0)).toBe(55);
    const one = t.sqlCount('networking');
    await t.query(`{ region(code: "MA-01") { networkingFigures { cooperativesNetworked } } }`);
    expect(t.sqlCount('networking') - one).toBe(statements);
  });

  it('suggests partners to the demo cooperative with its own token, and refuses another cooperative’s', async () => {
    const res = await t.query<{ cooperatives: { score: number; reasons: string[]; cooperative: { name: { fr: string } } }[]; experts: { expert: { email: string | null } }[] }>(
      operations['networking-suggest-matches.graphql']!,
      {},
      t.tokens.COOPERATIVE,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.cooperatives.length).toBeGreaterThan(0);
    expect(res.data!.cooperatives[0]!.cooperative.name.fr).toMatch(/^Coopérative/);
    for (const c of res.data!.cooperatives) expect(c.reasons.length).toBeGreaterThan(0);
    for (const e of res.data!.experts) expect(e.expert.email).toBeNull(); // contacts are for partners and staff
    const other = await t.query(operations['networking-suggest-matches.graphql']!, { id: '00000000-0000-4000-8000-000000000000' }, t.tokens.COOPERATIVE);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('Cooperative gains its networking profile, matches and opportunities, batched whatever the page size', async () => {
    const q = `query ($n: Int) { cooperatives(first: $n) { edges { node { name { fr } networkProfile { valueChain offers { code } } matches(first: 5) { totalCount edges { node { status } } } opportunities(first: 5) { totalCount edges { node { status estimatedValue { amount } } } } } } } }`;
    const measure = async (n: number) => {
      const before = t.sqlCount('networking');
      const res = await t.query(q, { n }, t.tokens.PARTNER);
      expect(res.errors).toBeUndefined();
      return t.sqlCount('networking') - before;
    };
    const ten = await measure(10);
    expect(ten).toBeGreaterThan(0);
    expect(await measure(100)).toBe(ten);
  });
});
