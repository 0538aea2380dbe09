import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableId } from '@cooplab/kit';
import { demoWorld } from '@cooplab/world';
import { compose, staleFiles } from '@cooplab/scripts/supergraph';
import { subgraphs } from '@cooplab/scripts/subgraphs';
import { exampleCalls, exampleOperations, startTestGraph, type TestGraph } from '../support/graph.js';

let t: TestGraph;
const demo = demoWorld();
const coopId = stableId('cooperative', demo.cooperatives[0]!.registryNumber);

beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(async () => {
  await t?.stop();
});

describe('the supergraph', () => {
  it('is checked in up to date and composes without hints', async () => {
    const composition = await compose(subgraphs);
    expect(composition.hints).toEqual([]);
    expect(await staleFiles(composition)).toEqual([]);
  });
});

describe('roles through the gateway', () => {
  const CONTACTS = `query ($id: ID!) { cooperative(id: $id) { name { fr } phone } }`;

  it('serves the public catalogue to anonymous callers', async () => {
    const res = await t.query<{ cooperatives: { totalCount: number } }>(`{ cooperatives(first: 1) { totalCount } }`);
    expect(res.status).toBe(200);
    expect(res.data!.cooperatives.totalCount).toBe(demo.cooperatives.length);
  });

  it('keeps contact details from anonymous callers, trainers and jury members', async () => {
    expect((await t.query(CONTACTS, { id: coopId })).errors?.[0]).toMatchObject({ message: 'Sign in: Cooperative.phone is for PARTNER or STAFF callers', extensions: { code: 'UNAUTHENTICATED' } });
    expect((await t.query(CONTACTS, { id: coopId }, t.tokens.TRAINER)).errors?.[0]).toMatchObject({ message: 'Cooperative.phone is for PARTNER or STAFF callers, not TRAINER', extensions: { code: 'FORBIDDEN' } });
    expect((await t.query(CONTACTS, { id: coopId }, t.tokens.JURY)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows contact details to partners (JWT or API key) and staff', async () => {
    for (const token of [t.tokens.PARTNER, t.partnerApiKey, t.tokens.STAFF]) {
      const res = await t.query<{ cooperative: { phone: string } }>(CONTACTS, { id: coopId }, token);
      expect(res.errors).toBeUndefined();
      expect(res.data!.cooperative.phone).toBe(demo.cooperatives[0]!.phone);
    }
  });

  it('lets staff only write', async () => {
    const mutation = `mutation ($id: ID!) { setCooperativeStatus(input: { id: $id, status: ACTIVE }) { status } }`;
    for (const token of [t.tokens.PARTNER, t.tokens.JURY, t.tokens.TRAINER, t.partnerApiKey]) {
      expect((await t.query(mutation, { id: coopId }, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.query(mutation, { id: coopId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const staff = await t.query<{ setCooperativeStatus: { status: string } }>(mutation, { id: coopId }, t.tokens.STAFF);
    expect(staff.data!.setCooperativeStatus.status).toBe('ACTIVE');
  });

  it('refuses a bad token with 401 instead of serving it as anonymous', async () => {
    const res = await t.query(`{ regions { code } }`, {}, 'not-a-token');
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  });

  it('passes input errors through with the offending fields', async () => {
    const res = await t.query(
      `mutation { createProduct(input: { cooperativeId: "${coopId}", category: HONEY, name: { fr: "Miel" }, unit: KILOGRAM, priceCentimes: -5 }) { id } }`,
      {},
      t.tokens.STAFF,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.priceCentimes' }] });
    expect(JSON.stringify(res)).not.toMatch(/stack|at .*\.ts|select /i);
  });
});

describe('performance', () => {
  it('runs as many SQL statements for cooperatives(first: 100) with products as for first: 10', async () => {
    const q = `query ($n: Int) { cooperatives(first: $n) { edges { node { name { fr } region { code } products(first: 5) { totalCount edges { node { name { fr } price { amount } } } } } } } }`;
    const measure = async (n: number) => {
      const before = t.sqlCount('catalog');
      const res = await t.query(q, { n });
      expect(res.errors).toBeUndefined();
      return t.sqlCount('catalog') - before;
    };
    const ten = await measure(10);
    expect(ten).toBeGreaterThan(0);
    expect(await measure(100)).toBe(ten);
  });
});

describe('example operations (schema/operations)', () => {
  // Each file runs as the role its header names, with the variables of exampleCalls (test/support/graph.ts).
  // Tests that check an operation's figures (learning, awards, marketplace, networking) reuse the same files and roles.
  it('every file names its role, and runs as that role with no error', async () => {
    const calls = await exampleCalls(t);
    expect(calls.length).toBeGreaterThan(0);
    for (const { file, operation, role, variables, token } of calls) {
      const res = await t.query(operation, variables, token);
      expect(res.errors, `${file} as ${role}: ${JSON.stringify(res.errors)}`).toBeUndefined();
      expect(res.data, file).toBeTruthy();
    }
  });

  it('keeps public figures when a restricted field sits next to them (F9 and a journey, anonymously)', async () => {
    const operations = await exampleOperations();
    type F9 = { program: { figures: { cooperativesEnrolled: number }; cohorts: { enrollments: unknown[] | null }[] } | null };
    const f9 = await t.query<F9>(operations['figure-F9-first-call.graphql']!);
    expect(f9.data!.program!.figures.cooperativesEnrolled).toBe(8);
    expect(f9.data!.program!.cohorts.every((c) => c.enrollments === null)).toBe(true);
    expect(f9.errors?.map((e) => e.extensions?.code)).toContain('UNAUTHENTICATED');
    type Journey = { cooperative: { name: { fr: string }; enrollments: unknown[] | null } | null };
    const journey = await t.query<Journey>(operations['learning-cooperative-journey.graphql']!, {}, t.tokens.TRAINER);
    expect(journey.data!.cooperative!.name.fr).toBeTruthy();
    expect(journey.data!.cooperative!.enrollments).toBeNull();
    expect(journey.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });

  it('F10: CoopStore has 10 founding cooperatives', async () => {
    const res = await t.query<{ organizations: { acronym: string; members: { totalCount: number; edges: unknown[] } }[] }>((await exampleOperations())['figure-F10-coopstore-founders.graphql']!);
    const { members } = res.data!.organizations.find((o) => o.acronym === 'CoopStore')!;
    expect(members.totalCount).toBe(10);
    expect(members.edges).toHaveLength(10);
  });
});
