import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { PARTNER, STAFF, startTestSubgraph, type TestSubgraph } from '@cooplab/kit/testing';
import type { Principal } from '@cooplab/kit';
import { networkingSubgraph } from '../src/subgraph.js';

let t: TestSubgraph;
const coop = (cooperativeId: string): Principal => ({ role: 'COOPERATIVE', subject: `member-${cooperativeId}`, cooperativeId });

type Res = { errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[]; data?: Record<string, unknown> | null };
const codeOf = (res: Res) => res.errors?.[0]?.extensions?.code;
const fieldsOf = (res: Res) => res.errors?.[0]?.extensions?.fields?.map((f) => f.field);

const ids = { argan: randomUUID(), packer: randomUUID(), far: randomUUID(), alike1: randomUUID(), alike2: randomUUID(), unrelated: randomUUID(), closed: randomUUID() };

const SAVE = `mutation ($input: SaveNetworkProfileInput!) { saveNetworkProfile(input: $input) { valueChain offers { code } needs { code label { fr en } } cooperative { id } region { code } } }`;
const save = (input: Record<string, unknown>, who: Principal = STAFF) => t.query(SAVE, { input: { countryCode: 'MA', valueChain: 'ARGAN', ...input } }, who);
const SUGGEST = `query ($id: ID!, $kind: MatchKind!, $first: Int) { suggestMatches(cooperativeId: $id, kind: $kind, first: $first) { rank score reasons kind cooperative { id } expert { id name } needsMet { code } } }`;
type Suggestion = { rank: number; score: number; reasons: string[]; cooperative: { id: string } | null; expert: { id: string } | null };
const suggestions = async (id: string, kind = 'COOPERATIVE', who: Principal = STAFF) => {
  const res = await t.query<{ suggestMatches: Suggestion[] }>(SUGGEST, { id, kind, first: 10 }, who);
  expect(res.errors).toBeUndefined();
  return res.data!.suggestMatches;
};
const MATCH_FIELDS = `id status score reasons declinedBy`;
/** A cooperative's matches (its first 100), as `who` reads them through its entity. */
const matchesOf = async (id: string, who: Principal) =>
  (
    await t.query<{ _entities: { matches: { edges: { node: { id: string; status: string } }[] } }[] }>(
      `query ($id: ID!) { _entities(representations: [{ __typename: "Cooperative", id: $id }]) { ... on Cooperative { matches(first: 100) { edges { node { id status } } } } } }`,
      { id },
      who,
    )
  ).data!._entities[0]!.matches.edges.map((e) => e.node);
const act = (mutation: string, matchId: string, who: Principal) => t.query<Record<string, { status: string }>>(`mutation ($input: MatchActionInput!) { ${mutation}(input: $input) { ${MATCH_FIELDS} } }`, { input: { matchId } }, who);
const suggestMatch = (input: Record<string, unknown>, who: Principal = STAFF) =>
  t.query<{ suggestMatch: { id: string; status: string; score: number; reasons: string[] } }>(`mutation ($input: SuggestMatchInput!) { suggestMatch(input: $input) { ${MATCH_FIELDS} } }`, { input }, who);

let expertId: string;

beforeAll(async () => {
  t = await startTestSubgraph(networkingSubgraph, inject('postgresUrl'));
  const profiles: [string, Record<string, unknown>][] = [
    [ids.argan, { regionCode: 'MA-09', offers: ['RAW_MATERIAL_SUPPLY'], needs: ['PACKAGING', 'EXPORT_MARKET_ACCESS'] }],
    [ids.packer, { regionCode: 'MA-09', offers: ['PACKAGING', 'EXPORT_MARKET_ACCESS'], needs: ['RAW_MATERIAL_SUPPLY'] }],
    [ids.far, { regionCode: 'MA-02', valueChain: 'LEATHER', offers: ['PACKAGING'], needs: ['DESIGN'] }],
    [ids.alike1, { regionCode: 'MA-09', offers: ['PACKAGING'], needs: ['RAW_MATERIAL_SUPPLY'] }],
    [ids.alike2, { regionCode: 'MA-09', offers: ['PACKAGING'], needs: ['RAW_MATERIAL_SUPPLY'] }],
    [ids.unrelated, { regionCode: 'MA-09', offers: ['DESIGN'], needs: ['TRAINING'] }],
    [ids.closed, { regionCode: 'MA-09', offers: ['PACKAGING', 'EXPORT_MARKET_ACCESS'], needs: ['RAW_MATERIAL_SUPPLY'], openToMeetings: false }],
  ];
  for (const [cooperativeId, p] of profiles) expect((await save({ cooperativeId, ...p })).errors).toBeUndefined();
  const expert = await t.query<{ createExpert: { id: string } }>(
    `mutation ($input: CreateExpertInput!) { createExpert(input: $input) { id } }`,
    { input: { name: 'Salma Bennani', expertise: ['PACKAGING', 'DESIGN'], regionCodes: ['MA-09'], email: 'salma@example.org', phone: '+212600000001' } },
    STAFF,
  );
  expect(expert.errors).toBeUndefined();
  expertId = expert.data!.createExpert.id;
});
afterAll(async () => {
  await t?.stop();
});

describe('profiles', () => {
  it('serves the vocabulary with localised labels', async () => {
    const res = await t.query<{ networkingVocabulary: { tags: { code: string; label: { fr: string; ar: string } }[]; valueChains: { code: string }[] } }>(
      `{ networkingVocabulary { tags { code group label { fr ar en } } valueChains { code label { fr } } } }`,
    );
    expect(res.data!.networkingVocabulary.tags.find((x) => x.code === 'COLD_CHAIN_TRANSPORT')!.label.fr).toBe('Transport sous froid');
    expect(res.data!.networkingVocabulary.valueChains.map((v) => v.code)).toContain('ARGAN');
  });

  it('refuses unknown tags, listing the valid ones, and writes nothing', async () => {
    const res = await save({ cooperativeId: ids.argan, regionCode: 'MA-09', offers: ['FLYING_CARPETS'], needs: ['PACKAGING'] });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['input.offers']);
    expect(res.errors![0]!.extensions!.fields![0]!.message).toMatch(/valid tags: .*COLD_CHAIN_TRANSPORT/);
    const after = await t.query<{ networkProfile: { offers: { code: string }[] } }>(`query ($id: ID!) { networkProfile(cooperativeId: $id) { offers { code } } }`, { id: ids.argan }, STAFF);
    expect(after.data!.networkProfile.offers.map((o) => o.code)).toEqual(['RAW_MATERIAL_SUPPLY']);
  });

  it('refuses a bad place, a bad id and a bad language code with the fields at fault', async () => {
    expect(fieldsOf(await save({ cooperativeId: ids.argan, offers: ['PACKAGING'], needs: [] }))).toEqual(['input.regionCode']);
    expect(fieldsOf(await save({ cooperativeId: 'nope', regionCode: 'MA-09', offers: ['PACKAGING'], needs: [] }))).toEqual(['input.cooperativeId']);
    expect(fieldsOf(await save({ cooperativeId: ids.argan, regionCode: 'MA-09', offers: ['PACKAGING'], needs: [], languages: ['Arabic'] }))).toEqual(['input.languages']);
  });

  it('lets a cooperative edit its own profile only; partners read; anonymous callers are told to sign in', async () => {
    const own = await save({ cooperativeId: ids.unrelated, regionCode: 'MA-09', offers: ['DESIGN'], needs: ['TRAINING'] }, coop(ids.unrelated));
    expect(own.errors).toBeUndefined();
    const other = await save({ cooperativeId: ids.argan, regionCode: 'MA-09', offers: ['DESIGN'], needs: ['TRAINING'] }, coop(ids.unrelated));
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(codeOf(await save({ cooperativeId: ids.argan, regionCode: 'MA-09', offers: ['DESIGN'], needs: [] }, PARTNER))).toBe('FORBIDDEN');
    const read = await t.query(`query ($id: ID!) { networkProfile(cooperativeId: $id) { valueChain } }`, { id: ids.argan }, PARTNER);
    expect(read.errors).toBeUndefined();
    expect(codeOf(await t.query(`query ($id: ID!) { networkProfile(cooperativeId: $id) { valueChain } }`, { id: ids.argan }))).toBe('UNAUTHENTICATED');
  });
});

describe('the matching engine over the database', () => {
  it('ranks the two-way partner first, never suggests itself, closed profiles or partners with nothing to offer, and varies look-alikes', async () => {
    const list = await suggestions(ids.argan);
    const order = list.map((s) => s.cooperative!.id);
    expect(order[0]).toBe(ids.packer);
    expect(order).not.toContain(ids.argan);
    expect(order).not.toContain(ids.closed);
    expect(order).not.toContain(ids.unrelated);
    expect(order).toEqual(expect.arrayContaining([ids.far, ids.alike1, ids.alike2]));
    for (const s of list) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
    // The one-way partner in another value chain 800 km away comes last, even after two look-alikes (diversity is unit-tested).
    expect(order.at(-1)).toBe(ids.far);
    expect(list.at(-1)!.reasons.at(-1)).toMatch(/^Regional capitals \d+ km apart \(Agadir – Oujda\)$/);
  });

  it('suggests experts from their expertise, with contacts for partners and staff only', async () => {
    const [first] = await suggestions(ids.argan, 'EXPERT');
    expect(first!.expert!.id).toBe(expertId);
    const contacts = (who?: Principal) => t.query<{ expert: { email: string | null; phone: string | null } }>(`query ($id: ID!) { expert(id: $id) { name email phone } }`, { id: expertId }, who);
    expect((await contacts(PARTNER)).data!.expert.email).toBe('salma@example.org');
    expect((await contacts()).data!.expert).toMatchObject({ email: null, phone: null });
    expect((await contacts(coop(ids.argan))).data!.expert.email).toBeNull();
  });

  it('lets a cooperative ask for its own suggestions only', async () => {
    expect((await suggestions(ids.argan, 'COOPERATIVE', coop(ids.argan))).length).toBeGreaterThan(0);
    const res = await t.query(SUGGEST, { id: ids.argan, kind: 'COOPERATIVE' }, coop(ids.packer));
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(codeOf(await t.query(SUGGEST, { id: randomUUID(), kind: 'COOPERATIVE' }, STAFF))).toBe('NOT_FOUND');
    expect(fieldsOf(await t.query(SUGGEST, { id: ids.argan, kind: 'COOPERATIVE', first: 500 }, STAFF))).toEqual(['first']);
  });
});

describe('the match lifecycle', () => {
  let matchId: string;

  it('records a suggestion, then excludes the pair from suggestions (both ways)', async () => {
    const res = await suggestMatch({ cooperativeId: ids.argan, partnerCooperativeId: ids.packer }, coop(ids.argan));
    expect(res.errors).toBeUndefined();
    expect(res.data!.suggestMatch).toMatchObject({ status: 'SUGGESTED', score: 1 });
    matchId = res.data!.suggestMatch.id;
    expect((await suggestions(ids.argan)).map((s) => s.cooperative!.id)).not.toContain(ids.packer);
    expect((await suggestions(ids.packer)).map((s) => s.cooperative!.id)).not.toContain(ids.argan);
    expect(codeOf(await suggestMatch({ cooperativeId: ids.packer, partnerCooperativeId: ids.argan }))).toBe('CONFLICT');
  });

  it('refuses bad input and other cooperatives', async () => {
    expect(fieldsOf(await suggestMatch({ cooperativeId: ids.argan }))).toEqual(['input.partnerCooperativeId']);
    expect(fieldsOf(await suggestMatch({ cooperativeId: ids.argan, partnerCooperativeId: 'x' }))).toEqual(['input.partnerCooperativeId']);
    expect(codeOf(await suggestMatch({ cooperativeId: ids.argan, partnerCooperativeId: ids.unrelated }))).toBe('CONFLICT');
    expect(codeOf(await suggestMatch({ cooperativeId: ids.argan, partnerCooperativeId: ids.far }, coop(ids.far)))).toBe('FORBIDDEN');
    expect(codeOf(await act('proposeMatch', randomUUID(), STAFF))).toBe('NOT_FOUND');
    expect(fieldsOf(await act('proposeMatch', 'not-an-id', STAFF))).toEqual(['input.matchId']);
  });

  it('moves SUGGESTED → PROPOSED → ACCEPTED → MET, each step by its side only', async () => {
    expect(codeOf(await act('acceptMatch', matchId, coop(ids.packer)))).toBe('CONFLICT'); // not proposed yet
    expect(codeOf(await act('proposeMatch', matchId, coop(ids.packer)))).toBe('FORBIDDEN'); // the partner does not propose
    expect(codeOf(await act('proposeMatch', matchId, coop(ids.far)))).toBe('FORBIDDEN'); // nor a stranger
    expect(codeOf(await act('proposeMatch', matchId, PARTNER))).toBe('FORBIDDEN'); // partners read
    expect((await act('proposeMatch', matchId, coop(ids.argan))).data!.proposeMatch!.status).toBe('PROPOSED');
    expect(codeOf(await act('acceptMatch', matchId, coop(ids.argan)))).toBe('FORBIDDEN'); // not one's own proposal
    expect((await act('acceptMatch', matchId, coop(ids.packer))).data!.acceptMatch!.status).toBe('ACCEPTED');
    expect(codeOf(await act('declineMatch', matchId, coop(ids.packer)))).toBe('CONFLICT');
    const read = await t.query<{ match: { status: string } }>(`query ($id: ID!) { match(id: $id) { status } }`, { id: matchId }, coop(ids.far));
    expect(codeOf(read)).toBe('FORBIDDEN');
  });

  it('a declined pair is never suggested nor matched again', async () => {
    const m = await suggestMatch({ cooperativeId: ids.argan, partnerCooperativeId: ids.alike1 }, coop(ids.argan));
    const id = m.data!.suggestMatch.id;
    expect(codeOf(await act('declineMatch', id, coop(ids.alike1)))).toBe('FORBIDDEN'); // a suggestion is dismissed by its cooperative
    const declined = await act('declineMatch', id, coop(ids.argan));
    expect(declined.data!.declineMatch).toMatchObject({ status: 'DECLINED', declinedBy: 'COOPERATIVE' });
    expect((await suggestions(ids.alike1)).map((s) => s.cooperative!.id)).not.toContain(ids.argan);
    expect(codeOf(await suggestMatch({ cooperativeId: ids.alike1, partnerCooperativeId: ids.argan }))).toBe('CONFLICT');
  });
});

describe('events and the meeting schedule', () => {
  let eventId: string;
  const matches: string[] = [];
  const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id startsAt endsAt match { id } } }`;

  beforeAll(async () => {
    const ev = await t.query<{ createNetworkingEvent: { id: string } }>(
      `mutation ($input: CreateNetworkingEventInput!) { createNetworkingEvent(input: $input) { id } }`,
      { input: { name: { fr: 'Journée B2B' }, startsOn: '2025-06-10', endsOn: '2025-06-10', place: 'Agadir', slotMinutes: 30, maxMeetingsPerParticipant: 2 } },
      STAFF,
    );
    expect(ev.errors).toBeUndefined();
    eventId = ev.data!.createNetworkingEvent.id;
    for (const id of [ids.argan, ids.far, ids.alike2, ids.packer]) {
      expect((await t.query(`mutation ($input: AddEventParticipantInput!) { addEventParticipant(input: $input) { id } }`, { input: { eventId, cooperativeId: id } }, coop(id))).errors).toBeUndefined();
    }
    for (const partner of [ids.far, ids.alike2]) {
      const m = await suggestMatch({ cooperativeId: ids.argan, partnerCooperativeId: partner });
      const id = m.data!.suggestMatch.id;
      await act('proposeMatch', id, STAFF);
      await act('acceptMatch', id, STAFF);
      matches.push(id);
    }
  });

  it('refuses a slot off the grid, a second registration and bad input', async () => {
    const res = await t.query(SCHEDULE, { input: { eventId, matchId: matches[0], startsAt: '2025-06-10T09:10:00Z' } }, STAFF);
    expect(fieldsOf(res)).toEqual(['input.startsAt']);
    expect(codeOf(await t.query(`mutation ($input: AddEventParticipantInput!) { addEventParticipant(input: $input) { id } }`, { input: { eventId, cooperativeId: ids.argan } }, STAFF))).toBe('CONFLICT');
    const bad = await t.query(`mutation ($input: CreateNetworkingEventInput!) { createNetworkingEvent(input: $input) { id } }`, { input: { name: { fr: 'X' }, startsOn: '2025-06-10', endsOn: '2025-06-09', slotMinutes: 5 } }, STAFF);
    expect(fieldsOf(bad)).toEqual(['input.slotMinutes']);
    expect(codeOf(await t.query(SCHEDULE, { input: { eventId, matchId: matches[0], startsAt: '2025-06-10T09:00:00Z' } }, coop(ids.argan)))).toBe('FORBIDDEN');
  });

  it('gives a participant’s slot once, even to two concurrent bookings', async () => {
    const startsAt = '2025-06-10T10:00:00Z';
    const results = await Promise.all(matches.map((matchId) => t.query(SCHEDULE, { input: { eventId, matchId, startsAt } }, STAFF)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const loser = results.find((r) => r.errors)!;
    expect(codeOf(loser)).toBe('CONFLICT');
    expect(fieldsOf(loser)).toEqual(['input.startsAt']);
    // The loser fits in the next slot; the winner cannot meet twice.
    const loserMatch = matches[results.indexOf(loser)]!;
    expect((await t.query(SCHEDULE, { input: { eventId, matchId: loserMatch, startsAt: '2025-06-10T10:30:00Z' } }, STAFF)).errors).toBeUndefined();
    expect(codeOf(await t.query(SCHEDULE, { input: { eventId, matchId: loserMatch, startsAt: '2025-06-10T11:00:00Z' } }, STAFF))).toBe('CONFLICT');
    const schedule = await t.query<{ networkingEvent: { meetings: { edges: { node: { startsAt: string } }[] } } }>(
      `query ($id: ID!) { networkingEvent(id: $id) { meetings(first: 100) { edges { node { startsAt } } } } }`,
      { id: eventId },
      PARTNER,
    );
    expect(schedule.data!.networkingEvent.meetings.edges.map((e) => e.node.startsAt)).toEqual(['2025-06-10T10:00:00.000Z', '2025-06-10T10:30:00.000Z']);
  });
});

describe('opportunities and figures', () => {
  it('records an opportunity of an accepted match for its own cooperative, closes it with a value, and refuses illegal steps', async () => {
    const accepted = (await matchesOf(ids.packer, coop(ids.packer))).find((m) => m.status === 'ACCEPTED')!;
    const RECORD = `mutation ($input: RecordOpportunityInput!) { recordOpportunity(input: $input) { id status estimatedValue { centimes amount currency } cooperative { id } } }`;
    expect(codeOf(await t.query(RECORD, { input: { matchId: accepted.id, kind: 'SUPPLY_AGREEMENT', title: 'Argan kernels', estimatedValueCentimes: 100 } }, coop(ids.far)))).toBe('FORBIDDEN');
    expect(fieldsOf(await t.query(RECORD, { input: { matchId: accepted.id, kind: 'SUPPLY_AGREEMENT', title: 'Argan kernels', estimatedValueCentimes: -1 } }, coop(ids.packer)))).toEqual(['input.estimatedValueCentimes']);
    expect(fieldsOf(await t.query(RECORD, { input: { matchId: accepted.id, cooperativeId: ids.argan, kind: 'SUPPLY_AGREEMENT', title: 'Argan kernels', estimatedValueCentimes: 1 } }, coop(ids.packer)))).toEqual(['input.cooperativeId']);
    const rec = await t.query<{ recordOpportunity: { id: string; estimatedValue: { amount: string } } }>(RECORD, { input: { matchId: accepted.id, kind: 'SUPPLY_AGREEMENT', title: 'Argan kernels', estimatedValueCentimes: 1_500_000 } }, coop(ids.packer));
    expect(rec.errors).toBeUndefined();
    expect(rec.data!.recordOpportunity.estimatedValue.amount).toBe('15000.00');
    const SET = `mutation ($input: SetOpportunityStatusInput!) { setOpportunityStatus(input: $input) { status realisedValue { centimes } closedOn } }`;
    const id = rec.data!.recordOpportunity.id;
    expect(fieldsOf(await t.query(SET, { input: { opportunityId: id, status: 'WON' } }, coop(ids.packer)))).toEqual(['input.realisedValueCentimes']);
    expect((await t.query(SET, { input: { opportunityId: id, status: 'WON', realisedValueCentimes: 1_200_000 } }, coop(ids.argan))).errors).toBeUndefined();
    expect(codeOf(await t.query(SET, { input: { opportunityId: id, status: 'IN_PROGRESS' } }, STAFF))).toBe('CONFLICT');
  });

  it('counts figures per region and country in a constant number of statements, whatever the number of places', async () => {
    const met = await t.query(`mutation ($input: RecordMatchMeetingInput!) { recordMatchMeeting(input: $input) { status } }`, { input: { matchId: (await matchesOf(ids.packer, STAFF)).find((m) => m.status === 'ACCEPTED')!.id } }, coop(ids.packer));
    expect(met.errors).toBeUndefined();
    const Q = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { networkingFigures { cooperativesNetworked matches meetings opportunities experts opportunitiesByStatus { status count } opportunitiesRealisedValue { centimes } } } } }`;
    const measure = async (codes: string[]) => {
      const before = t.sqlCount();
      const res = await t.query<{ _entities: { networkingFigures: { cooperativesNetworked: number; meetings: number; opportunities: number; experts: number; opportunitiesRealisedValue: { centimes: number } } }[] }>(Q, { r: codes.map((code) => ({ __typename: 'Region', code })) });
      expect(res.errors).toBeUndefined();
      return { statements: t.sqlCount() - before, figures: res.data!._entities.map((e) => e.networkingFigures) };
    };
    const one = await measure(['MA-09']);
    const twelve = await measure(Array.from({ length: 12 }, (_, i) => `MA-${String(i + 1).padStart(2, '0')}`));
    expect(twelve.statements).toBe(one.statements);
    expect(one.figures[0]).toMatchObject({ cooperativesNetworked: 2, meetings: 1, opportunities: 1, experts: 1, opportunitiesRealisedValue: { centimes: 1_200_000 } });
    expect(twelve.figures[1]).toMatchObject({ cooperativesNetworked: 0, experts: 0 }); // MA-02: the far cooperative has not met
  });

  it('holds the SQL statements of cooperatives’ matches and opportunities constant as the list grows', async () => {
    const Q = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Cooperative { networkProfile { valueChain }
      matches(first: 2) { totalCount edges { node { status expert { name } opportunities { title } } } } opportunities(first: 2) { totalCount edges { node { title } } } } } }`;
    const measure = async (list: string[]) => {
      const before = t.sqlCount();
      const res = await t.query(Q, { r: list.map((id) => ({ __typename: 'Cooperative', id })) }, STAFF);
      expect(res.errors).toBeUndefined();
      return t.sqlCount() - before;
    };
    expect(await measure(Object.values(ids))).toBe(await measure([ids.argan, ids.packer]));
  });

  it("lists a match under both of its cooperatives, once each, and pages on with the first page's cursors", async () => {
    type Conn = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string } }[] };
    const Q = `query ($r: [_Any!]!, $first: Int, $after: String) { _entities(representations: $r) { ... on Cooperative { id
      matches(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }
      opportunities(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } } }`;
    const read = async (list: string[], first: number, after: string | null = null) =>
      (await t.query<{ _entities: { id: string; matches: Conn; opportunities: Conn }[] }>(Q, { r: list.map((id) => ({ __typename: 'Cooperative', id })), first, after }, STAFF)).data!._entities;
    const everything = await read(Object.values(ids), 100);
    // A match between two cooperatives is in both lists; each list holds a match once.
    const listsOf = new Map<string, string[]>();
    for (const { id, matches } of everything) {
      expect(new Set(matches.edges.map((e) => e.node.id)).size).toBe(matches.edges.length);
      expect(matches.totalCount).toBe(matches.edges.length);
      for (const e of matches.edges) listsOf.set(e.node.id, [...(listsOf.get(e.node.id) ?? []), id]);
    }
    expect([...listsOf.values()].some((owners) => owners.length === 2)).toBe(true);
    // One at a time from the first page's cursor: the same list, in the same order, for each cooperative and each list.
    for (const { id, matches, opportunities } of everything) {
      for (const [field, whole] of [['matches', matches], ['opportunities', opportunities]] as const) {
        const seen: string[] = [];
        let page = (await read([id], 1))[0]![field];
        seen.push(...page.edges.map((e) => e.node.id));
        while (page.pageInfo.hasNextPage) {
          page = (await read([id], 1, page.pageInfo.endCursor))[0]![field];
          expect(page.totalCount).toBe(whole.totalCount);
          seen.push(...page.edges.map((e) => e.node.id));
        }
        expect(seen, `${field} of ${id}`).toEqual(whole.edges.map((e) => e.node.id));
      }
    }
  });
});
