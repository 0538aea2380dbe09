/**
 * Bad input on every mutation of the networking subgraph: each answer is BAD_USER_INPUT naming the offending field
 * (or NOT_FOUND / CONFLICT naming it, as fits), and no row of any table changes. Every mutation takes one `input`.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { getNamedType, GraphQLInputObjectType, isNonNullType } from 'graphql';
import type { Principal } from '@cooplab/kit';
import { STAFF, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@cooplab/kit/testing';
import { networkingSubgraph } from '../src/subgraph.js';
import { TAG_CODES } from '../src/modules/vocabulary/vocabulary.js';

let t: TestSubgraph;
const coop = (cooperativeId: string): Principal => ({ role: 'COOPERATIVE', subject: `member-${cooperativeId}`, cooperativeId });
const ids = { a: randomUUID(), b: randomUUID(), c: randomUUID() };
let expertId: string;
let eventId: string;
let acceptedMatch: string;
let suggestedMatch: string;
let opportunityId: string;

const TABLES = ['network_profile', 'expert', 'match', 'networking_event', 'event_participant', 'meeting', 'meeting_seat', 'opportunity'];
/** Every row of every table, as text: what a refused mutation must leave as it was. */
const snapshot = async () => {
  const conn = t.subgraph.db.orm.em.fork().getConnection();
  const parts = await Promise.all(TABLES.map((table) => conn.execute<{ rows: string | null }[]>(`select string_agg(x::text, '|' order by x::text) as rows from "${table}" x`)));
  return Object.fromEntries(TABLES.map((table, i) => [table, parts[i]![0]!.rows]));
};

type Expected = { code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT'; fields: string[] };
/** Runs a mutation that must be refused with `expected`, and checks that nothing was written. */
async function refused(mutation: string, inputType: string, input: Record<string, unknown>, expected: Expected, who: Principal = STAFF) {
  const before = await snapshot();
  const res: GraphQLResponse = await t.query(`mutation ($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`, { input }, who);
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(expected.code);
  expect(res.errors![0]!.extensions!.fields?.map((f) => f.field)).toEqual(expected.fields);
  expect(res.data?.[mutation] ?? null).toBeNull();
  expect(await snapshot()).toEqual(before);
}

const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, who: Principal = STAFF) => {
  const res = await t.query<T>(query, variables, who);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
};

beforeAll(async () => {
  t = await startTestSubgraph(networkingSubgraph, inject('postgresUrl'));
  const SAVE = `mutation ($input: SaveNetworkProfileInput!) { saveNetworkProfile(input: $input) { cooperative { id } } }`;
  await ok(SAVE, { input: { cooperativeId: ids.a, countryCode: 'MA', regionCode: 'MA-09', valueChain: 'ARGAN', offers: ['RAW_MATERIAL_SUPPLY'], needs: ['PACKAGING'] } });
  await ok(SAVE, { input: { cooperativeId: ids.b, countryCode: 'MA', regionCode: 'MA-09', valueChain: 'ARGAN', offers: ['PACKAGING'], needs: ['RAW_MATERIAL_SUPPLY'] } });
  await ok(SAVE, { input: { cooperativeId: ids.c, countryCode: 'MA', regionCode: 'MA-01', valueChain: 'OLIVE', offers: ['PACKAGING'], needs: ['DESIGN'] } });
  expertId = (await ok<{ createExpert: { id: string } }>(`mutation ($input: CreateExpertInput!) { createExpert(input: $input) { id } }`, { input: { name: 'Salma Bennani', expertise: ['PACKAGING'] } })).createExpert.id;
  eventId = (
    await ok<{ createNetworkingEvent: { id: string } }>(`mutation ($input: CreateNetworkingEventInput!) { createNetworkingEvent(input: $input) { id } }`, {
      input: { name: { fr: 'Journée B2B' }, startsOn: '2025-06-10', endsOn: '2025-06-10', place: 'Agadir', slotMinutes: 30 },
    })
  ).createNetworkingEvent.id;
  const suggest = async (partner: string) =>
    (await ok<{ suggestMatch: { id: string } }>(`mutation ($input: SuggestMatchInput!) { suggestMatch(input: $input) { id } }`, { input: { cooperativeId: ids.a, partnerCooperativeId: partner } })).suggestMatch.id;
  acceptedMatch = await suggest(ids.b);
  for (const step of ['proposeMatch', 'acceptMatch']) await ok(`mutation ($input: MatchActionInput!) { ${step}(input: $input) { id } }`, { input: { matchId: acceptedMatch } });
  suggestedMatch = await suggest(ids.c);
  opportunityId = (
    await ok<{ recordOpportunity: { id: string } }>(`mutation ($input: RecordOpportunityInput!) { recordOpportunity(input: $input) { id } }`, {
      input: { matchId: acceptedMatch, kind: 'JOINT_SALE', title: 'A shared stand', estimatedValueCentimes: 100_000 },
    })
  ).recordOpportunity.id;
});
afterAll(async () => {
  await t?.stop();
});

describe('every mutation', () => {
  it('takes one argument, `input`, a non-null input object', async () => {
    const schema = await networkingSubgraph.schema();
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThanOrEqual(13);
    for (const m of mutations) {
      expect(m.args.map((a) => a.name), m.name).toEqual(['input']);
      expect(isNonNullType(m.args[0]!.type) && getNamedType(m.args[0]!.type) instanceof GraphQLInputObjectType, m.name).toBe(true);
    }
  });
});

describe('bad input writes nothing', () => {
  it('saveNetworkProfile', async () => {
    const valid = { cooperativeId: ids.a, countryCode: 'MA', regionCode: 'MA-09', valueChain: 'ARGAN', offers: ['PACKAGING'], needs: [] };
    await refused('saveNetworkProfile', 'SaveNetworkProfileInput', { ...valid, offers: ['FLYING_CARPETS'] }, { code: 'BAD_USER_INPUT', fields: ['input.offers'] });
    await refused('saveNetworkProfile', 'SaveNetworkProfileInput', { ...valid, needs: TAG_CODES.slice(0, 11) }, { code: 'BAD_USER_INPUT', fields: ['input.needs'] });
    await refused('saveNetworkProfile', 'SaveNetworkProfileInput', { ...valid, regionCode: null }, { code: 'BAD_USER_INPUT', fields: ['input.regionCode'] });
    await refused('saveNetworkProfile', 'SaveNetworkProfileInput', { ...valid, countryCode: 'Morocco' }, { code: 'BAD_USER_INPUT', fields: ['input.countryCode'] });
    await refused('saveNetworkProfile', 'SaveNetworkProfileInput', { ...valid, cooperativeId: 'nope' }, { code: 'BAD_USER_INPUT', fields: ['input.cooperativeId'] });
    await refused('saveNetworkProfile', 'SaveNetworkProfileInput', { ...valid, offers: [], needs: [] }, { code: 'BAD_USER_INPUT', fields: ['input.offers'] });
  });

  it('createExpert', async () => {
    const valid = { name: 'Omar Tazi', expertise: ['DESIGN'] };
    await refused('createExpert', 'CreateExpertInput', { ...valid, name: 'O' }, { code: 'BAD_USER_INPUT', fields: ['input.name'] });
    await refused('createExpert', 'CreateExpertInput', { ...valid, expertise: ['JUGGLING'] }, { code: 'BAD_USER_INPUT', fields: ['input.expertise'] });
    await refused('createExpert', 'CreateExpertInput', { ...valid, expertise: [] }, { code: 'BAD_USER_INPUT', fields: ['input.expertise'] });
    await refused('createExpert', 'CreateExpertInput', { ...valid, regionCodes: ['MA-13'] }, { code: 'BAD_USER_INPUT', fields: ['input.regionCodes'] });
    await refused('createExpert', 'CreateExpertInput', { ...valid, organizationId: 'odco' }, { code: 'BAD_USER_INPUT', fields: ['input.organizationId'] });
    await refused('createExpert', 'CreateExpertInput', { ...valid, languages: ['French'] }, { code: 'BAD_USER_INPUT', fields: ['input.languages'] });
    await refused('createExpert', 'CreateExpertInput', { ...valid, countryCode: 'mar' }, { code: 'BAD_USER_INPUT', fields: ['input.countryCode'] });
    await refused('createExpert', 'CreateExpertInput', { ...valid, email: 'not-an-email' }, { code: 'BAD_USER_INPUT', fields: ['input.email'] });
    await refused('createExpert', 'CreateExpertInput', { ...valid, phone: '12' }, { code: 'BAD_USER_INPUT', fields: ['input.phone'] });
  });

  it('setExpertAvailability', async () => {
    await refused('setExpertAvailability', 'SetExpertAvailabilityInput', { expertId: 'x', available: false }, { code: 'BAD_USER_INPUT', fields: ['input.expertId'] });
    await refused('setExpertAvailability', 'SetExpertAvailabilityInput', { expertId: randomUUID(), available: false }, { code: 'NOT_FOUND', fields: ['input.expertId'] });
  });

  it('suggestMatch', async () => {
    await refused('suggestMatch', 'SuggestMatchInput', { cooperativeId: ids.b }, { code: 'BAD_USER_INPUT', fields: ['input.partnerCooperativeId'] });
    await refused('suggestMatch', 'SuggestMatchInput', { cooperativeId: ids.b, partnerCooperativeId: ids.c, expertId }, { code: 'BAD_USER_INPUT', fields: ['input.partnerCooperativeId'] });
    await refused('suggestMatch', 'SuggestMatchInput', { cooperativeId: ids.b, partnerCooperativeId: ids.b }, { code: 'BAD_USER_INPUT', fields: ['input.partnerCooperativeId'] });
    await refused('suggestMatch', 'SuggestMatchInput', { cooperativeId: ids.b, partnerCooperativeId: randomUUID() }, { code: 'NOT_FOUND', fields: ['input.partnerCooperativeId'] });
    await refused('suggestMatch', 'SuggestMatchInput', { cooperativeId: ids.b, expertId: randomUUID() }, { code: 'NOT_FOUND', fields: ['input.expertId'] });
    await refused('suggestMatch', 'SuggestMatchInput', { cooperativeId: ids.b, partnerCooperativeId: ids.a }, { code: 'CONFLICT', fields: ['input.cooperativeId'] });
  });

  it('proposeMatch, acceptMatch and declineMatch', async () => {
    for (const mutation of ['proposeMatch', 'acceptMatch', 'declineMatch']) {
      await refused(mutation, 'MatchActionInput', { matchId: 'not-an-id' }, { code: 'BAD_USER_INPUT', fields: ['input.matchId'] });
      await refused(mutation, 'MatchActionInput', { matchId: randomUUID() }, { code: 'NOT_FOUND', fields: ['input.matchId'] });
    }
    await refused('proposeMatch', 'MatchActionInput', { matchId: acceptedMatch }, { code: 'CONFLICT', fields: ['input.matchId'] });
    await refused('acceptMatch', 'MatchActionInput', { matchId: suggestedMatch }, { code: 'CONFLICT', fields: ['input.matchId'] });
    await refused('declineMatch', 'MatchActionInput', { matchId: acceptedMatch }, { code: 'CONFLICT', fields: ['input.matchId'] });
  });

  it('recordMatchMeeting: a future or an early metAt, a match not accepted', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    await refused('recordMatchMeeting', 'RecordMatchMeetingInput', { matchId: acceptedMatch, metAt: tomorrow }, { code: 'BAD_USER_INPUT', fields: ['input.metAt'] });
    await refused('recordMatchMeeting', 'RecordMatchMeetingInput', { matchId: acceptedMatch, metAt: '2001-01-01T10:00:00Z' }, { code: 'BAD_USER_INPUT', fields: ['input.metAt'] });
    await refused('recordMatchMeeting', 'RecordMatchMeetingInput', { matchId: suggestedMatch }, { code: 'CONFLICT', fields: ['input.matchId'] });
    await refused('recordMatchMeeting', 'RecordMatchMeetingInput', { matchId: randomUUID() }, { code: 'NOT_FOUND', fields: ['input.matchId'] });
  });

  it('createNetworkingEvent', async () => {
    const valid = { name: { fr: 'Forum' }, startsOn: '2025-07-01', endsOn: '2025-07-02', place: 'Rabat' };
    await refused('createNetworkingEvent', 'CreateNetworkingEventInput', { ...valid, endsOn: '2025-06-30' }, { code: 'BAD_USER_INPUT', fields: ['input.endsOn'] });
    await refused('createNetworkingEvent', 'CreateNetworkingEventInput', { ...valid, place: null }, { code: 'BAD_USER_INPUT', fields: ['input.place'] });
    await refused('createNetworkingEvent', 'CreateNetworkingEventInput', { ...valid, dayStartsAt: '9h' }, { code: 'BAD_USER_INPUT', fields: ['input.dayStartsAt'] });
    await refused('createNetworkingEvent', 'CreateNetworkingEventInput', { ...valid, dayStartsAt: '16:50', dayEndsAt: '17:00' }, { code: 'BAD_USER_INPUT', fields: ['input.dayEndsAt'] });
    await refused('createNetworkingEvent', 'CreateNetworkingEventInput', { ...valid, maxMeetingsPerParticipant: 0 }, { code: 'BAD_USER_INPUT', fields: ['input.maxMeetingsPerParticipant'] });
    await refused('createNetworkingEvent', 'CreateNetworkingEventInput', { ...valid, organizerIds: ['ocp'] }, { code: 'BAD_USER_INPUT', fields: ['input.organizerIds'] });
  });

  it('addEventParticipant', async () => {
    await refused('addEventParticipant', 'AddEventParticipantInput', { eventId }, { code: 'BAD_USER_INPUT', fields: ['input.cooperativeId'] });
    await refused('addEventParticipant', 'AddEventParticipantInput', { eventId, cooperativeId: ids.a, expertId }, { code: 'BAD_USER_INPUT', fields: ['input.cooperativeId'] });
    await refused('addEventParticipant', 'AddEventParticipantInput', { eventId: 'forum', cooperativeId: ids.a }, { code: 'BAD_USER_INPUT', fields: ['input.eventId'] });
    await refused('addEventParticipant', 'AddEventParticipantInput', { eventId: randomUUID(), cooperativeId: ids.a }, { code: 'NOT_FOUND', fields: ['input.eventId'] });
    await refused('addEventParticipant', 'AddEventParticipantInput', { eventId, cooperativeId: randomUUID() }, { code: 'NOT_FOUND', fields: ['input.cooperativeId'] });
    await refused('addEventParticipant', 'AddEventParticipantInput', { eventId, expertId: randomUUID() }, { code: 'NOT_FOUND', fields: ['input.expertId'] });
  });

  it('scheduleMeeting', async () => {
    const at = '2025-06-10T09:00:00Z';
    await refused('scheduleMeeting', 'ScheduleMeetingInput', { eventId, matchId: acceptedMatch, startsAt: '2025-06-10T09:10:00Z' }, { code: 'BAD_USER_INPUT', fields: ['input.startsAt'] });
    await refused('scheduleMeeting', 'ScheduleMeetingInput', { eventId, matchId: acceptedMatch, startsAt: '2025-06-11T09:00:00Z' }, { code: 'BAD_USER_INPUT', fields: ['input.startsAt'] });
    await refused('scheduleMeeting', 'ScheduleMeetingInput', { eventId: randomUUID(), matchId: acceptedMatch, startsAt: at }, { code: 'NOT_FOUND', fields: ['input.eventId'] });
    await refused('scheduleMeeting', 'ScheduleMeetingInput', { eventId, matchId: randomUUID(), startsAt: at }, { code: 'NOT_FOUND', fields: ['input.matchId'] });
    await refused('scheduleMeeting', 'ScheduleMeetingInput', { eventId, matchId: suggestedMatch, startsAt: at }, { code: 'CONFLICT', fields: ['input.matchId'] });
  });

  it('recordOpportunity', async () => {
    const valid = { matchId: acceptedMatch, kind: 'SUPPLY_AGREEMENT', title: 'Argan kernels', estimatedValueCentimes: 1000 };
    await refused('recordOpportunity', 'RecordOpportunityInput', { ...valid, title: 'ok' }, { code: 'BAD_USER_INPUT', fields: ['input.title'] });
    await refused('recordOpportunity', 'RecordOpportunityInput', { ...valid, estimatedValueCentimes: -5 }, { code: 'BAD_USER_INPUT', fields: ['input.estimatedValueCentimes'] });
    await refused('recordOpportunity', 'RecordOpportunityInput', { ...valid, cooperativeId: ids.c }, { code: 'BAD_USER_INPUT', fields: ['input.cooperativeId'] });
    await refused('recordOpportunity', 'RecordOpportunityInput', { ...valid, matchId: randomUUID() }, { code: 'NOT_FOUND', fields: ['input.matchId'] });
    await refused('recordOpportunity', 'RecordOpportunityInput', { ...valid, matchId: suggestedMatch }, { code: 'CONFLICT', fields: ['input.matchId'] });
  });

  it('setOpportunityStatus', async () => {
    await refused('setOpportunityStatus', 'SetOpportunityStatusInput', { opportunityId, status: 'WON' }, { code: 'BAD_USER_INPUT', fields: ['input.realisedValueCentimes'] });
    await refused('setOpportunityStatus', 'SetOpportunityStatusInput', { opportunityId, status: 'LOST', realisedValueCentimes: 10 }, { code: 'BAD_USER_INPUT', fields: ['input.realisedValueCentimes'] });
    await refused('setOpportunityStatus', 'SetOpportunityStatusInput', { opportunityId, status: 'OPEN' }, { code: 'CONFLICT', fields: ['input.status'] });
    await refused('setOpportunityStatus', 'SetOpportunityStatusInput', { opportunityId: randomUUID(), status: 'LOST' }, { code: 'NOT_FOUND', fields: ['input.opportunityId'] });
  });

  it('a cooperative acting for another is refused the same way, with nothing written', async () => {
    const before = await snapshot();
    const res = await t.query(`mutation ($input: MatchActionInput!) { declineMatch(input: $input) { id } }`, { input: { matchId: suggestedMatch } }, coop(ids.b));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  });
});
