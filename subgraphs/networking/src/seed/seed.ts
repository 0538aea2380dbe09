/**
 * Turns the world's networking slice (`@cooplab/world`, src/networking.ts) into the subgraph's rows: profiles,
 * the expert pool, the forum with its participants and meetings (a seat per side), matches and opportunities.
 * Bulk inserts in one transaction; rows already there are kept (so the scale world loads over the demo one).
 */
import { bulkLoad, type SeedRun } from '@cooplab/kit';
import type * as world from '@cooplab/world';
import { NETWORK_TAGS } from '@cooplab/world';
import type { MatchKind, MatchStatus, OpportunityKind, OpportunityStatus } from '../modules/networking.enums.js';
import { NetworkProfile } from '../modules/profile/profile.entity.js';
import { isTag, type ValueChain } from '../modules/vocabulary/vocabulary.js';

// The world's string unions and the subgraph's GraphQL enums hold the same values: this fails to compile when they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const enumsAgree: [
  Same<world.ValueChain, `${ValueChain}`>,
  Same<world.MatchKind, `${MatchKind}`>,
  Same<world.MatchStatus, `${MatchStatus}`>,
  Same<world.OpportunityKind, `${OpportunityKind}`>,
  Same<world.OpportunityStatus, `${OpportunityStatus}`>,
] = [true, true, true, true, true];
void enumsAgree;

export async function seedNetworking(run: SeedRun): Promise<boolean> {
  if (run.mode === 'if-empty' && (await run.em.count(NetworkProfile, {})) > 0) return false;
  const unknown = NETWORK_TAGS.filter((t) => !isTag(t));
  if (unknown.length) throw new Error(`the world's networking tags ${unknown.join(', ')} are not in the vocabulary`);
  const n = run.world.networking;
  await bulkLoad(run, async (db) => {
    await db.insert(
      'network_profile',
      ['cooperative_id', 'country_code', 'region_code', 'latitude', 'longitude', 'value_chain', 'offers', 'needs', 'languages', 'open_to_meetings'],
      n.profiles.map((p) => [p.cooperativeId, p.countryCode, p.regionCode, p.latitude, p.longitude, p.valueChain, p.offers, p.needs, p.languages, p.openToMeetings]),
    );
    await db.insert(
      'expert',
      ['id', 'name', 'organization_id', 'expertise', 'languages', 'region_codes', 'country_code', 'available', 'email', 'phone'],
      n.experts.map((e) => [e.id, e.name, e.organizationId, e.expertise, e.languages, e.regionCodes, e.countryCode, e.available, e.email, e.phone]),
    );
    await db.insert(
      'networking_event',
      ['id', 'name_fr', 'name_ar', 'name_en', 'starts_on', 'ends_on', 'place', 'online', 'day_starts_at', 'day_ends_at', 'slot_minutes', 'max_meetings_per_participant', 'organizer_ids'],
      n.events.map((e) => [e.id, e.name.fr, e.name.ar, e.name.en, e.startsOn, e.endsOn, e.place, e.online, e.dayStartsAt, e.dayEndsAt, e.slotMinutes, e.maxMeetingsPerParticipant, e.organizerIds]),
    );
    await db.insert('event_participant', ['id', 'event_id', 'participant_id', 'kind'], n.participants.map((p) => [p.id, p.eventId, p.participantId, p.kind]));
    await db.insert(
      'match',
      ['id', 'kind', 'cooperative_id', 'partner_cooperative_id', 'expert_id', 'status', 'score', 'reasons', 'proposed_at', 'responded_at', 'met_at', 'meeting_id'],
      n.matches.map((m) => [m.id, m.kind, m.cooperativeId, m.partnerCooperativeId, m.expertId, m.status, m.score, m.reasons, m.proposedAt, m.respondedAt, m.metAt, m.meetingId]),
    );
    await db.insert('meeting', ['id', 'event_id', 'match_id', 'starts_at', 'ends_at'], n.meetings.map((m) => [m.id, m.eventId, m.matchId, m.startsAt, m.endsAt]));
    await db.insert(
      'meeting_seat',
      ['meeting_id', 'participant_id', 'starts_at', 'ends_at'],
      n.meetings.flatMap((m) => m.participantIds.map((id) => [m.id, id, m.startsAt, m.endsAt])),
    );
    await db.insert(
      'opportunity',
      ['id', 'match_id', 'cooperative_id', 'kind', 'title', 'status', 'estimated_value_centimes', 'realised_value_centimes', 'opened_on', 'closed_on'],
      n.opportunities.map((o) => [o.id, o.matchId, o.cooperativeId, o.kind, o.title, o.status, o.estimatedValueCentimes, o.realisedValueCentimes, o.openedOn, o.closedOn]),
    );
  });
  run.log.info('networking data loaded', { size: run.world.size, profiles: n.profiles.length, experts: n.experts.length, matches: n.matches.length, opportunities: n.opportunities.length });
  return true;
}
