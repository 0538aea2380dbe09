import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stableId } from '@cooplab/kit';
import { startTestSubgraph, type TestSubgraph } from '@cooplab/kit/testing';
import { demoWorld } from '@cooplab/world';
import { createLearningSubgraph } from '../src/subgraph.js';
import { PARTNER, STAFF, TRAINER, codeOf, testConfig } from './support.js';

let learning: TestSubgraph;
let ids: string[];

beforeAll(async () => {
  learning = await startTestSubgraph(createLearningSubgraph(testConfig()), inject('postgresUrl'), { seed: true });
  const rows = await learning.subgraph.db.orm.em.getConnection().execute<{ cooperative_id: string }[]>(
    `select cooperative_id from beneficiary order by cooperative_id limit 100`,
  );
  ids = rows.map((r) => r.cooperative_id);
});
afterAll(async () => {
  await learning?.stop();
});

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Cooperative {
  id
  enrollments { status appliedOn cohort { name program { code } } }
  coachingTotals { sessions minutes }
  latestAssessment { assessedOn assessor scores { dimension score } priorityNeeds }
  priorityNeeds
  developmentPlan { progress actions { dimension status } }
  coachingSessions(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { id heldOn minutes program { code } trainer { name } } } }
} } }`;

type Coop = {
  id: string;
  enrollments: { status: string }[];
  coachingTotals: { sessions: number; minutes: number };
  latestAssessment: { assessedOn: string; priorityNeeds: string[] } | null;
  priorityNeeds: string[];
  coachingSessions: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; heldOn: string } }[] };
};

describe('what the learning subgraph adds to Cooperative', () => {
  it('runs as many SQL statements for 100 cooperatives as for 10 (no N+1)', async () => {
    const measure = async (n: number) => {
      const before = learning.sqlCount();
      const res = await learning.query<{ _entities: Coop[] }>(ENTITIES, { r: ids.slice(0, n).map((id) => ({ __typename: 'Cooperative', id })) }, PARTNER);
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities).toHaveLength(n);
      return learning.sqlCount() - before;
    };
    const ten = await measure(10);
    expect(ten).toBeGreaterThan(0);
    expect(await measure(100)).toBe(ten);
  });

  it('gives a cooperative’s journey: enrolments, coaching, latest assessment and priority needs', async () => {
    const res = await learning.query<{ _entities: Coop[] }>(ENTITIES, { r: ids.map((id) => ({ __typename: 'Cooperative', id })) }, STAFF);
    const coached = res.data!._entities.find((c) => c.coachingTotals.sessions > 3 && c.latestAssessment)!;
    expect(coached.enrollments.length).toBeGreaterThan(0);
    expect(coached.coachingSessions.totalCount).toBe(coached.coachingTotals.sessions);
    expect(coached.coachingSessions.edges).toHaveLength(3);
    expect(coached.coachingSessions.pageInfo.hasNextPage).toBe(true);
    expect(coached.priorityNeeds).toEqual(coached.latestAssessment!.priorityNeeds);
    const dates = coached.coachingSessions.edges.map((e) => e.node.heldOn);
    expect([...dates].sort().reverse()).toEqual(dates);

    // The next pages continue where the first stopped, without repeats.
    const seen = new Set(coached.coachingSessions.edges.map((e) => e.node.id));
    let after = coached.coachingSessions.pageInfo.endCursor;
    while (after) {
      const page = await learning.query<{ _entities: Coop[] }>(
        `query ($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Cooperative { coachingSessions(first: 5, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id heldOn } } } } } }`,
        { r: [{ __typename: 'Cooperative', id: coached.id }], after },
        STAFF,
      );
      const conn = page.data!._entities[0]!.coachingSessions;
      for (const e of conn.edges) {
        expect(seen.has(e.node.id)).toBe(false);
        seen.add(e.node.id);
      }
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
    }
    expect(seen.size).toBe(coached.coachingTotals.sessions);
  });

  it('answers a cooperative unknown to the learning subgraph with empty lists, not an error', async () => {
    const res = await learning.query<{ _entities: Coop[] }>(ENTITIES, { r: [{ __typename: 'Cooperative', id: stableId('cooperative', 'unknown') }] }, PARTNER);
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0]).toMatchObject({ enrollments: [], coachingTotals: { sessions: 0, minutes: 0 }, latestAssessment: null, priorityNeeds: [] });
  });

  it('keeps enrolment, assessment, plan and coaching details for partners and staff', async () => {
    const q = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Cooperative { coachingTotals { sessions } } } }`;
    const r = [{ __typename: 'Cooperative', id: ids[0] }];
    expect(codeOf(await learning.query(q, { r }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await learning.query(q, { r }, TRAINER))).toBe('FORBIDDEN');
    expect((await learning.query(q, { r }, PARTNER)).errors).toBeUndefined();
  });

  it('uses only cooperatives of the world’s registry, placed as the catalog places them', async () => {
    const demo = demoWorld();
    const byId = new Map(demo.cooperatives.map((c) => [stableId('cooperative', c.registryNumber), c]));
    const rows = await learning.subgraph.db.orm.em.getConnection().execute<{ cooperative_id: string; country_code: string; region_code: string | null }[]>(`select * from beneficiary`);
    const l = demo.learning;
    expect(rows.length).toBe(new Set([...l.enrollments, ...l.attendance, ...l.coachingSessions].map((r) => r.cooperativeId)).size);
    expect(rows.length).toBeGreaterThan(800);
    for (const row of rows) {
      const c = byId.get(row.cooperative_id);
      expect(c, row.cooperative_id).toBeDefined();
      expect([row.country_code, row.region_code]).toEqual([c!.countryCode, c!.regionCode]);
    }
    const firstCall = await learning.query<{ program: { cohorts: { enrollments: { cooperative: { id: string } }[] }[] } }>(
      `{ program(code: "PREMIER-APPEL-2020") { cohorts { enrollments { cooperative { id } } } } }`, {}, PARTNER,
    );
    const selected = firstCall.data!.program.cohorts[0]!.enrollments.map((e) => byId.get(e.cooperative.id)!);
    expect(selected).toHaveLength(8);
    for (const c of selected) expect(c.membersWomen).toBe(c.membersTotal);
  });
});
