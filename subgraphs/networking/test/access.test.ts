/**
 * Access on every path: for each concept with restricted parts (an expert's contacts, networking profiles,
 * matches, opportunities, an event's participants and meetings), every path that reaches it — the root query,
 * the field through Cooperative (what the gateway asks with `_entities`), a direct `_entities` lookup, and the
 * fields that lead to it from another concept — answers each role the same: the same value, or the same refusal.
 * (A cooperative's lists — its matches, opportunities, suggestions — are for that cooperative, partners and
 * staff: another cooperative is refused the whole list, even when a match in it is also its own.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@cooplab/kit';
import { ANONYMOUS, PARTNER, STAFF, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@cooplab/kit/testing';
import { networkingSubgraph } from '../src/subgraph.js';

let t: TestSubgraph;
const coop = (cooperativeId: string): Principal => ({ role: 'COOPERATIVE', subject: `member-${cooperativeId}`, cooperativeId });
const ids = { own: randomUUID(), partner: randomUUID(), other: randomUUID() };
let expertId: string;
let matchId: string;
let eventId: string;

/** The roles compared, by name: the cooperative of the match (own), another cooperative, a partner, staff. */
const ROLES: Record<string, Principal> = { ANONYMOUS, OWN: coop(ids.own), OTHER: coop(ids.other), PARTNER, STAFF };

/** One path's answer reduced to what a caller learns: the refusal's code, or the value found at `pick`. */
type Outcome = string;
async function outcome(query: string, variables: Record<string, unknown>, who: Principal, pick: (data: Record<string, unknown>) => unknown): Promise<Outcome> {
  const res: GraphQLResponse = await t.query(query, variables, who);
  if (res.errors?.length) return `refused ${[...new Set(res.errors.map((e) => e.extensions?.code))].join(',')}`;
  return JSON.stringify(pick(res.data as Record<string, unknown>));
}
const entities = (data: Record<string, unknown>) => (data._entities as Record<string, unknown>[])[0]!;
/** A connection as it answers (the nested lists of this subgraph are connections). */
type Page<T> = { totalCount: number; edges: { node: T }[] };
const nodes = <T = unknown>(page: unknown): T[] => (page as Page<T>).edges.map((e) => e.node);
/** An event's two restricted lists: their counts and first pages. */
const EVENT_LISTS = 'participants(first: 100) { totalCount edges { node { id } } } meetings(first: 100) { totalCount edges { node { id } } }';

/** Asks every path as every role; expects one outcome per role across the paths, and returns them by role. */
async function samePerRole(paths: Record<string, [string, Record<string, unknown>, (data: Record<string, unknown>) => unknown]>): Promise<Record<string, Outcome>> {
  const byRole: Record<string, Outcome> = {};
  for (const [role, who] of Object.entries(ROLES)) {
    const answers: Record<string, Outcome> = {};
    for (const [name, [query, variables, pick]] of Object.entries(paths)) answers[name] = await outcome(query, variables, who, pick);
    const distinct = new Set(Object.values(answers));
    expect(distinct.size, `${role}: ${JSON.stringify(answers)}`).toBe(1);
    byRole[role] = [...distinct][0]!;
  }
  return byRole;
}

const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>) => {
  const res = await t.query<T>(query, variables, STAFF);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
};

beforeAll(async () => {
  t = await startTestSubgraph(networkingSubgraph, inject('postgresUrl'));
  const SAVE = `mutation ($input: SaveNetworkProfileInput!) { saveNetworkProfile(input: $input) { valueChain } }`;
  await ok(SAVE, { input: { cooperativeId: ids.own, countryCode: 'MA', regionCode: 'MA-09', valueChain: 'ARGAN', offers: ['RAW_MATERIAL_SUPPLY'], needs: ['PACKAGING'] } });
  await ok(SAVE, { input: { cooperativeId: ids.partner, countryCode: 'MA', regionCode: 'MA-09', valueChain: 'ARGAN', offers: ['PACKAGING'], needs: ['RAW_MATERIAL_SUPPLY'] } });
  await ok(SAVE, { input: { cooperativeId: ids.other, countryCode: 'MA', regionCode: 'MA-01', valueChain: 'OLIVE', offers: ['DESIGN'], needs: ['TRAINING'] } });
  expertId = (
    await ok<{ createExpert: { id: string } }>(`mutation ($input: CreateExpertInput!) { createExpert(input: $input) { id } }`, {
      input: { name: 'Salma Bennani', expertise: ['PACKAGING'], email: 'salma@example.org', phone: '+212600000001' },
    })
  ).createExpert.id;
  matchId = (await ok<{ suggestMatch: { id: string } }>(`mutation ($input: SuggestMatchInput!) { suggestMatch(input: $input) { id } }`, { input: { cooperativeId: ids.own, partnerCooperativeId: ids.partner } })).suggestMatch.id;
  for (const step of ['proposeMatch', 'acceptMatch']) await ok(`mutation ($input: MatchActionInput!) { ${step}(input: $input) { id } }`, { input: { matchId } });
  await ok(`mutation ($input: RecordOpportunityInput!) { recordOpportunity(input: $input) { id } }`, { input: { matchId, kind: 'JOINT_SALE', title: 'A shared stand', estimatedValueCentimes: 100_000 } });
  eventId = (
    await ok<{ createNetworkingEvent: { id: string } }>(`mutation ($input: CreateNetworkingEventInput!) { createNetworkingEvent(input: $input) { id } }`, {
      input: { name: { fr: 'Journée B2B' }, startsOn: '2025-06-10', endsOn: '2025-06-10', place: 'Agadir', slotMinutes: 30 },
    })
  ).createNetworkingEvent.id;
  const ADD = `mutation ($input: AddEventParticipantInput!) { addEventParticipant(input: $input) { id } }`;
  for (const cooperativeId of [ids.own, ids.partner]) await ok(ADD, { input: { eventId, cooperativeId } });
  await ok(ADD, { input: { eventId, expertId } });
  await ok(`mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`, { input: { eventId, matchId, startsAt: '2025-06-10T09:00:00Z' } });
});
afterAll(async () => {
  await t?.stop();
});

const COOPERATIVE = (fields: string) => `query ($id: ID!) { _entities(representations: [{ __typename: "Cooperative", id: $id }]) { ... on Cooperative { ${fields} } } }`;
const REFUSED = { anonymous: 'refused UNAUTHENTICATED', other: 'refused FORBIDDEN' };

describe('every path answers a role the same', () => {
  it('an expert’s contacts: root query, the pool, _entities, and the expert of an event participant', async () => {
    const contacts = (e: unknown) => (e ? { email: (e as { email: string | null }).email, phone: (e as { phone: string | null }).phone } : 'missing');
    const byRole = await samePerRole({
      root: [`query ($id: ID!) { expert(id: $id) { email phone } }`, { id: expertId }, (d) => contacts(d.expert)],
      pool: [`{ experts(first: 50) { edges { node { id email phone } } } }`, {}, (d) => contacts((d.experts as { edges: { node: { id: string } }[] }).edges.map((e) => e.node).find((n) => n.id === expertId))],
      entities: [`query ($id: ID!) { _entities(representations: [{ __typename: "Expert", id: $id }]) { ... on Expert { email phone } } }`, { id: expertId }, (d) => contacts(entities(d))],
    });
    const shown = JSON.stringify({ email: 'salma@example.org', phone: '+212600000001' });
    const hidden = JSON.stringify({ email: null, phone: null });
    expect(byRole).toEqual({ ANONYMOUS: hidden, OWN: hidden, OTHER: hidden, PARTNER: shown, STAFF: shown });
    // Through an event's participants, for the roles that see them, the same contacts.
    for (const role of ['OWN', 'OTHER', 'PARTNER', 'STAFF']) {
      const viaEvent = await outcome(`query ($id: ID!) { networkingEvent(id: $id) { participants(first: 100) { edges { node { expert { id email phone } } } } } }`, { id: eventId }, ROLES[role]!, (d) =>
        contacts((d.networkingEvent as { participants: Page<{ expert: { id: string } | null }> }).participants.edges.map((e) => e.node.expert).find((e) => e?.id === expertId)),
      );
      expect(viaEvent, role).toBe(byRole[role]);
    }
  });

  it('a networking profile: root query and Cooperative.networkProfile', async () => {
    const byRole = await samePerRole({
      root: [`query ($id: ID!) { networkProfile(cooperativeId: $id) { valueChain needs { code } } }`, { id: ids.own }, (d) => d.networkProfile],
      cooperative: [COOPERATIVE('networkProfile { valueChain needs { code } }'), { id: ids.own }, (d) => entities(d).networkProfile],
    });
    const profile = JSON.stringify({ valueChain: 'ARGAN', needs: [{ code: 'PACKAGING' }] });
    expect(byRole).toEqual({ ANONYMOUS: REFUSED.anonymous, OWN: profile, OTHER: profile, PARTNER: profile, STAFF: profile });
  });

  it('a match: root query, Cooperative.matches, the meeting that holds it and the opportunity it produced', async () => {
    const byRole = await samePerRole({
      root: [`query ($id: ID!) { match(id: $id) { id status } }`, { id: matchId }, (d) => d.match],
      cooperative: [COOPERATIVE('matches(first: 100) { edges { node { id status } } }'), { id: ids.own }, (d) => nodes<{ id: string }>(entities(d).matches).find((m) => m.id === matchId)],
      opportunity: [COOPERATIVE('opportunities(first: 100) { edges { node { match { id status } } } }'), { id: ids.own }, (d) => nodes<{ match: unknown }>(entities(d).opportunities)[0]!.match],
    });
    const match = JSON.stringify({ id: matchId, status: 'ACCEPTED' });
    expect(byRole).toEqual({ ANONYMOUS: REFUSED.anonymous, OWN: match, OTHER: REFUSED.other, PARTNER: match, STAFF: match });
    // The event's schedule is seen by every cooperative, but the match behind a meeting only by those who may read it.
    for (const role of ['OWN', 'OTHER', 'PARTNER', 'STAFF']) {
      const viaMeeting = await outcome(`query ($id: ID!) { networkingEvent(id: $id) { meetings(first: 100) { edges { node { match { id status } } } } } }`, { id: eventId }, ROLES[role]!, (d) =>
        nodes<{ match: unknown }>((d.networkingEvent as { meetings: unknown }).meetings)[0]!.match,
      );
      expect(viaMeeting, role).toBe(byRole[role]);
    }
  });

  it('opportunities: Cooperative.opportunities and Match.opportunities', async () => {
    const titles = (list: unknown) => (list as { title: string }[]).map((o) => o.title);
    const byRole = await samePerRole({
      cooperative: [COOPERATIVE('opportunities(first: 100) { edges { node { title } } }'), { id: ids.own }, (d) => titles(nodes(entities(d).opportunities))],
      match: [`query ($id: ID!) { match(id: $id) { opportunities { title } } }`, { id: matchId }, (d) => titles((d.match as { opportunities: unknown }).opportunities)],
    });
    const list = JSON.stringify(['A shared stand']);
    expect(byRole).toEqual({ ANONYMOUS: REFUSED.anonymous, OWN: list, OTHER: REFUSED.other, PARTNER: list, STAFF: list });
  });

  it('suggestions: root query and Cooperative.suggestedMatches', async () => {
    const byRole = await samePerRole({
      root: [`query ($id: ID!) { suggestMatches(cooperativeId: $id, kind: EXPERT) { expert { id } } }`, { id: ids.own }, (d) => d.suggestMatches],
      cooperative: [COOPERATIVE('suggestedMatches(kind: EXPERT) { expert { id } }'), { id: ids.own }, (d) => entities(d).suggestedMatches],
    });
    const list = JSON.stringify([{ expert: { id: expertId } }]);
    expect(byRole).toEqual({ ANONYMOUS: REFUSED.anonymous, OWN: list, OTHER: REFUSED.other, PARTNER: list, STAFF: list });
  });

  it('an event’s participants and meetings: the event by id, the list of events, and the event of a meeting', async () => {
    const details = (e: unknown) => {
      const event = e as { participants: Page<unknown> | null; meetings: Page<unknown> | null };
      const size = (page: Page<unknown> | null) => (page ? [page.totalCount, page.edges.length] : null);
      return { participants: size(event.participants), meetings: size(event.meetings) };
    };
    const byRole = await samePerRole({
      root: [`query ($id: ID!) { networkingEvent(id: $id) { ${EVENT_LISTS} } }`, { id: eventId }, (d) => details(d.networkingEvent)],
      list: [`{ networkingEvents(first: 10) { edges { node { ${EVENT_LISTS} } } } }`, {}, (d) => details((d.networkingEvents as { edges: { node: unknown }[] }).edges[0]!.node)],
    });
    const shown = JSON.stringify({ participants: [3, 3], meetings: [1, 1] });
    expect(byRole).toEqual({ ANONYMOUS: REFUSED.anonymous, OWN: shown, OTHER: shown, PARTNER: shown, STAFF: shown });
    // The event itself stays public beside its restricted fields: an anonymous caller gets its name, and nulls with the refusal.
    const anonymous = await t.query<{ networkingEvent: { name: { fr: string }; participants: null } }>(`query ($id: ID!) { networkingEvent(id: $id) { name { fr } participants { totalCount } } }`, { id: eventId });
    expect(anonymous.data!.networkingEvent).toEqual({ name: { fr: 'Journée B2B' }, participants: null });
  });
});
