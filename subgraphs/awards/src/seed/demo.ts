/**
 * The awards slice of the demo world: plain data, deterministic, reproducing the published figures exactly.
 *   F5  Lalla Al Moutaaouina (women's cooperatives, launched on 8 March 2020 with ODCO): 50,000 MAD per prize;
 *       the OCP Foundation funds 8 winners each year, 24 over the three editions 2020–2022 (other sponsors fund
 *       the remaining prizes).
 *   F6  Jil Moutadamine / Génération solidaire 2022: 288 existing young cooperatives and 139 project holders'
 *       projects applied; 39 prizes; 4 winning projects are carried by sub-Saharan nationals of 5 countries
 *       (one of them by two holders of two nationalities).
 *   F9  the 8 women's cooperatives of the lab's first call (learning's PREMIER-APPEL-2020) are the OCP-funded
 *       winners (ranks 1–8) of the 2020 Lalla Al Moutaaouina edition.
 * A 2025 Lalla edition is under review, its shortlist assigned to the demo juror (subject "jury-demo").
 * It is built on the world's cooperatives; it moves to the world workspace (subgraphs/world/src/awards.ts) with it.
 */
import { seededRandom, stableId } from '@cooplab/kit';

export interface DemoCooperativeFacts {
  registryNumber: string;
  name: string;
  countryCode: string;
  regionCode: string | null;
  foundedOn: string;
  womenOnly: boolean;
  youthLed: boolean;
}

export interface DemoAward {
  id: string;
  code: string;
  name: { fr: string; ar: string; en: string };
  purpose: { fr: string; ar: string | null; en: string | null };
  target: 'WOMEN_COOPERATIVES' | 'YOUNG_COOPERATIVES_AND_PROJECT_HOLDERS';
}

export interface DemoEdition {
  id: string;
  awardId: string;
  year: number;
  opensOn: string;
  closesOn: string;
  status: 'OPEN' | 'REVIEW' | 'DECIDED' | 'CLOSED';
  prizeCount: number;
  prizeAmountCentimes: number;
  criteria: { code: string; name: { fr: string; ar: string | null; en: string | null }; weight: number; scale: number }[];
  rules: { applicantKinds: string[]; womenOnly: boolean; minAge: number | null; maxAge: number | null; maxYearsSinceRegistration: number | null; allowedCountries: string[] };
  decidedAt: string | null;
  sponsors: { id: string; organizationId: string; name: string; prizeCount: number; position: number }[];
}

export interface DemoApplication {
  id: string;
  editionId: string;
  kind: 'COOPERATIVE' | 'PROJECT_HOLDERS';
  cooperativeId: string | null;
  applicantKey: string;
  applicantName: string;
  projectTitle: string;
  countryCode: string;
  regionCode: string | null;
  womenOnly: boolean;
  registeredOn: string | null;
  status: 'ELIGIBLE' | 'INELIGIBLE' | 'SHORTLISTED' | 'AWARDED' | 'NOT_SELECTED';
  ineligibleRule: string | null;
  ineligibleReason: string | null;
  submittedAt: string;
  holders: { id: string; fullName: string; birthDate: string; nationality: string; email: string }[];
}

export interface DemoPrize {
  id: string;
  editionId: string;
  applicationId: string;
  rank: number;
  sponsorId: string;
  amountCentimes: number;
  awardedOn: string;
}

export interface DemoAssignment {
  id: string;
  applicationId: string;
  jurorSubject: string;
  jurorName: string;
}

export interface AwardsSlice {
  awards: DemoAward[];
  editions: DemoEdition[];
  applications: DemoApplication[];
  prizes: DemoPrize[];
  assignments: DemoAssignment[];
}

export const AWARD_CODES = { lalla: 'LALLA-AL-MOUTAAOUINA', jil: 'JIL-MOUTADAMINE' } as const;
export const DEMO_JUROR = 'jury-demo';
const org = (key: string) => stableId('organization', key);
const coopId = (registryNumber: string) => stableId('cooperative', registryNumber);

const CRITERIA = [
  { code: 'IMPACT', name: { fr: 'Impact social et territorial', ar: null, en: 'Social and local impact' }, weight: 3, scale: 10 },
  { code: 'VIABILITY', name: { fr: 'Viabilité économique', ar: null, en: 'Economic viability' }, weight: 2, scale: 10 },
  { code: 'INNOVATION', name: { fr: 'Innovation', ar: null, en: 'Innovation' }, weight: 1, scale: 10 },
];

/** Nationalities of the 4 winning projects carried by sub-Saharan nationals: countries of the world (the catalog's). */
const SUB_SAHARAN_WINNERS: string[][] = [['SN'], ['CI'], ['GN', 'CV'], ['GM']];
const FIRST_NAMES = ['Yassine', 'Salma', 'Imane', 'Hamza', 'Ayoub', 'Khadija', 'Omar', 'Sara', 'Mehdi', 'Hajar', 'Anas', 'Nora'];
const LAST_NAMES = ['Alami', 'Benjelloun', 'Chafik', 'Daoudi', 'El Fassi', 'Haddad', 'Idrissi', 'Jabri', 'Kabbaj', 'Lahlou', 'Mansouri', 'Naciri'];
const AFRICAN_NAMES: Record<string, string[]> = {
  SN: ['Awa Diop'], CI: ['Konan Kouassi'], GN: ['Mamadou Barry'], CV: ['Ana Tavares'], GM: ['Lamin Jallow'],
};

/**
 * Builds the slice from the world's cooperatives (sorted by registry number) and the registry numbers of the
 * first call's 8 women's cooperatives (F9, from the learning slice).
 */
export function buildAwardsSlice(cooperatives: readonly DemoCooperativeFacts[], firstCall: readonly string[]): AwardsSlice {
  const rnd = seededRandom(20200308 + 9);
  const sorted = [...cooperatives].sort((a, b) => a.registryNumber.localeCompare(b.registryNumber));
  const byNumber = new Map(sorted.map((c) => [c.registryNumber, c]));
  const awards: DemoAward[] = [
    {
      id: stableId('award', AWARD_CODES.lalla),
      code: AWARD_CODES.lalla,
      name: { fr: 'Prix Lalla Al Moutaaouina', ar: 'جائزة للا المتعاونة', en: 'Lalla Al Moutaaouina Prize' },
      purpose: { fr: 'Distinguer les coopératives de femmes et financer leurs projets.', ar: null, en: 'Rewards women’s cooperatives and funds their projects.' },
      target: 'WOMEN_COOPERATIVES',
    },
    {
      id: stableId('award', AWARD_CODES.jil),
      code: AWARD_CODES.jil,
      name: { fr: 'Prix Jil Moutadamine – Génération solidaire', ar: 'جائزة جيل متضامن', en: 'Jil Moutadamine – Solidarity Generation Prize' },
      purpose: { fr: 'Soutenir les jeunes coopératives et les jeunes porteurs de projets coopératifs.', ar: null, en: 'Supports young cooperatives and young people carrying a cooperative project.' },
      target: 'YOUNG_COOPERATIVES_AND_PROJECT_HOLDERS',
    },
  ];
  const editions: DemoEdition[] = [];
  const applications: DemoApplication[] = [];
  const prizes: DemoPrize[] = [];
  const assignments: DemoAssignment[] = [];

  const edition = (award: DemoAward, year: number, e: Omit<DemoEdition, 'id' | 'awardId' | 'year' | 'sponsors' | 'criteria'>, sponsors: [string, string, number][]): DemoEdition => {
    const id = stableId('edition', `${award.code}:${year}`);
    const made: DemoEdition = {
      id, awardId: award.id, year, criteria: CRITERIA, ...e,
      sponsors: sponsors.map(([key, name, prizeCount], position) => ({ id: stableId('edition-sponsor', `${id}:${key}`), organizationId: org(key), name, prizeCount, position })),
    };
    editions.push(made);
    return made;
  };
  const submitted = (e: DemoEdition, i: number) => `${e.opensOn}T${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00.000Z`;
  const coopApplication = (e: DemoEdition, c: DemoCooperativeFacts, i: number, status: DemoApplication['status'], project: string): DemoApplication => {
    const a: DemoApplication = {
      id: stableId('application', `${e.id}:${c.registryNumber}`), editionId: e.id, kind: 'COOPERATIVE', cooperativeId: coopId(c.registryNumber), applicantKey: coopId(c.registryNumber),
      applicantName: c.name, projectTitle: project, countryCode: c.countryCode, regionCode: c.regionCode, womenOnly: c.womenOnly, registeredOn: c.foundedOn,
      status, ineligibleRule: null, ineligibleReason: null, submittedAt: submitted(e, i), holders: [],
    };
    applications.push(a);
    return a;
  };
  const award = (e: DemoEdition, a: DemoApplication, rank: number) => {
    let upTo = 0;
    const sponsor = e.sponsors.find((s) => rank <= (upTo += s.prizeCount))!;
    prizes.push({ id: stableId('prize', a.id), editionId: e.id, applicationId: a.id, rank, sponsorId: sponsor.id, amountCentimes: e.prizeAmountCentimes, awardedOn: e.decidedAt!.slice(0, 10) });
  };
  const PROJECTS = ['Valorisation des plantes aromatiques', 'Unité de conditionnement', 'Vente en ligne des produits du terroir', 'Atelier de tissage', 'Transformation du lait', 'Apiculture durable'];

  // F5 and F9: three Lalla Al Moutaaouina editions, 12 prizes of 50,000 MAD each, the OCP Foundation funding ranks 1–8.
  const lalla = awards[0]!;
  const women = sorted.filter((c) => c.countryCode === 'MA' && c.womenOnly);
  const mixed = sorted.filter((c) => c.countryCode === 'MA' && !c.womenOnly);
  const usedWinners = new Set<string>(firstCall);
  const lallaRules = { applicantKinds: ['COOPERATIVE'], womenOnly: true, minAge: null, maxAge: null, maxYearsSinceRegistration: null, allowedCountries: ['MA'] };
  const lallaSponsors: [string, string, number][] = [['ocp-foundation', 'Fondation OCP', 8], ['ministry-ess', 'Ministère du Tourisme, de l’Artisanat et de l’Économie sociale et solidaire', 2], ['odco', 'Office du Développement de la Coopération', 2]];
  for (const [year, opensOn, closesOn] of [[2020, '2020-03-08', '2020-06-30'], [2021, '2021-03-08', '2021-06-30'], [2022, '2022-03-08', '2022-06-30']] as const) {
    const e = edition(lalla, year, { opensOn, closesOn, status: 'CLOSED', prizeCount: 12, prizeAmountCentimes: 5_000_000, rules: lallaRules, decidedAt: `${year}-10-15T10:00:00.000Z` }, lallaSponsors);
    const eligibleNow = women.filter((c) => c.foundedOn <= closesOn);
    const winners =
      year === 2020
        ? [...firstCall.map((n) => byNumber.get(n)!), ...eligibleNow.filter((c) => !usedWinners.has(c.registryNumber)).slice(0, 4)]
        : eligibleNow.filter((c) => !usedWinners.has(c.registryNumber)).slice(0, 12);
    winners.forEach((c) => usedWinners.add(c.registryNumber));
    const others = eligibleNow.filter((c) => !winners.includes(c)).slice((year - 2020) * 40, (year - 2020) * 40 + 40);
    winners.forEach((c, i) => award(e, coopApplication(e, c, i, 'AWARDED', rnd.pick(PROJECTS)), i + 1));
    others.forEach((c, i) => coopApplication(e, c, 12 + i, i < 16 ? 'NOT_SELECTED' : 'ELIGIBLE', rnd.pick(PROJECTS)));
    mixed.slice((year - 2020) * 5, (year - 2020) * 5 + 5).forEach((c, i) => {
      const a = coopApplication(e, c, 52 + i, 'INELIGIBLE', rnd.pick(PROJECTS));
      a.ineligibleRule = 'WOMEN_ONLY';
      a.ineligibleReason = 'The membership must be women only';
    });
  }

  // 2025: under review; the demo juror is assigned the shortlist.
  const e2025 = edition(lalla, 2025, { opensOn: '2025-03-08', closesOn: '2025-06-30', status: 'REVIEW', prizeCount: 12, prizeAmountCentimes: 5_000_000, rules: lallaRules, decidedAt: null }, lallaSponsors);
  women.filter((c) => !usedWinners.has(c.registryNumber)).slice(0, 20).forEach((c, i) => {
    const a = coopApplication(e2025, c, i, i < 10 ? 'SHORTLISTED' : 'ELIGIBLE', rnd.pick(PROJECTS));
    if (i < 10) assignments.push({ id: stableId('jury-assignment', `${a.id}:${DEMO_JUROR}`), applicationId: a.id, jurorSubject: DEMO_JUROR, jurorName: 'Juré de démonstration' });
  });

  // F6: Jil Moutadamine 2022: 288 young cooperatives and 139 project holders' projects; 39 prizes.
  const jil = awards[1]!;
  const j = edition(
    jil, 2022,
    { opensOn: '2022-04-01', closesOn: '2022-07-31', status: 'CLOSED', prizeCount: 39, prizeAmountCentimes: 3_000_000, decidedAt: '2022-11-20T10:00:00.000Z',
      rules: { applicantKinds: ['COOPERATIVE', 'PROJECT_HOLDERS'], womenOnly: false, minAge: 18, maxAge: 35, maxYearsSinceRegistration: null, allowedCountries: ['MA'] } },
    [['ministry-ess', 'Ministère du Tourisme, de l’Artisanat et de l’Économie sociale et solidaire', 25], ['odco', 'Office du Développement de la Coopération', 14]],
  );
  const young = sorted.filter((c) => c.countryCode === 'MA' && c.youthLed && c.foundedOn <= '2022-07-31');
  if (young.length < 288) throw new Error(`awards demo data: ${young.length} young cooperatives, 288 needed`);
  const jilCoops = young.slice(0, 288).map((c, i) => coopApplication(j, c, i, 'NOT_SELECTED', rnd.pick(PROJECTS)));
  const regions = ['MA-01', 'MA-03', 'MA-04', 'MA-06', 'MA-07', 'MA-09'];
  const holderApps: DemoApplication[] = [];
  for (let i = 0; i < 139; i++) {
    const nationalities = i < SUB_SAHARAN_WINNERS.length ? SUB_SAHARAN_WINNERS[i]! : ['MA'];
    const id = stableId('application', `${j.id}:holders:${i}`);
    const holders = nationalities.map((nationality, h) => {
      const fullName = nationality === 'MA' ? `${FIRST_NAMES[(i + h) % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7 + h) % LAST_NAMES.length]}` : AFRICAN_NAMES[nationality]![0]!;
      return { id: stableId('project-holder', `${id}:${h}`), fullName, birthDate: `${1990 + (i % 12)}-${String(1 + (i % 12)).padStart(2, '0')}-15`, nationality, email: `porteur${i}-${h}@projets.example` };
    });
    const a: DemoApplication = {
      id, editionId: j.id, kind: 'PROJECT_HOLDERS', cooperativeId: null, applicantKey: `holder:${holders[0]!.email}`, applicantName: `Projet coopératif ${i + 1}`,
      projectTitle: rnd.pick(PROJECTS), countryCode: 'MA', regionCode: regions[i % regions.length]!, womenOnly: false, registeredOn: null,
      status: 'NOT_SELECTED', ineligibleRule: null, ineligibleReason: null, submittedAt: submitted(j, 288 + i), holders,
    };
    applications.push(a);
    holderApps.push(a);
  }
  // 39 winners: 31 cooperatives and 8 projects, 4 of them carried by sub-Saharan nationals (5 nationalities).
  const jilWinners = [...jilCoops.slice(0, 31), ...holderApps.slice(0, 8)];
  jilWinners.forEach((a, i) => {
    a.status = 'AWARDED';
    award(j, a, i + 1);
  });
  return { awards, editions, applications, prizes, assignments };
}
