/**
 * The networking slice (Rawabit): cooperatives' networking profiles, the expert pool, matches, the African
 * Cooperatives Forum with its meetings, and the opportunities the meetings produced. The demo size holds F8
 * exactly — 55 cooperatives networked (a side of a match that met), 57 collaboration opportunities, a pool of 40
 * experts — on the world's cooperatives; the scale size adds profiles up to a country (50,000 at factor 1), the
 * registry the matching engine is measured on. Its own generators: adding it changes no other slice.
 */
import { organizationId } from './catalog.js';
import { stableId } from './ids.js';
import { seededRandom, type SeededRandom } from './random.js';
import type {
  MatchKind,
  NetworkingSlice,
  OpportunityKind,
  OpportunityStatus,
  ValueChain,
  WorldCooperative,
  WorldMatch,
  WorldNetworkProfile,
  WorldRegion,
} from './types.js';

/** The networking vocabulary's tag codes (the networking subgraph's seed checks that it knows every one). */
export const NETWORK_TAGS = [
  'RAW_MATERIAL_SUPPLY', 'SEEDLINGS_AND_INPUTS', 'PROCESSING_CAPACITY', 'SUBCONTRACTING',
  'COLD_CHAIN_TRANSPORT', 'SHARED_LOGISTICS', 'STORAGE', 'EQUIPMENT_SHARING',
  'EXPORT_MARKET_ACCESS', 'DOMESTIC_DISTRIBUTION', 'RETAIL_OUTLET', 'E_COMMERCE', 'TRADE_FAIRS', 'TOURISM_HOSTING',
  'PACKAGING', 'DESIGN', 'BRANDING', 'CERTIFICATION_SUPPORT', 'QUALITY_LAB',
  'ACCOUNTING_AND_MANAGEMENT', 'FINANCE_ACCESS', 'GOVERNANCE_AND_LEGAL', 'DIGITAL_MARKETING', 'TRAINING',
] as const;

export const VALUE_CHAINS: readonly ValueChain[] = [
  'ARGAN', 'OLIVE', 'DATES', 'HONEY', 'DAIRY', 'AROMATIC_AND_MEDICINAL_PLANTS', 'CACTUS', 'CEREALS_AND_COUSCOUS',
  'SAFFRON', 'SEAFOOD', 'TEXTILE_AND_WEAVING', 'POTTERY_AND_CERAMICS', 'LEATHER', 'WOODWORK', 'TOURISM',
];

/** F8, as published. */
export const RAWABIT = { cooperativesNetworked: 55, opportunities: 57, experts: 40 } as const;
/** How many network profiles the scale size holds at factor 1. */
export const SCALE_NETWORK_PROFILES = 50_000;

export const FORUM_ID = stableId('networking-event', 'african-cooperatives-forum');
/** The cooperative of the demo tokens: it has a profile (after the 55 networked ones). */
const DEMO_COOPERATIVE = 'RC-01-2020-0001';
const PROFILES = 160;

const FIRST_NAMES = ['Amina', 'Youssef', 'Fatima Zahra', 'Hamza', 'Khadija', 'Omar', 'Salma', 'Rachid', 'Nadia', 'Mehdi', 'Hajar', 'Karim', 'Leila', 'Anas', 'Meryem', 'Driss', 'Sanae', 'Ayoub', 'Imane', 'Hicham'];
const LAST_NAMES = ['El Amrani', 'Bennani', 'Alaoui', 'Tazi', 'Berrada', 'Ouazzani', 'Chraibi', 'Idrissi', 'Fassi', 'Lahlou', 'Benjelloun', 'Sekkat', 'Naciri', 'Kettani', 'Zerouali', 'Bouzidi', 'Amrani', 'Hajji', 'Ait Ouahmane', 'Essaidi'];
const OPPORTUNITY_KINDS: OpportunityKind[] = ['JOINT_SALE', 'SUPPLY_AGREEMENT', 'SHARED_LOGISTICS', 'CO_BRANDING', 'SUBCONTRACTING', 'TRAINING_EXCHANGE'];

/** `n` distinct tags, none of `not`, sorted (the form profiles store). */
function pickTags(rnd: SeededRandom, n: number, not: readonly string[] = []): string[] {
  const pool = NETWORK_TAGS.filter((t) => !not.includes(t));
  const out = new Set<string>();
  while (out.size < n) out.add(rnd.pick(pool));
  return [...out].sort();
}

function profileOf(rnd: SeededRandom, c: WorldCooperative, capital: WorldRegion | undefined, openToMeetings: boolean): WorldNetworkProfile {
  const needs = pickTags(rnd, rnd.int(2, 3));
  return {
    cooperativeId: c.id,
    countryCode: c.countryCode,
    regionCode: c.regionCode,
    latitude: capital?.latitude ?? null,
    longitude: capital?.longitude ?? null,
    valueChain: rnd.pick(VALUE_CHAINS),
    needs,
    offers: pickTags(rnd, rnd.int(2, 3), needs),
    languages: rnd.chance(0.3) ? ['ar', 'fr', 'zgh'] : ['ar', 'fr'],
    openToMeetings,
  };
}

/**
 * The demo networking slice, on the world's active Moroccan cooperatives: every fifth in the order of their ids
 * (name-based UUIDs: a fixed order with no pattern, so the networked cooperatives come from every region), and
 * the demo cooperative last.
 */
export function demoNetworking(world: { cooperatives: readonly WorldCooperative[]; regions: readonly WorldRegion[] }): NetworkingSlice {
  const rnd = seededRandom(20_230_601);
  const capitals = new Map(world.regions.map((r) => [r.code, r]));
  const active = world.cooperatives.filter((c) => c.countryCode === 'MA' && c.status === 'ACTIVE');
  const demo = active.find((c) => c.registryNumber === DEMO_COOPERATIVE);
  if (!demo) throw new Error(`world: the demo cooperative ${DEMO_COOPERATIVE} is not an active Moroccan cooperative`);
  const coops = [
    ...active
      .filter((c) => c !== demo)
      .sort((a, b) => a.id.localeCompare(b.id))
      .filter((_, i) => i % 5 === 0)
      .slice(0, PROFILES - 1),
    demo,
  ];
  const profiles = coops.map((c) => profileOf(rnd, c, capitals.get(c.regionCode ?? ''), true));

  const organizations = ['odco', 'ocp-foundation', 'um6p', 'enam'].map(organizationId);
  const experts = Array.from({ length: RAWABIT.experts }, (_, i) => ({
    id: stableId('expert', `rawabit-${i + 1}`),
    name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`,
    organizationId: i % 3 === 0 ? rnd.pick(organizations) : null,
    expertise: pickTags(rnd, rnd.int(2, 4)),
    languages: rnd.chance(0.5) ? ['ar', 'en', 'fr'] : ['ar', 'fr'],
    regionCodes: rnd.chance(0.3) ? [] : [...new Set([rnd.pick(profiles).regionCode!, rnd.pick(profiles).regionCode!])].sort(),
    countryCode: 'MA',
    available: i % 8 !== 7,
    email: `expert${i + 1}@rawabit.example`,
    phone: `+2126${String(10_000_000 + i * 7919).slice(0, 8)}`,
  }));

  // 55 networked cooperatives: 27 cooperative pairs that met, and one cooperative that met an expert.
  const matches: WorldMatch[] = [];
  const at = (day: number, hour: number) => new Date(Date.UTC(2023, 5, day, hour, 0, 0)).toISOString();
  const match = (m: Partial<WorldMatch> & Pick<WorldMatch, 'kind' | 'cooperativeId' | 'status'>): WorldMatch => {
    const made: WorldMatch = {
      id: stableId('match', `demo-${matches.length}`),
      partnerCooperativeId: null, expertId: null, score: 0.6 + rnd.int(0, 35) / 100, reasons: [],
      proposedAt: null, respondedAt: null, metAt: null, meetingId: null, ...m,
    };
    matches.push(made);
    return made;
  };
  for (let i = 0; i < 27; i++) {
    const a = profiles[2 * i]!;
    const b = profiles[2 * i + 1]!;
    b.offers = [...new Set([...b.offers, a.needs[0]!])].sort(); // they met because one had what the other needed
    match({
      kind: 'COOPERATIVE', cooperativeId: a.cooperativeId, partnerCooperativeId: b.cooperativeId, status: 'MET',
      reasons: [`They offer what you need: ${a.needs[0]}`], proposedAt: at(1, 9), respondedAt: at(3, 9), metAt: at(14 + (i % 2), 9 + (i % 8)),
    });
  }
  const withExpert = profiles[54]!;
  experts[0]!.expertise = [...new Set([...experts[0]!.expertise, withExpert.needs[0]!])].sort();
  match({ kind: 'EXPERT', cooperativeId: withExpert.cooperativeId, expertId: experts[0]!.id, status: 'MET', proposedAt: at(1, 9), respondedAt: at(2, 9), metAt: at(14, 11) });
  // Matches that did not (yet) lead to a meeting: they count as matches, not as networked cooperatives.
  for (let i = 0; i < 12; i++) {
    const a = profiles[60 + 2 * i]!;
    const b = profiles[61 + 2 * i]!;
    const status = (['PROPOSED', 'ACCEPTED', 'DECLINED'] as const)[i % 3]!;
    match({ kind: 'COOPERATIVE', cooperativeId: a.cooperativeId, partnerCooperativeId: b.cooperativeId, status, proposedAt: at(2, 10), respondedAt: status === 'PROPOSED' ? null : at(3, 10) });
  }

  const forum = {
    id: FORUM_ID,
    name: { fr: 'Forum Africain des Coopératives', ar: 'المنتدى الإفريقي للتعاونيات', en: 'African Cooperatives Forum' },
    startsOn: '2023-06-14', endsOn: '2023-06-15', place: 'Ben Guerir (UM6P)', online: false,
    dayStartsAt: '09:00', dayEndsAt: '17:00', slotMinutes: 60, maxMeetingsPerParticipant: 8,
    organizerIds: [organizationId('ocp-foundation'), organizationId('um6p')],
  };
  const met = matches.filter((m) => m.status === 'MET');
  const partnerOf = (m: WorldMatch) => (m.partnerCooperativeId ?? m.expertId)!;
  const participants = [...new Set(met.flatMap((m) => [m.cooperativeId, partnerOf(m)]))].map((id) => ({
    id: stableId('participant', `forum-${id}`), eventId: forum.id, participantId: id, kind: (id === experts[0]!.id ? 'EXPERT' : 'COOPERATIVE') as MatchKind,
  }));
  const meetings = met.map((m) => {
    const meeting = {
      id: stableId('meeting', m.id), eventId: forum.id, matchId: m.id, startsAt: m.metAt!,
      endsAt: new Date(Date.parse(m.metAt!) + 3_600_000).toISOString(), participantIds: [m.cooperativeId, partnerOf(m)] as [string, string],
    };
    m.meetingId = meeting.id;
    return meeting;
  });

  // 57 opportunities: two per met match (28 × 2 = 56) and a third for the first one.
  const opportunities = met.flatMap((m, i) =>
    Array.from({ length: i === 0 ? 3 : 2 }, (_, j) => {
      const status = rnd.weighted<OpportunityStatus>([['OPEN', 2], ['IN_PROGRESS', 3], ['WON', 4], ['LOST', 1]]);
      const estimated = rnd.int(20, 400) * 100_000;
      return { m, j, status, estimated, realised: status === 'WON' ? Math.round(estimated * (0.6 + rnd.next() * 0.6)) : null, kind: m.kind === 'EXPERT' ? null : rnd.pick(OPPORTUNITY_KINDS) };
    }),
  ).map(({ m, j, status, estimated, realised, kind }, n) => ({
    id: stableId('opportunity', `demo-${n}`),
    matchId: m.id,
    cooperativeId: j === 1 && m.partnerCooperativeId ? m.partnerCooperativeId : m.cooperativeId,
    kind: kind ?? ('EXPERT_MISSION' as const),
    title: kind ? `Collaboration ${n + 1}` : 'Expert mission',
    status,
    estimatedValueCentimes: estimated,
    realisedValueCentimes: realised,
    openedOn: '2023-06-20',
    closedOn: status === 'WON' || status === 'LOST' ? '2023-12-15' : null,
  }));
  if (opportunities.length !== RAWABIT.opportunities) throw new Error(`networking: ${opportunities.length} opportunities, expected ${RAWABIT.opportunities}`);
  return { profiles, experts, matches, events: [forum], participants, meetings, opportunities };
}

/**
 * The scale size's profiles: cooperatives of the registry without one, in registry order, until the slice holds
 * `SCALE_NETWORK_PROFILES × factor` profiles; one in ten closed to meetings. Its own generator.
 */
export function extendNetworkingToScale(world: { cooperatives: readonly WorldCooperative[]; regions: readonly WorldRegion[]; networking: NetworkingSlice }, factor: number): void {
  const rnd = seededRandom(50_000);
  const capitals = new Map(world.regions.map((r) => [r.code, r]));
  const target = Math.round(SCALE_NETWORK_PROFILES * factor);
  const have = new Set(world.networking.profiles.map((p) => p.cooperativeId));
  for (const c of world.cooperatives) {
    if (world.networking.profiles.length >= target) break;
    if (have.has(c.id) || c.status !== 'ACTIVE') continue;
    const profile = profileOf(rnd, c, capitals.get(c.regionCode ?? ''), !rnd.chance(0.1));
    profile.needs = profile.needs.slice(0, 2);
    profile.offers = pickTags(rnd, 3, profile.needs);
    world.networking.profiles.push(profile);
  }
}
