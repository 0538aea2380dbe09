/**
 * The awards side of the world: the annual prizes, their editions, applications, jurors, scores and winners,
 * built on the registry's cooperatives and the learning slice.
 *
 * At demo size it reproduces the published figures exactly (see the README's table):
 *   F5  Lalla Al Moutaaouina (women's cooperatives, launched on 8 March 2020 with ODCO): 50,000 MAD per prize;
 *       the OCP Foundation funds 8 winners each year, 24 over the three editions 2020–2022 (other sponsors fund
 *       the remaining prizes).
 *   F6  Jil Moutadamine / Génération solidaire 2022: 288 existing young cooperatives and 139 project holders'
 *       projects applied; 39 prizes; 4 winning projects are carried by sub-Saharan nationals of 5 countries
 *       (one of them by two holders of two nationalities).
 *   F9  the 8 women's cooperatives of the lab's first call (the learning slice's PREMIER-APPEL-2020 cohort) are
 *       the OCP-funded winners (ranks 1–8) of the 2020 Lalla Al Moutaaouina edition: the same cooperatives in
 *       both subgraphs.
 * A 2025 Lalla edition is under review, its shortlist assigned to the demo juror (subject `jury-demo`).
 *
 * The scale size adds (`extendAwardsToScale`) an award of its own with six editions and 10,000 applications,
 * one edition under review with a large shortlist scored by five jurors each, so that the published figures of
 * the demo awards stay as published.
 */
import { organizationId } from './catalog.js';
import { stableId } from './ids.js';
import { PROGRAMS } from './learning.js';
import { seededRandom, type SeededRandom } from './random.js';
import type {
  AwardsSlice,
  LearningSlice,
  WorldApplication,
  WorldAward,
  WorldCooperative,
  WorldCriterion,
  WorldEdition,
  WorldEligibilityRules,
  WorldJuryAssignment,
} from './types.js';
import { addDays } from './util.js';

export const awardId = (code: string): string => stableId('award', code);
export const editionId = (awardCode: string, year: number): string => stableId('edition', `${awardCode}:${year}`);

/** Codes of the awards: the two prizes of the ecosystem, and the scale size's own. */
export const AWARDS = { lalla: 'LALLA-AL-MOUTAAOUINA', jil: 'JIL-MOUTADAMINE', scale: 'PRIX-INITIATIVE-COOPERATIVE' } as const;

/** The subject of the demo juror (the JURY token `npm start` prints), assigned the 2025 Lalla shortlist. */
export const DEMO_JUROR = 'jury-demo';

/** Who the demo data says decided the decided editions. */
const DECIDED_BY = 'staff-demo';

const CRITERIA: WorldCriterion[] = [
  { code: 'IMPACT', name: { fr: 'Impact social et territorial', ar: null, en: 'Social and local impact' }, weight: 3, scale: 10 },
  { code: 'VIABILITY', name: { fr: 'Viabilité économique', ar: null, en: 'Economic viability' }, weight: 2, scale: 10 },
  { code: 'INNOVATION', name: { fr: 'Innovation', ar: null, en: 'Innovation' }, weight: 1, scale: 10 },
];

const PROJECTS = ['Valorisation des plantes aromatiques', 'Unité de conditionnement', 'Vente en ligne des produits du terroir', 'Atelier de tissage', 'Transformation du lait', 'Apiculture durable'];

/** Nationalities of the 4 winning projects carried by sub-Saharan nationals: countries of the world. */
const SUB_SAHARAN_WINNERS: string[][] = [['SN'], ['CI'], ['GN', 'CV'], ['GM']];
const FIRST_NAMES = ['Yassine', 'Salma', 'Imane', 'Hamza', 'Ayoub', 'Khadija', 'Omar', 'Sara', 'Mehdi', 'Hajar', 'Anas', 'Nora'];
const LAST_NAMES = ['Alami', 'Benjelloun', 'Chafik', 'Daoudi', 'El Fassi', 'Haddad', 'Idrissi', 'Jabri', 'Kabbaj', 'Lahlou', 'Mansouri', 'Naciri'];
const AFRICAN_NAMES: Record<string, string> = { SN: 'Awa Diop', CI: 'Konan Kouassi', GN: 'Mamadou Barry', CV: 'Ana Tavares', GM: 'Lamin Jallow' };

const SPONSOR_NAMES: Record<string, string> = {
  'ocp-foundation': 'Fondation OCP',
  'ministry-ess': 'Ministère du Tourisme, de l’Artisanat et de l’Économie sociale et solidaire',
  odco: 'Office du Développement de la Coopération',
};

const womenOnly = (c: WorldCooperative) => c.membersTotal > 0 && c.membersWomen === c.membersTotal;
const youthLed = (c: WorldCooperative) => c.membersYouth * 2 > c.membersTotal;

/** Builds the slice's records; every record is appended, never changed once another depends on it. */
class AwardsBuilder {
  constructor(
    public random: SeededRandom,
    readonly slice: AwardsSlice = { awards: [], editions: [], applications: [], prizes: [], juryAssignments: [], juryScores: [] },
  ) {}

  award(code: string, name: WorldAward['name'], purpose: WorldAward['purpose'], target: WorldAward['target']): WorldAward {
    const award: WorldAward = { id: awardId(code), code, name, purpose, target };
    this.slice.awards.push(award);
    return award;
  }

  edition(
    award: WorldAward,
    year: number,
    e: Pick<WorldEdition, 'opensOn' | 'closesOn' | 'status' | 'prizeCount' | 'prizeAmountCentimes' | 'rules' | 'decidedAt'>,
    sponsors: [key: string, prizeCount: number][],
  ): WorldEdition {
    const id = editionId(award.code, year);
    const edition: WorldEdition = {
      id,
      awardId: award.id,
      year,
      criteria: CRITERIA,
      ...e,
      decidedBy: e.decidedAt ? DECIDED_BY : null,
      sponsors: sponsors.map(([key, prizeCount], position) => ({ id: stableId('edition-sponsor', `${id}:${key}`), organizationId: organizationId(key), name: SPONSOR_NAMES[key]!, prizeCount, position })),
    };
    this.slice.editions.push(edition);
    return edition;
  }

  /** The i-th submission time of an edition: within its call, in order. */
  submittedAt(e: WorldEdition, i: number): string {
    const day = addDays(e.opensOn, Math.floor(i / 600) % 60);
    return `${day}T${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00.000Z`;
  }

  cooperativeApplication(e: WorldEdition, c: WorldCooperative, i: number, status: WorldApplication['status']): WorldApplication {
    const a: WorldApplication = {
      id: stableId('application', `${e.id}:${c.registryNumber}`),
      editionId: e.id,
      kind: 'COOPERATIVE',
      cooperativeId: c.id,
      applicantKey: c.id,
      applicantName: c.name.fr,
      projectTitle: this.random.pick(PROJECTS),
      countryCode: c.countryCode,
      regionCode: c.regionCode,
      womenOnly: womenOnly(c),
      registeredOn: c.foundedOn,
      status,
      ineligibleRule: null,
      ineligibleReason: null,
      submittedAt: this.submittedAt(e, i),
      holders: [],
    };
    this.slice.applications.push(a);
    return a;
  }

  /** Gives the application the prize of `rank`, funded by the sponsor whose share holds that rank. */
  prize(e: WorldEdition, a: WorldApplication, rank: number): void {
    let upTo = 0;
    const sponsor = e.sponsors.find((s) => rank <= (upTo += s.prizeCount))!;
    a.status = 'AWARDED';
    this.slice.prizes.push({ id: stableId('prize', a.id), editionId: e.id, applicationId: a.id, rank, sponsorId: sponsor.id, amountCentimes: e.prizeAmountCentimes, awardedOn: e.decidedAt!.slice(0, 10) });
  }

  assign(a: WorldApplication, jurorSubject: string, jurorName: string, assignedAt: string): WorldJuryAssignment {
    const assignment: WorldJuryAssignment = { id: stableId('jury-assignment', `${a.id}:${jurorSubject}`), applicationId: a.id, jurorSubject, jurorName, assignedAt };
    this.slice.juryAssignments.push(assignment);
    return assignment;
  }

  score(assignment: WorldJuryAssignment, criterion: WorldCriterion, value: number): void {
    this.slice.juryScores.push({ id: stableId('jury-score', `${assignment.id}:${criterion.code}`), assignmentId: assignment.id, criterionCode: criterion.code, value });
  }
}

/** The cooperatives of the learning slice's first call (F9), in enrolment order. */
export function firstCallCooperatives(cooperatives: readonly WorldCooperative[], learning: LearningSlice): WorldCooperative[] {
  const cohorts = new Set(learning.cohorts.filter((c) => c.programCode === PROGRAMS.firstCall).map((c) => c.id));
  const byId = new Map(cooperatives.map((c) => [c.id, c]));
  return learning.enrollments.filter((e) => cohorts.has(e.cohortId)).map((e) => byId.get(e.cooperativeId)!);
}

const LALLA_RULES: WorldEligibilityRules = { applicantKinds: ['COOPERATIVE'], womenOnly: true, minAge: null, maxAge: null, maxYearsSinceRegistration: null, allowedCountries: ['MA'] };
const LALLA_SPONSORS: [string, number][] = [['ocp-foundation', 8], ['ministry-ess', 2], ['odco', 2]];

/** The awards slice of the demo world, over the demo registry and the learning slice. */
export function demoAwards(world: { cooperatives: readonly WorldCooperative[]; learning: LearningSlice }): AwardsBuilder {
  const b = new AwardsBuilder(seededRandom(20200308 + 9));
  // In the order of their ids (name-based UUIDs, so a fixed but unpatterned order): applicants and winners come
  // from every region, not from the first registry numbers (which are all of Tanger-Tétouan-Al Hoceïma).
  const sorted = [...world.cooperatives].sort((x, y) => x.id.localeCompare(y.id));
  const firstCall = firstCallCooperatives(world.cooperatives, world.learning);
  if (firstCall.length !== 8) throw new Error(`world: the first call has ${firstCall.length} cooperatives, 8 expected`);

  const lalla = b.award(
    AWARDS.lalla,
    { fr: 'Prix Lalla Al Moutaaouina', ar: 'جائزة للا المتعاونة', en: 'Lalla Al Moutaaouina Prize' },
    { fr: 'Distinguer les coopératives de femmes et financer leurs projets.', ar: null, en: 'Rewards women’s cooperatives and funds their projects.' },
    'WOMEN_COOPERATIVES',
  );
  const jil = b.award(
    AWARDS.jil,
    { fr: 'Prix Jil Moutadamine – Génération solidaire', ar: 'جائزة جيل متضامن', en: 'Jil Moutadamine – Solidarity Generation Prize' },
    { fr: 'Soutenir les jeunes coopératives et les jeunes porteurs de projets coopératifs.', ar: null, en: 'Supports young cooperatives and young people carrying a cooperative project.' },
    'YOUNG_COOPERATIVES_AND_PROJECT_HOLDERS',
  );

  // F5 and F9: three Lalla Al Moutaaouina editions, 12 prizes of 50,000 MAD each, the OCP Foundation funding ranks 1–8.
  const women = sorted.filter((c) => c.countryCode === 'MA' && womenOnly(c));
  const mixed = sorted.filter((c) => c.countryCode === 'MA' && !womenOnly(c));
  const usedWinners = new Set<string>(firstCall.map((c) => c.id));
  for (const [year, opensOn, closesOn] of [[2020, '2020-03-08', '2020-06-30'], [2021, '2021-03-08', '2021-06-30'], [2022, '2022-03-08', '2022-06-30']] as const) {
    const e = b.edition(lalla, year, { opensOn, closesOn, status: 'CLOSED', prizeCount: 12, prizeAmountCentimes: 5_000_000, rules: LALLA_RULES, decidedAt: `${year}-10-15T10:00:00.000Z` }, LALLA_SPONSORS);
    const eligibleNow = women.filter((c) => c.foundedOn <= closesOn);
    const fresh = eligibleNow.filter((c) => !usedWinners.has(c.id));
    const winners = year === 2020 ? [...firstCall, ...fresh.slice(0, 4)] : fresh.slice(0, 12);
    winners.forEach((c) => usedWinners.add(c.id));
    const others = eligibleNow.filter((c) => !winners.includes(c)).slice((year - 2020) * 40, (year - 2020) * 40 + 40);
    winners.forEach((c, i) => b.prize(e, b.cooperativeApplication(e, c, i, 'AWARDED'), i + 1));
    others.forEach((c, i) => b.cooperativeApplication(e, c, 12 + i, i < 16 ? 'NOT_SELECTED' : 'ELIGIBLE'));
    mixed.slice((year - 2020) * 5, (year - 2020) * 5 + 5).forEach((c, i) => {
      const a = b.cooperativeApplication(e, c, 52 + i, 'INELIGIBLE');
      a.ineligibleRule = 'WOMEN_ONLY';
      a.ineligibleReason = 'The membership must be women only';
    });
  }

  // 2025: under review; the demo juror is assigned the shortlist.
  const e2025 = b.edition(lalla, 2025, { opensOn: '2025-03-08', closesOn: '2025-06-30', status: 'REVIEW', prizeCount: 12, prizeAmountCentimes: 5_000_000, rules: LALLA_RULES, decidedAt: null }, LALLA_SPONSORS);
  women
    .filter((c) => !usedWinners.has(c.id))
    .slice(0, 20)
    .forEach((c, i) => {
      const a = b.cooperativeApplication(e2025, c, i, i < 10 ? 'SHORTLISTED' : 'ELIGIBLE');
      if (i < 10) b.assign(a, DEMO_JUROR, 'Juré de démonstration', '2025-07-07T09:00:00.000Z');
    });

  // F6: Jil Moutadamine 2022: 288 young cooperatives and 139 project holders' projects; 39 prizes.
  const j = b.edition(
    jil,
    2022,
    {
      opensOn: '2022-04-01',
      closesOn: '2022-07-31',
      status: 'CLOSED',
      prizeCount: 39,
      prizeAmountCentimes: 3_000_000,
      decidedAt: '2022-11-20T10:00:00.000Z',
      rules: { applicantKinds: ['COOPERATIVE', 'PROJECT_HOLDERS'], womenOnly: false, minAge: 18, maxAge: 35, maxYearsSinceRegistration: null, allowedCountries: ['MA'] },
    },
    [['ministry-ess', 25], ['odco', 14]],
  );
  const young = sorted.filter((c) => c.countryCode === 'MA' && youthLed(c) && c.foundedOn <= j.closesOn);
  if (young.length < 288) throw new Error(`world: ${young.length} young cooperatives for Jil Moutadamine 2022, 288 needed`);
  const jilCooperatives = young.slice(0, 288).map((c, i) => b.cooperativeApplication(j, c, i, 'NOT_SELECTED'));
  const regions = ['MA-01', 'MA-03', 'MA-04', 'MA-06', 'MA-07', 'MA-09'];
  const projects: WorldApplication[] = [];
  for (let i = 0; i < 139; i++) {
    const nationalities = i < SUB_SAHARAN_WINNERS.length ? SUB_SAHARAN_WINNERS[i]! : ['MA'];
    const id = stableId('application', `${j.id}:holders:${i}`);
    const holders = nationalities.map((nationality, h) => ({
      id: stableId('project-holder', `${id}:${h}`),
      fullName: nationality === 'MA' ? `${FIRST_NAMES[(i + h) % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7 + h) % LAST_NAMES.length]}` : AFRICAN_NAMES[nationality]!,
      birthDate: `${1990 + (i % 12)}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      nationality,
      email: `porteur${i}-${h}@projets.example`,
    }));
    const a: WorldApplication = {
      id,
      editionId: j.id,
      kind: 'PROJECT_HOLDERS',
      cooperativeId: null,
      applicantKey: `holder:${holders[0]!.email}`,
      applicantName: `Projet coopératif ${i + 1}`,
      projectTitle: b.random.pick(PROJECTS),
      countryCode: 'MA',
      regionCode: regions[i % regions.length]!,
      womenOnly: false,
      registeredOn: null,
      status: 'NOT_SELECTED',
      ineligibleRule: null,
      ineligibleReason: null,
      submittedAt: b.submittedAt(j, 288 + i),
      holders,
    };
    b.slice.applications.push(a);
    projects.push(a);
  }
  // 39 winners: 31 cooperatives and 8 projects, 4 of them carried by sub-Saharan nationals (5 nationalities).
  [...jilCooperatives.slice(0, 31), ...projects.slice(0, 8)].forEach((a, i) => b.prize(j, a, i + 1));
  return b;
}

/** What the scale size adds to the awards at factor 1. */
export const AWARDS_SCALE_TARGETS = { applications: 10_000, reviewShortlist: 1_200, jurorsPerApplication: 5 } as const;

/**
 * The scale size's awards: an award of its own (so the demo awards keep their published figures), editions
 * 2020–2024 decided with 20 prizes each, and 2025 under review with a shortlist of 1,200 applications scored by
 * 5 of 25 jurors each — 10,000 applications in all (times `factor`), from the Moroccan cooperatives the scale
 * size added, each founded before the call closed. Its own generator: the demo awards are unchanged.
 */
export function extendAwardsToScale(slice: AwardsSlice, added: readonly WorldCooperative[], factor: number): void {
  const b = new AwardsBuilder(seededRandom(10_000), slice);
  const applications = Math.round(AWARDS_SCALE_TARGETS.applications * factor);
  const shortlist = Math.max(10, Math.round(AWARDS_SCALE_TARGETS.reviewShortlist * factor));
  const award = b.award(
    AWARDS.scale,
    { fr: 'Prix de l’initiative coopérative', ar: 'جائزة المبادرة التعاونية', en: 'Cooperative Initiative Prize' },
    { fr: 'Distinguer chaque année les projets des coopératives de toutes les régions.', ar: null, en: 'Rewards the projects of cooperatives of every region each year.' },
    'COOPERATIVES',
  );
  const rules: WorldEligibilityRules = { applicantKinds: ['COOPERATIVE'], womenOnly: false, minAge: null, maxAge: null, maxYearsSinceRegistration: null, allowedCountries: ['MA'] };
  const sponsors: [string, number][] = [['ministry-ess', 12], ['odco', 8]];
  const years = [2020, 2021, 2022, 2023, 2024, 2025];
  const review = 2025;
  const perReview = Math.max(shortlist + 10, Math.round(applications * 0.2));
  const perDecided = Math.ceil((applications - perReview) / (years.length - 1));
  const jurors = Array.from({ length: 25 }, (_, k) => `jury-scale-${String(k + 1).padStart(2, '0')}`);
  const pool = added.filter((c) => c.countryCode === 'MA');
  let start = 0;
  for (const year of years) {
    const opensOn = `${year}-04-01`;
    const closesOn = `${year}-06-30`;
    const decided = year !== review;
    const e = b.edition(
      award,
      year,
      { opensOn, closesOn, status: decided ? 'CLOSED' : 'REVIEW', prizeCount: 20, prizeAmountCentimes: 2_000_000, rules, decidedAt: decided ? `${year}-11-05T10:00:00.000Z` : null },
      sponsors,
    );
    const count = decided ? perDecided : perReview;
    // Applicants: the next cooperatives of the pool founded before the call closed, one application each.
    const applicants: WorldCooperative[] = [];
    for (let seen = 0; applicants.length < count && seen < pool.length; seen++) {
      const c = pool[(start + seen) % pool.length]!;
      if (c.foundedOn <= closesOn) applicants.push(c);
    }
    start = (start + count) % Math.max(1, pool.length);
    const made = applicants.map((c, i) => b.cooperativeApplication(e, c, i, decided ? 'NOT_SELECTED' : i < shortlist ? 'SHORTLISTED' : 'ELIGIBLE'));
    if (decided) {
      // The winners are a draw among the applicants, ranked in the order drawn.
      const order = made.map((a) => [a, b.random.next()] as const).sort((x, y) => x[1] - y[1]);
      order.slice(0, e.prizeCount).forEach(([a], i) => b.prize(e, a, i + 1));
    } else {
      made.slice(0, shortlist).forEach((a, i) => {
        for (let k = 0; k < AWARDS_SCALE_TARGETS.jurorsPerApplication; k++) {
          const subject = jurors[(i + k * 5) % jurors.length]!;
          const assignment = b.assign(a, subject, `Juré ${subject.slice(-2)}`, `${year}-07-07T09:00:00.000Z`);
          for (const criterion of e.criteria) b.score(assignment, criterion, b.random.int(0, criterion.scale));
        }
      });
    }
  }
}
