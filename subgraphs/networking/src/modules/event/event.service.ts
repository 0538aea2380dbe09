import { DriverException, LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, defineService, ForbiddenError, newId, NotFoundError, type Principal, Problems, toLocalized } from '@cooplab/kit';
import { Expert } from '../expert/expert.entity.js';
import { requireActsFor } from '../acting.js';
import { Match } from '../match/match.entity.js';
import { MatchStatus } from '../networking.enums.js';
import { NetworkProfile } from '../profile/profile.entity.js';
import { EventParticipant, Meeting, MeetingSeat, NetworkingEvent } from './event.entity.js';
import type { AddEventParticipantInput, CreateNetworkingEventInput, ScheduleMeetingInput } from './event.inputs.js';

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether `startsAt` is a slot of `event`: within its days and daily hours, on its grid. Pure, unit-tested. */
export function slotProblem(event: Pick<NetworkingEvent, 'startsOn' | 'endsOn' | 'dayStartsAt' | 'dayEndsAt' | 'slotMinutes'>, startsAt: Date): string | null {
  const day = startsAt.toISOString().slice(0, 10);
  if (day < event.startsOn || day > event.endsOn) return `must fall within the event (${event.startsOn} to ${event.endsOn})`;
  const minute = startsAt.getUTCHours() * 60 + startsAt.getUTCMinutes();
  const first = minutesOf(event.dayStartsAt);
  if (startsAt.getUTCSeconds() || startsAt.getUTCMilliseconds() || minute < first || (minute - first) % event.slotMinutes !== 0) {
    return `must be a slot start: ${event.dayStartsAt} UTC plus a multiple of ${event.slotMinutes} minutes`;
  }
  if (minute + event.slotMinutes > minutesOf(event.dayEndsAt)) return `the slot must end by ${event.dayEndsAt} UTC`;
  return null;
}

/** Events, participants and the meeting schedule. The no-overlap rule is the database's (exclusion constraint). */
export class EventService {
  constructor(private readonly em: EntityManager, private readonly principal: Principal) {}

  async create(input: CreateNetworkingEventInput): Promise<NetworkingEvent> {
    const problems = new Problems();
    problems.check(input.endsOn >= input.startsOn, 'input.endsOn', 'must not be before startsOn');
    problems.check(Boolean(input.place?.trim()) || input.online === true, 'input.place', 'give a place, or make the event online');
    const dayStartsAt = input.dayStartsAt ?? '09:00';
    const dayEndsAt = input.dayEndsAt ?? '17:00';
    const slotMinutes = input.slotMinutes ?? 30;
    problems.check(minutesOf(dayEndsAt) - minutesOf(dayStartsAt) >= slotMinutes, 'input.dayEndsAt', 'must leave room for at least one slot after dayStartsAt');
    problems.throwIfAny();
    return this.em.transactional(async (em) =>
      em.create(NetworkingEvent, {
        id: newId(),
        name: toLocalized(input.name),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        place: input.place?.trim() || null,
        online: input.online ?? false,
        dayStartsAt,
        dayEndsAt,
        slotMinutes,
        maxMeetingsPerParticipant: input.maxMeetingsPerParticipant ?? 8,
        organizerIds: [...new Set((input.organizerIds ?? []).map((id) => id.toLowerCase()))],
      }),
    );
  }

  async addParticipant(input: AddEventParticipantInput): Promise<EventParticipant> {
    const cooperativeId = input.cooperativeId?.toLowerCase() ?? null;
    const expertId = input.expertId?.toLowerCase() ?? null;
    const problems = new Problems();
    problems.check(Boolean(cooperativeId) !== Boolean(expertId), 'input.cooperativeId', 'give exactly one of cooperativeId and expertId');
    problems.throwIfAny();
    if (cooperativeId) requireActsFor(this.principal, cooperativeId);
    else if (this.principal.role !== 'STAFF') throw new ForbiddenError('Staff register experts');
    return this.em.transactional(async (em) => {
      const event = await em.findOne(NetworkingEvent, { id: input.eventId.toLowerCase() });
      if (!event) throw new NotFoundError('NetworkingEvent', input.eventId, 'input.eventId');
      if (cooperativeId && !(await em.count(NetworkProfile, { cooperativeId }))) {
        throw new NotFoundError('NetworkProfile of cooperative', cooperativeId, 'input.cooperativeId');
      }
      if (expertId && !(await em.count(Expert, { id: expertId }))) throw new NotFoundError('Expert', expertId, 'input.expertId');
      const participantId = (cooperativeId ?? expertId)!;
      if (await em.count(EventParticipant, { event, participantId })) throw new ConflictError('Registered at this event already', cooperativeId ? 'input.cooperativeId' : 'input.expertId');
      return em.create(EventParticipant, { id: newId(), event, participantId, kind: cooperativeId ? 'COOPERATIVE' : 'EXPERT' });
    });
  }

  /**
   * Schedules an accepted match's meeting in one slot. Checked here: the slot is on the grid, both sides are
   * registered, neither has reached the event's maximum. Held by the database: a participant's seats never
   * overlap (exclusion constraint) and a match meets once (unique), so two concurrent bookings cannot both win.
   */
  async schedule(input: ScheduleMeetingInput): Promise<Meeting> {
    if (this.principal.role !== 'STAFF') throw new ForbiddenError('Staff schedule meetings');
    const startsAt = new Date(input.startsAt);
    try {
      return await this.em.transactional(async (em) => {
        const event = await em.findOne(NetworkingEvent, { id: input.eventId.toLowerCase() });
        if (!event) throw new NotFoundError('NetworkingEvent', input.eventId, 'input.eventId');
        const match = await em.findOne(Match, { id: input.matchId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!match) throw new NotFoundError('Match', input.matchId, 'input.matchId');
        const problem = slotProblem(event, startsAt);
        if (problem) new Problems().add('input.startsAt', problem).throwIfAny();
        if (match.status !== MatchStatus.ACCEPTED) throw new ConflictError(`Only an ACCEPTED match is scheduled; this one is ${match.status}`, 'input.matchId');
        const sides = [match.cooperativeId, match.partnerId];
        // Lock the two participants' registrations: the maximum below cannot be raced past.
        const registered = await em.find(EventParticipant, { event, participantId: { $in: sides } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { participantId: 'asc' } });
        if (registered.length !== 2) throw new ConflictError('Both sides of the match must be registered at the event', 'input.eventId');
        const counts = await em.getConnection().execute<{ participant_id: string; n: number }[]>(
          `select s.participant_id, count(*)::int as n from meeting_seat s join meeting m on m.id = s.meeting_id
            where m.event_id = ? and s.participant_id in (?, ?) group by 1`,
          [event.id, ...sides],
        );
        if (counts.some((c) => c.n >= event.maxMeetingsPerParticipant)) {
          throw new ConflictError(`A participant has ${event.maxMeetingsPerParticipant} meetings at this event already (the maximum)`, 'input.matchId');
        }
        const endsAt = new Date(startsAt.getTime() + event.slotMinutes * 60_000);
        const meeting = em.create(Meeting, { id: newId(), event, matchId: match.id, startsAt, endsAt });
        for (const participantId of sides) em.create(MeetingSeat, { meeting, participantId, startsAt, endsAt });
        match.meetingId = meeting.id;
        await em.flush();
        return meeting;
      });
    } catch (error) {
      const code = error instanceof DriverException ? (error as DriverException & { code?: string }).code : undefined;
      if (code === '23P01') throw new ConflictError('One of the two sides already has a meeting in this slot', 'input.startsAt');
      if (code === '23505') throw new ConflictError('This match has a meeting already', 'input.matchId');
      throw error;
    }
  }
}

export const eventService = defineService((ctx) => new EventService(ctx.em, ctx.principal));
