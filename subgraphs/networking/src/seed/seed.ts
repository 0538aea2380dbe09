/**
 * Demo data of Rawabit, on the demo world's cooperatives (taken from the catalog's demo data by registry number
 * until the world workspace lands): F8 exactly — 55 cooperatives networked (a side of a match that met), 57
 * collaboration opportunities, a pool of 40 experts — and the African Cooperatives Forum as an event with its
 * meetings. Deterministic (seeded PRNG, fixed dates). `seedScaleProfiles` adds the country-scale profiles of the
 * benchmark in one bulk statement.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoCatalog } from '@cooplab/catalog';
import { LocalizedText, seededRandom, stableId, type Logger } from '@cooplab/kit';
import { EventParticipant, Meeting, MeetingSeat, NetworkingEvent } from '../modules/event/event.entity.js';
import { Expert } from '../modules/expert/expert.entity.js';
import { Match } from '../modules/match/match.entity.js';
import { MatchKind, MatchStatus, OpportunityKind, OpportunityStatus } from '../modules/networking.enums.js';
import { Opportunity } from '../modules/opportunity/opportunity.entity.js';
import { NetworkProfile } from '../modules/profile/profile.entity.js';
import { REGION_CAPITALS, TAG_CODES, ValueChain } from '../modules/vocabulary/vocabulary.js';

export const DEMO_F8 = { cooperativesNetworked: 55, opportunities: 57, experts: 40 } as const;
export const FORUM_ID = stableId('networking-event', 'african-cooperatives-forum');
const PROFILES = 160;
/** The cooperative of the demo tokens (DEMO_PRINCIPALS.cooperativeId). */
const DEMO_COOPERATIVE = 'RC-01-2020-0001';

const FIRST_NAMES = ['Amina', 'Youssef', 'Fatima Zahra', 'Hamza', 'Khadija', 'Omar', 'Salma', 'Rachid', 'Nadia', 'Mehdi', 'Hajar', 'Karim', 'Leila', 'Anas', 'Meryem', 'Driss', 'Sanae', 'Ayoub', 'Imane', 'Hicham'];
const LAST_NAMES = ['El Amrani', 'Bennani', 'Alaoui', 'Tazi', 'Berrada', 'Ouazzani', 'Chraibi', 'Idrissi', 'Fassi', 'Lahlou', 'Benjelloun', 'Sekkat', 'Naciri', 'Kettani', 'Zerouali', 'Bouzidi', 'Amrani', 'Hajji', 'Ait Ouahmane', 'Essaidi'];

export async function seedNetworking(em: EntityManager, log: Logger): Promise<boolean> {
  if ((await em.count(NetworkProfile, {})) > 0) return false;
  const rnd = seededRandom(20230601);
  const pickTags = (n: number, not: string[] = []) => {
    const pool = TAG_CODES.filter((t) => !not.includes(t));
    const out = new Set<string>();
    while (out.size < n) out.add(rnd.pick(pool));
    return [...out].sort(); // stored sorted, as checkTags leaves them
  };
  const coops = [...demoCatalog().cooperatives]
    .filter((c) => c.countryCode === 'MA' && c.status === 'ACTIVE')
    .sort((a, b) => a.registryNumber.localeCompare(b.registryNumber))
    .filter((c, i) => i % 5 === 0 || c.registryNumber === DEMO_COOPERATIVE)
    .slice(0, PROFILES);
  // The cooperative of the demo tokens has a profile, after the 55 networked ones.
  coops.sort((a, b) => Number(a.registryNumber === DEMO_COOPERATIVE) - Number(b.registryNumber === DEMO_COOPERATIVE));
  const chains = Object.values(ValueChain);
  const profiles = coops.map((c) => {
    const needs = pickTags(rnd.int(2, 3));
    return {
      cooperativeId: stableId('cooperative', c.registryNumber),
      countryCode: 'MA',
      regionCode: c.regionCode,
      latitude: REGION_CAPITALS[c.regionCode!]!.latitude,
      longitude: REGION_CAPITALS[c.regionCode!]!.longitude,
      valueChain: rnd.pick(chains),
      needs,
      offers: pickTags(rnd.int(2, 3), needs),
      languages: rnd.chance(0.3) ? ['ar', 'zgh', 'fr'] : ['ar', 'fr'],
      openToMeetings: true,
    };
  });

  const organizations = ['odco', 'ocp-foundation', 'um6p', 'enam'].map((k) => stableId('organization', k));
  const experts = Array.from({ length: DEMO_F8.experts }, (_, i) => ({
    id: stableId('expert', `rawabit-${i + 1}`),
    name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`,
    organizationId: i % 3 === 0 ? rnd.pick(organizations) : null,
    expertise: pickTags(rnd.int(2, 4)),
    languages: rnd.chance(0.5) ? ['ar', 'fr', 'en'] : ['ar', 'fr'],
    regionCodes: rnd.chance(0.3) ? [] : [...new Set([rnd.pick(profiles).regionCode!, rnd.pick(profiles).regionCode!])].sort(),
    countryCode: 'MA',
    available: i % 8 !== 7,
    email: `expert${i + 1}@rawabit.example`,
    phone: `+2126${String(10000000 + i * 7919).slice(0, 8)}`,
  }));

  // 55 networked cooperatives: 27 cooperative pairs that met, and one cooperative that met an expert.
  const matches: Match[] = [];
  const at = (day: number, hour: number) => new Date(Date.UTC(2023, 5, day, hour, 0, 0));
  const newMatch = (m: Partial<Match> & Pick<Match, 'kind' | 'cooperativeId' | 'status'>) => {
    const match = em.create(Match, { id: stableId('match', `demo-${matches.length}`), score: 0.6 + rnd.int(0, 35) / 100, reasons: [], ...m } as never) as Match;
    matches.push(match);
    return match;
  };
  for (let i = 0; i < 27; i++) {
    const a = profiles[2 * i]!;
    const b = profiles[2 * i + 1]!;
    b.offers = [...new Set([...b.offers, a.needs[0]!])].sort(); // they met because one had what the other needed
    newMatch({
      kind: MatchKind.COOPERATIVE, cooperativeId: a.cooperativeId, partnerCooperativeId: b.cooperativeId, status: MatchStatus.MET,
      reasons: [`They offer what you need: ${a.needs[0]}`], proposedAt: at(1, 9), respondedAt: at(3, 9), metAt: at(14 + (i % 2), 9 + (i % 8)),
    });
  }
  const withExpert = profiles[54]!;
  experts[0]!.expertise = [...new Set([...experts[0]!.expertise, withExpert.needs[0]!])].sort();
  newMatch({ kind: MatchKind.EXPERT, cooperativeId: withExpert.cooperativeId, expertId: experts[0]!.id, status: MatchStatus.MET, proposedAt: at(1, 9), respondedAt: at(2, 9), metAt: at(14, 11) });
  // Matches that did not (yet) lead to a meeting: they count as matches, not as networked cooperatives.
  for (let i = 0; i < 12; i++) {
    const a = profiles[60 + 2 * i]!;
    const b = profiles[61 + 2 * i]!;
    newMatch({ kind: MatchKind.COOPERATIVE, cooperativeId: a.cooperativeId, partnerCooperativeId: b.cooperativeId, status: [MatchStatus.PROPOSED, MatchStatus.ACCEPTED, MatchStatus.DECLINED][i % 3]!, proposedAt: at(2, 10) });
  }

  const forum = em.create(NetworkingEvent, {
    id: FORUM_ID,
    name: Object.assign(new LocalizedText(), { fr: 'Forum Africain des Coopératives', ar: 'المنتدى الإفريقي للتعاونيات', en: 'African Cooperatives Forum' }),
    startsOn: '2023-06-14', endsOn: '2023-06-15', place: 'Ben Guerir (UM6P)', online: false,
    dayStartsAt: '09:00', dayEndsAt: '17:00', slotMinutes: 60, maxMeetingsPerParticipant: 8,
    organizerIds: [stableId('organization', 'ocp-foundation'), stableId('organization', 'um6p')],
  });
  const met = matches.filter((m) => m.status === MatchStatus.MET);
  for (const id of new Set(met.flatMap((m) => [m.cooperativeId, m.partnerId]))) {
    em.create(EventParticipant, { id: stableId('participant', `forum-${id}`), event: forum, participantId: id, kind: id === experts[0]!.id ? 'EXPERT' : 'COOPERATIVE' });
  }
  for (const m of met) {
    const startsAt = m.metAt!;
    const endsAt = new Date(startsAt.getTime() + 3_600_000);
    const meeting = em.create(Meeting, { id: stableId('meeting', m.id), event: forum, matchId: m.id, startsAt, endsAt });
    for (const participantId of [m.cooperativeId, m.partnerId]) em.create(MeetingSeat, { meeting, participantId, startsAt, endsAt });
    m.meetingId = meeting.id;
  }

  // 57 opportunities: two per met match (28 × 2 = 56) and a third for the first one.
  const kinds = Object.values(OpportunityKind).filter((k) => k !== OpportunityKind.EXPERT_MISSION);
  let n = 0;
  for (const [i, m] of met.entries()) {
    for (let j = 0; j < (i === 0 ? 3 : 2); j++) {
      const status = rnd.weighted([[OpportunityStatus.OPEN, 2], [OpportunityStatus.IN_PROGRESS, 3], [OpportunityStatus.WON, 4], [OpportunityStatus.LOST, 1]] as const);
      const estimated = rnd.int(20, 400) * 100_000;
      em.create(Opportunity, {
        id: stableId('opportunity', `demo-${n++}`),
        match: m,
        cooperativeId: j === 1 && m.partnerCooperativeId ? m.partnerCooperativeId : m.cooperativeId,
        kind: m.kind === MatchKind.EXPERT ? OpportunityKind.EXPERT_MISSION : rnd.pick(kinds),
        title: m.kind === MatchKind.EXPERT ? 'Expert mission' : `Collaboration ${n}`,
        status,
        estimatedValueCentimes: estimated,
        realisedValueCentimes: status === OpportunityStatus.WON ? Math.round(estimated * (0.6 + rnd.next() * 0.6)) : null,
        openedOn: '2023-06-20',
        closedOn: status === OpportunityStatus.WON || status === OpportunityStatus.LOST ? '2023-12-15' : null,
      });
    }
  }
  if (n !== DEMO_F8.opportunities) throw new Error(`demo data: ${n} opportunities, expected ${DEMO_F8.opportunities}`);
  await em.insertMany(NetworkProfile, profiles as never[]);
  await em.insertMany(Expert, experts as never[]);
  await em.flush();
  log.info('networking demo data loaded', { profiles: profiles.length, experts: experts.length, matches: matches.length, opportunities: n });
  return true;
}

/**
 * The country-scale path (benchmark): `count` more profiles in one INSERT … SELECT generate_series, spread over the
 * twelve regions and the vocabulary by hashing the row number (deterministic).
 */
export async function seedScaleProfiles(em: EntityManager, count: number): Promise<void> {
  const regions = Object.entries(REGION_CAPITALS);
  const chains = Object.values(ValueChain);
  const tags = TAG_CODES;
  const h = (salt: string, mod: number) => `(abs(hashtext(g::text || '${salt}')) % ${mod})`;
  const tag = (salt: string) => `(array[${tags.map((t) => `'${t}'`).join(',')}])[1 + ${h(salt, tags.length)}]`;
  await em.getConnection().execute(
    `insert into network_profile (cooperative_id, country_code, region_code, latitude, longitude, value_chain, offers, needs, languages, open_to_meetings)
     select md5('scale-' || g)::uuid, 'MA', r.code, r.lat, r.lon, (array[${chains.map((c) => `'${c}'`).join(',')}])[1 + ${h('c', chains.length)}],
            array(select distinct x from unnest(array[${tag('o1')}, ${tag('o2')}, ${tag('o3')}]) x order by x),
            array(select distinct x from unnest(array[${tag('n1')}, ${tag('n2')}]) x order by x),
            array['ar', 'fr'], ${h('open', 10)} <> 0
       from generate_series(1, ?) g
       join (values ${regions.map(([code, c], i) => `(${i}, '${code}', ${c.latitude}, ${c.longitude})`).join(', ')}) as r(i, code, lat, lon) on r.i = ${h('r', regions.length)}
     on conflict do nothing`,
    [count],
  );
  await em.getConnection().execute('analyze network_profile');
}
