/**
 * The learning side of the world: programmes and their cohorts, the cooperatives enrolled, their training and
 * coaching, needs assessments and development plans, and the trainers certified on the ILO COOP tools.
 *
 * At demo size it reproduces the published figures exactly (see ../../../../shared/reference/published-figures.md
 * and the README's table):
 *   F1  22 certified trainers (MA, GN, CV, CI) on Think.COOP, Start.COOP and My.COOP, issued by the ILO;
 *   F2  GET Ahead (ILO + ENAM Meknès): 34 cooperatives trained;
 *   F3  the coaching programme with ODCO, the ministry and UM6P: 214 trained, 197 coached, 2681 coaching sessions;
 *   F7  Mourafaka: target 600; first cohort of 243 new cooperatives (2020–2022) in MA-03/05/07/08, trained and coached;
 *   F9  the first call of 2020 with ODCO, launched on 8 March 2020: 8 women's cooperatives selected and coached.
 */
import { MOURAFAKA_PHASES, MOURAFAKA_REGIONS, organizationId } from './catalog.js';
import { stableId } from './ids.js';
import { seededRandom, type SeededRandom } from './random.js';
import type {
  CertificationLevel,
  CoopTool,
  Dimension,
  LearningSlice,
  Localized,
  ProgramKind,
  WorldCohort,
  WorldCooperative,
  WorldProgram,
  WorldTrainer,
} from './types.js';
import { addDays, addYears } from './util.js';

export const programId = (code: string): string => stableId('program', code);
export const cohortId = (key: string): string => stableId('cohort', key);
export const trainerId = (key: string): string => stableId('trainer', key);
export const certificationId = (key: string): string => stableId('certification', key);

/** Codes of the demo programmes. */
export const PROGRAMS = {
  mourafaka: 'MOURAFAKA',
  getAhead: 'GET-AHEAD',
  coaching: 'ACCOMPAGNEMENT-ODCO-UM6P',
  firstCall: 'PREMIER-APPEL-2020',
  tot: 'COOP-TOOLS-TOT',
  southSouth: 'SUD-SUD',
  bootCoop: 'BOOTCOOP',
  remoteSupport: 'ACCOMPAGNEMENT-A-DISTANCE-2020',
  advisers: 'FORMATION-CONSEILLERS',
} as const;

/** How long a certification on an ILO COOP tool is valid. */
export const CERTIFICATION_VALIDITY_YEARS = 5;

export const DIMENSIONS: readonly Dimension[] = ['MANAGEMENT', 'GOVERNANCE', 'PRODUCTION', 'MARKET_ACCESS', 'FINANCE', 'DIGITAL'];

interface TrainerSpec {
  key: string;
  name: string;
  countryCode: string;
  organization: string | null;
  email: string | null;
  certifications: { tool: CoopTool; level: CertificationLevel; issuedOn: string; expiresOn?: string; revokedOn?: string; revokedWhy?: string }[];
}

const TR: CertificationLevel = 'TRAINER';
const MT: CertificationLevel = 'MASTER_TRAINER';

/** 22 certified trainers (+ 3 not certified). One holds a revoked certification besides a valid one; one only an expired one. */
const TRAINERS: TrainerSpec[] = [
  { key: 'demo', name: 'Samira El Idrissi', countryCode: 'MA', organization: 'odco', email: 'samira.elidrissi@trainers.example', certifications: [
    { tool: 'THINK_COOP', level: TR, issuedOn: '2024-03-15' }, { tool: 'START_COOP', level: TR, issuedOn: '2024-11-20' } ] },
  { key: 'ma-02', name: 'Youssef Benali', countryCode: 'MA', organization: 'odco', email: null, certifications: [{ tool: 'MY_COOP', level: MT, issuedOn: '2023-05-10' }] },
  { key: 'ma-03', name: 'Fatima Zahra Ouali', countryCode: 'MA', organization: 'um6p', email: null, certifications: [{ tool: 'THINK_COOP', level: TR, issuedOn: '2023-06-02' }] },
  { key: 'ma-04', name: 'Hicham Amrani', countryCode: 'MA', organization: 'ministry-ess', email: null, certifications: [
    { tool: 'START_COOP', level: TR, issuedOn: '2023-06-02' },
    { tool: 'MY_COOP', level: TR, issuedOn: '2022-04-12', revokedOn: '2023-01-16', revokedWhy: 'Conditions of certification not met (training not delivered)' } ] },
  { key: 'ma-05', name: 'Naima Tazi', countryCode: 'MA', organization: 'odco', email: null, certifications: [{ tool: 'MY_COOP', level: TR, issuedOn: '2023-09-18' }] },
  { key: 'ma-06', name: 'Rachid Chraibi', countryCode: 'MA', organization: 'enam', email: null, certifications: [{ tool: 'THINK_COOP', level: TR, issuedOn: '2020-06-15', expiresOn: '2023-06-14' }] },
  { key: 'ma-07', name: 'Khadija Bennani', countryCode: 'MA', organization: 'odco', email: null, certifications: [{ tool: 'START_COOP', level: MT, issuedOn: '2024-02-05' }] },
  { key: 'ma-08', name: 'Mohamed Alaoui', countryCode: 'MA', organization: 'um6p', email: null, certifications: [{ tool: 'THINK_COOP', level: TR, issuedOn: '2024-02-05' }] },
  { key: 'ma-09', name: 'Zineb Lahlou', countryCode: 'MA', organization: 'odco', email: null, certifications: [{ tool: 'MY_COOP', level: TR, issuedOn: '2024-05-22' }] },
  { key: 'ma-10', name: 'Abdelkader Fassi', countryCode: 'MA', organization: 'ministry-ess', email: null, certifications: [{ tool: 'START_COOP', level: TR, issuedOn: '2024-05-22' }] },
  { key: 'ma-11', name: 'Salma Berrada', countryCode: 'MA', organization: 'odco', email: null, certifications: [{ tool: 'THINK_COOP', level: TR, issuedOn: '2025-01-28' }] },
  { key: 'ma-12', name: 'Omar Kettani', countryCode: 'MA', organization: 'enam', email: null, certifications: [{ tool: 'MY_COOP', level: TR, issuedOn: '2025-01-28' }] },
  { key: 'ma-13', name: 'Imane Sqalli', countryCode: 'MA', organization: 'odco', email: null, certifications: [{ tool: 'START_COOP', level: TR, issuedOn: '2025-04-09' }] },
  { key: 'gn-01', name: 'Mamadou Diallo', countryCode: 'GN', organization: null, email: null, certifications: [{ tool: 'THINK_COOP', level: TR, issuedOn: '2023-11-07' }] },
  { key: 'gn-02', name: 'Aïssatou Bah', countryCode: 'GN', organization: null, email: null, certifications: [{ tool: 'START_COOP', level: TR, issuedOn: '2023-11-07' }] },
  { key: 'gn-03', name: 'Ibrahima Camara', countryCode: 'GN', organization: null, email: null, certifications: [{ tool: 'MY_COOP', level: TR, issuedOn: '2024-06-19' }] },
  { key: 'cv-01', name: 'Maria Tavares', countryCode: 'CV', organization: null, email: null, certifications: [{ tool: 'THINK_COOP', level: TR, issuedOn: '2024-06-19' }] },
  { key: 'cv-02', name: 'João Fernandes', countryCode: 'CV', organization: null, email: null, certifications: [{ tool: 'START_COOP', level: TR, issuedOn: '2024-06-19' }] },
  { key: 'cv-03', name: 'Ana Lopes', countryCode: 'CV', organization: null, email: null, certifications: [{ tool: 'MY_COOP', level: TR, issuedOn: '2024-10-03' }] },
  { key: 'ci-01', name: 'Kouassi Yao', countryCode: 'CI', organization: null, email: null, certifications: [{ tool: 'THINK_COOP', level: TR, issuedOn: '2024-10-03' }] },
  { key: 'ci-02', name: 'Aya Koné', countryCode: 'CI', organization: null, email: null, certifications: [{ tool: 'START_COOP', level: TR, issuedOn: '2025-02-12' }] },
  { key: 'ci-03', name: 'Adama Traoré', countryCode: 'CI', organization: null, email: null, certifications: [{ tool: 'MY_COOP', level: TR, issuedOn: '2025-02-12' }] },
  { key: 'ma-14', name: 'Laila Zerouali', countryCode: 'MA', organization: 'odco', email: null, certifications: [] },
  { key: 'ma-15', name: 'Karim Naciri', countryCode: 'MA', organization: null, email: null, certifications: [] },
  { key: 'sn-01', name: 'Fatou Ndiaye', countryCode: 'SN', organization: null, email: null, certifications: [] },
];

const MODULES = ['Gouvernance coopérative', 'Gestion administrative et financière', 'Commercialisation et accès au marché', 'Outils numériques', 'Production et qualité'];
const TOPICS = ['Tenue de la comptabilité', 'Assemblée générale', 'Étiquetage et emballage', 'Plan d’affaires', 'Vente en ligne', 'Accès au financement'];
const COACHES = ['Nadia Rami (ODCO)', 'Said Ouazzani (UM6P)', 'Hajar Mernissi (consultante)'];
const PLAN_ACTIONS = ['Tenir un registre des ventes', 'Former le bureau à la gouvernance', 'Ouvrir une boutique en ligne', 'Obtenir l’agrément ONSSA', 'Préparer un dossier de financement'];

const womenOnly = (c: WorldCooperative) => c.membersTotal > 0 && c.membersWomen === c.membersTotal;

/**
 * Writes a learning slice: programmes, cohorts and the records of what happened in them. Every record goes
 * through it, so that ids and shapes are made one way at every size.
 */
export class LearningBuilder {
  readonly slice: LearningSlice = {
    programs: [],
    cohorts: [],
    enrollments: [],
    trainingSessions: [],
    attendance: [],
    coachingSessions: [],
    assessments: [],
    developmentActions: [],
    trainers: [],
    certifications: [],
  };
  private readonly cohortsByKey = new Map<string, WorldCohort>();
  /** Certified Moroccan trainers: they run the sessions in Morocco. */
  maTrainers: string[] = [];

  constructor(public random: SeededRandom) {}

  program(p: { code: string; name: Localized; kind: ProgramKind; partners: string[]; target: number | null; startsOn: string | null }): WorldProgram {
    const program: WorldProgram = { id: programId(p.code), code: p.code, name: p.name, kind: p.kind, partnerIds: p.partners.map(organizationId), targetCooperatives: p.target, startsOn: p.startsOn };
    this.slice.programs.push(program);
    return program;
  }

  cohort(c: { key: string; program: string; name: string; startsOn: string; endsOn: string | null; regions: string[]; capacity: number }): WorldCohort {
    const cohort: WorldCohort = { id: cohortId(c.key), key: c.key, programId: programId(c.program), programCode: c.program, name: c.name, startsOn: c.startsOn, endsOn: c.endsOn, regionCodes: c.regions, capacity: c.capacity };
    this.slice.cohorts.push(cohort);
    this.cohortsByKey.set(c.key, cohort);
    return cohort;
  }

  /** Enrols `members` in the cohort, applied on its first day; completed when it ended before 2025. */
  enroll(cohortKey: string, members: readonly WorldCooperative[]): void {
    const cohort = this.cohortsByKey.get(cohortKey)!;
    const done = cohort.endsOn !== null && cohort.endsOn < '2025-01-01';
    for (const c of members) {
      this.slice.enrollments.push({
        id: stableId('enrollment', `${cohortKey}:${c.registryNumber}`),
        cohortId: cohort.id,
        cooperativeId: c.id,
        status: done ? 'COMPLETED' : 'ACTIVE',
        appliedOn: cohort.startsOn,
        startedOn: cohort.startsOn,
        completedOn: done ? cohort.endsOn : null,
        withdrawnOn: null,
      });
    }
  }

  /** Training sessions of a cohort: every member attends the first session of its group, then some of the others. */
  train(cohortKey: string, groups: readonly (readonly WorldCooperative[])[], firstDay: string, spacingDays: number, perGroup: number, modules: readonly string[] = MODULES): void {
    const random = this.random;
    for (const [g, members] of groups.entries()) {
      for (let s = 0; s < perGroup; s++) {
        const id = stableId('training', `${cohortKey}:${g}:${s}`);
        this.slice.trainingSessions.push({ id, cohortId: cohortId(cohortKey), module: modules[s % modules.length]!, heldOn: addDays(firstDay, g + s * spacingDays), hours: random.pick([3, 4, 6]), trainerId: random.pick(this.maTrainers) });
        for (const c of members) {
          if (s > 0 && random.next() < 0.35) continue;
          const women = womenOnly(c) ? random.int(1, 6) : random.int(0, 4);
          const men = womenOnly(c) ? 0 : random.int(women === 0 ? 1 : 0, 4);
          this.slice.attendance.push({ id: stableId('attendance', `${id}:${c.registryNumber}`), sessionId: id, cooperativeId: c.id, participantsWomen: women, participantsMen: men });
        }
      }
    }
  }

  /** A training session attended by `attendance` (cooperative, women, men), as recorded. */
  session(cohortKey: string, key: string, module: string, heldOn: string, hours: number, trainer: string | null, attendance: readonly (readonly [WorldCooperative, number, number])[]): void {
    const id = stableId('training', `${cohortKey}:${key}`);
    this.slice.trainingSessions.push({ id, cohortId: cohortId(cohortKey), module, heldOn, hours, trainerId: trainer });
    for (const [c, women, men] of attendance) {
      this.slice.attendance.push({ id: stableId('attendance', `${id}:${c.registryNumber}`), sessionId: id, cooperativeId: c.id, participantsWomen: women, participantsMen: men });
    }
  }

  /** A coaching session by a certified Moroccan trainer (70 %) or a named coach. */
  coach(
    programCode: string,
    c: WorldCooperative,
    key: string,
    heldOn: string,
    options: { coaches?: readonly string[]; topics?: readonly string[]; mode?: 'ON_SITE' | 'REMOTE'; trainers?: boolean } = {},
  ): void {
    const random = this.random;
    const mode = options.mode;
    // Drawn in this order at every size, so that the demo world never changes.
    const drawnTrainer = random.next() < 0.7 ? random.pick(this.maTrainers) : null;
    const trainer = options.trainers === false ? null : drawnTrainer;
    const coachName = trainer ? null : random.pick(options.coaches ?? COACHES);
    const minutes = random.pick([45, 60, 90, 120]);
    const topic = random.pick(options.topics ?? TOPICS);
    const drawnMode = random.next() < 0.6 ? 'ON_SITE' : 'REMOTE';
    this.slice.coachingSessions.push({
      id: stableId('coaching', key),
      cooperativeId: c.id,
      programId: programId(programCode),
      trainerId: trainer,
      coachName,
      heldOn,
      minutes,
      topic,
      mode: mode ?? drawnMode,
    });
  }

  /** A needs assessment on entry (and a year later for some), and a development plan of three actions. */
  assess(c: WorldCooperative, entry: string): void {
    const random = this.random;
    const rounds = random.next() < 0.3 ? 2 : 1;
    for (let r = 0; r < rounds; r++) {
      const s = DIMENSIONS.map(() => random.int(0, 3 + r));
      this.slice.assessments.push({
        id: stableId('assessment', `${c.registryNumber}:${r}`),
        cooperativeId: c.id,
        assessedOn: addYears(entry, r),
        assessor: r === 0 ? 'Équipe CoopLab' : 'ODCO',
        scores: { MANAGEMENT: s[0]!, GOVERNANCE: s[1]!, PRODUCTION: s[2]!, MARKET_ACCESS: s[3]!, FINANCE: s[4]!, DIGITAL: s[5]! },
        notes: null,
      });
    }
    for (let a = 0; a < 3; a++) {
      this.slice.developmentActions.push({
        id: stableId('action', `${c.registryNumber}:${a}`),
        cooperativeId: c.id,
        dimension: DIMENSIONS[(a * 2 + random.int(0, 1)) % DIMENSIONS.length]!,
        action: PLAN_ACTIONS[random.int(0, 4)]!,
        dueOn: addDays(entry, 90 * (a + 1)),
        status: random.pick(['DONE', 'DONE', 'IN_PROGRESS', 'TODO', 'DROPPED'] as const),
      });
    }
  }

  trainers(specs: readonly TrainerSpec[]): void {
    for (const t of specs) {
      const trainer: WorldTrainer = { id: trainerId(t.key), key: t.key, name: t.name, countryCode: t.countryCode, organizationId: t.organization ? organizationId(t.organization) : null, email: t.email };
      this.slice.trainers.push(trainer);
      for (const [i, c] of t.certifications.entries()) {
        this.slice.certifications.push({
          id: certificationId(`${t.key}:${i}`),
          trainerId: trainer.id,
          tool: c.tool,
          level: c.level,
          participatedOn: addDays(c.issuedOn, -180),
          candidateOn: addDays(c.issuedOn, -120),
          coachedOn: addDays(c.issuedOn, -30),
          issuerId: organizationId('ilo'),
          issuedOn: c.issuedOn,
          expiresOn: c.expiresOn ?? addDays(addYears(c.issuedOn, CERTIFICATION_VALIDITY_YEARS), -1),
          revoked: c.revokedOn ? { on: c.revokedOn, reason: c.revokedWhy ?? 'Revoked' } : null,
        });
      }
    }
    this.maTrainers = this.slice.trainers.filter((t) => t.countryCode === 'MA' && this.slice.certifications.some((c) => c.trainerId === t.id && !c.revoked)).map((t) => t.id);
  }
}

/** Takes cooperatives in registry order; `take` gives each to one programme only, `take.any` to any number. */
export function cooperativePicker(cooperatives: readonly WorldCooperative[]) {
  const sorted = [...cooperatives].sort((a, b) => a.registryNumber.localeCompare(b.registryNumber));
  const used = new Set<string>();
  const find = (count: number, wanted: (c: WorldCooperative) => boolean, exclusive: boolean): WorldCooperative[] => {
    const chosen: WorldCooperative[] = [];
    for (const c of sorted) {
      if (chosen.length === count) break;
      if (!(exclusive && used.has(c.registryNumber)) && wanted(c)) chosen.push(c);
    }
    if (chosen.length !== count) throw new Error(`world: found ${chosen.length} of ${count} cooperatives`);
    for (const c of chosen) used.add(c.registryNumber);
    return chosen;
  };
  /** `count` cooperatives no other programme took. */
  const take = (count: number, wanted: (c: WorldCooperative) => boolean) => find(count, wanted, true);
  /** `count` cooperatives, whether other programmes took them or not. */
  take.any = (count: number, wanted: (c: WorldCooperative) => boolean) => find(count, wanted, false);
  return take;
}

/** The learning slice of the demo world, over the demo registry's cooperatives. */
export function demoLearning(registry: { cooperatives: readonly WorldCooperative[]; founding: readonly WorldCooperative[] }): LearningBuilder {
  const b = new LearningBuilder(seededRandom(20200308));
  const take = cooperativePicker(registry.cooperatives);
  // The first programmes took their cooperatives from the founding registry, in registry order.
  const founding = new Set(registry.founding.map((c) => c.id));
  const mourafaka = take(243, (c) => founding.has(c.id) && c.countryCode === 'MA' && MOURAFAKA_REGIONS.includes(c.regionCode ?? '') && c.foundedOn >= '2020-01-01' && c.foundedOn <= '2022-12-31');
  const firstCall = take(8, (c) => founding.has(c.id) && c.countryCode === 'MA' && womenOnly(c) && c.foundedOn < '2020-03-08');
  const getAhead = take(34, (c) => founding.has(c.id) && c.countryCode === 'MA' && womenOnly(c));
  const coachingProgramme = take(214, (c) => founding.has(c.id) && c.countryCode === 'MA');

  b.program({ code: PROGRAMS.firstCall, name: { fr: 'Premier appel à candidatures 2020', ar: 'النداء الأول لتقديم الترشيحات 2020', en: 'First call for applications 2020' }, kind: 'INCUBATION', partners: ['odco'], target: 8, startsOn: '2020-03-08' });
  b.program({ code: PROGRAMS.mourafaka, name: { fr: 'Mourafaka', ar: 'مرافقة', en: 'Mourafaka' }, kind: 'INCUBATION', partners: ['odco', 'ministry-ess'], target: 600, startsOn: '2021-10-01' });
  b.program({ code: PROGRAMS.getAhead, name: { fr: 'GET Ahead', ar: 'GET Ahead', en: 'GET Ahead' }, kind: 'TRAINING', partners: ['ilo', 'enam'], target: null, startsOn: '2022-06-23' });
  b.program({ code: PROGRAMS.coaching, name: { fr: "Programme d'accompagnement ODCO – ministère – UM6P", ar: 'برنامج المواكبة', en: 'Coaching programme ODCO – ministry – UM6P' }, kind: 'COACHING', partners: ['odco', 'ministry-ess', 'um6p'], target: null, startsOn: '2022-01-10' });
  b.program({ code: PROGRAMS.tot, name: { fr: 'Formation de formateurs aux outils COOP du BIT', ar: 'تكوين المكونين', en: 'ILO COOP tools training of trainers' }, kind: 'TRAINING_OF_TRAINERS', partners: ['ilo'], target: null, startsOn: '2020-02-10' });

  const cohorts: { key: string; program: string; name: string; startsOn: string; endsOn: string; regions: string[]; capacity: number; members: WorldCooperative[] }[] = [
    { key: 'first-call-2020', program: PROGRAMS.firstCall, name: 'Premier appel 2020', startsOn: '2020-03-08', endsOn: '2020-12-31', regions: [], capacity: 8, members: firstCall },
    { key: 'mourafaka-1', program: PROGRAMS.mourafaka, name: 'Phase 1 — cohorte 1', startsOn: '2021-10-01', endsOn: '2023-09-30', regions: MOURAFAKA_REGIONS, capacity: 250, members: mourafaka },
    { key: 'get-ahead-2022', program: PROGRAMS.getAhead, name: 'Conférence nationale ESS 2022', startsOn: '2022-06-23', endsOn: '2022-06-25', regions: [], capacity: 40, members: getAhead },
    { key: 'coaching-2022', program: PROGRAMS.coaching, name: 'Cohorte 2022', startsOn: '2022-01-10', endsOn: '2022-12-20', regions: [], capacity: 120, members: coachingProgramme.slice(0, 107) },
    { key: 'coaching-2023', program: PROGRAMS.coaching, name: 'Cohorte 2023', startsOn: '2023-01-09', endsOn: '2023-12-20', regions: [], capacity: 120, members: coachingProgramme.slice(107) },
  ];
  b.trainers(TRAINERS);
  for (const { members, ...cohort } of cohorts) {
    b.cohort(cohort);
    b.enroll(cohort.key, members);
  }

  b.train('mourafaka-1', MOURAFAKA_REGIONS.map((r) => mourafaka.filter((c) => c.regionCode === r)), '2021-11-08', 45, 5);
  b.train('get-ahead-2022', [getAhead], '2022-06-23', 1, 2);
  b.train('coaching-2022', [coachingProgramme.slice(0, 107)], '2022-02-14', 60, 4);
  b.train('coaching-2023', [coachingProgramme.slice(107)], '2023-02-13', 60, 4);

  const random = b.random;
  // F3: 197 of the 214 cooperatives coached, 2681 sessions: 120 cooperatives × 14 + 77 × 13.
  for (const [i, c] of coachingProgramme.slice(0, 197).entries()) {
    const count = i < 120 ? 14 : 13;
    const start = i < 107 ? '2022-03-01' : '2023-03-01';
    for (let s = 0; s < count; s++) b.coach(PROGRAMS.coaching, c, `coaching:${c.registryNumber}:${s}`, addDays(start, s * 21 + random.int(0, 6)));
  }
  // F7: every cooperative of Mourafaka's first cohort coached, two to four times.
  for (const c of mourafaka) {
    const count = random.int(2, 4);
    for (let s = 0; s < count; s++) b.coach(PROGRAMS.mourafaka, c, `mourafaka:${c.registryNumber}:${s}`, addDays('2022-01-10', s * 90 + random.int(0, 30)));
  }
  // F9: the 8 women's cooperatives of the first call, six sessions each.
  for (const c of firstCall) {
    for (let s = 0; s < 6; s++) b.coach(PROGRAMS.firstCall, c, `first-call:${c.registryNumber}:${s}`, addDays('2020-04-01', s * 35));
  }
  // Needs assessments and plans: the first call's and Mourafaka's cooperatives, assessed on entry (and again a year later for some).
  for (const c of [...firstCall, ...mourafaka]) b.assess(c, firstCall.includes(c) ? '2020-03-20' : '2021-10-15');

  // What follows was added after the programmes above, and draws after them: they never change.
  laterProgrammes(b, take);
  return b;
}

type Picker = ReturnType<typeof cooperativePicker>;
const OCP_SITE_REGIONS = ['MA-05', 'MA-06', 'MA-07', 'MA-11'];
const AGRICULTURAL: readonly string[] = ['AGRICULTURE', 'ARGAN', 'AROMATIC_AND_MEDICINAL_PLANTS', 'BEEKEEPING', 'LIVESTOCK', 'DAIRY'];
const SOUTH_SOUTH_WOMEN_TRAINED = 1500;

/** The 2020 remote support, F4 South-South cooperation, Mourafaka's phases 2 and 3, BootCoop, the training of advisers. */
function laterProgrammes(b: LearningBuilder, take: Picker): void {
  const random = b.random;
  const active = (c: WorldCooperative) => c.status === 'ACTIVE';

  // The 2020 lockdown: partner agricultural cooperatives near OCP sites trained and supported remotely, by volunteers.
  b.program({
    code: PROGRAMS.remoteSupport,
    name: { fr: 'Formation et accompagnement à distance — confinement 2020', ar: 'التكوين والمواكبة عن بعد — الحجر الصحي 2020', en: 'Remote training and support — 2020 lockdown' },
    kind: 'COACHING',
    partners: ['ocp-foundation'],
    target: null,
    startsOn: '2020-04-06',
  });
  const remote = take.any(36, (c) => OCP_SITE_REGIONS.includes(c.regionCode ?? '') && AGRICULTURAL.includes(c.sector) && active(c) && c.foundedOn < '2020-03-20');
  b.cohort({ key: 'distance-2020', program: PROGRAMS.remoteSupport, name: 'Confinement 2020', startsOn: '2020-04-06', endsOn: '2020-07-31', regions: OCP_SITE_REGIONS, capacity: 60 });
  b.enroll('distance-2020', remote);
  b.train('distance-2020', [remote], '2020-04-13', 14, 4, ['Continuité d’activité pendant le confinement', 'Transformation digitale : vendre en ligne', 'Outils de travail à distance', 'Mesures sanitaires et sécurité']);
  const volunteers = ['Bénévole — Yasmine Alami', 'Bénévole — Mehdi Chafik', 'Bénévole — Sara Ouhammou', 'Bénévole — Reda Lamrani'];
  const remoteTopics = ['Continuité d’activité', 'Vente en ligne et réseaux sociaux', 'Paiement mobile et livraison', 'Trésorerie pendant la crise'];
  for (const c of remote) {
    for (let s = 0; s < 3; s++) b.coach(PROGRAMS.remoteSupport, c, `distance-2020:${c.registryNumber}:${s}`, addDays('2020-04-20', s * 28 + random.int(0, 6)), { coaches: volunteers, topics: remoteTopics, mode: 'REMOTE', trainers: false });
  }

  // F4: South-South cooperation — the 33 cooperatives of the 9 partner countries supported, 1,500 women trained.
  b.program({ code: PROGRAMS.southSouth, name: { fr: 'Coopération Sud-Sud', ar: 'التعاون جنوب-جنوب', en: 'South-South cooperation' }, kind: 'TRAINING', partners: ['ilo', 'odco'], target: null, startsOn: '2021-03-08' });
  const partners = take(33, (c) => c.countryCode !== 'MA');
  b.cohort({ key: 'sud-sud-2021', program: PROGRAMS.southSouth, name: 'Coopération Sud-Sud 2021–2023', startsOn: '2021-03-08', endsOn: '2023-12-15', regions: [], capacity: 40 });
  b.enroll('sud-sud-2021', partners);
  // Each cooperative trains its women members and neighbours: the most it sent to one session adds up to 1,500.
  const women = partners.map((_, i) => Math.floor(SOUTH_SOUTH_WOMEN_TRAINED / partners.length) + (i < SOUTH_SOUTH_WOMEN_TRAINED % partners.length ? 1 : 0));
  const countries = [...new Set(partners.map((c) => c.countryCode))];
  const southModules = ['Leadership féminin et gouvernance coopérative', 'Gestion et comptabilité simplifiées', 'Transformation et qualité des produits', 'Commercialisation et export'];
  for (const [g, country] of countries.entries()) {
    const members = partners.map((c, i) => [c, i] as const).filter(([c]) => c.countryCode === country);
    for (let s = 0; s < southModules.length; s++) {
      b.session('sud-sud-2021', `${country}:${s}`, southModules[s]!, addDays('2021-04-12', g * 7 + s * 120), 6, random.pick(b.maTrainers),
        members.map(([c, i]) => [c, s === 0 ? women[i]! : random.int(Math.ceil(women[i]! / 2), women[i]!), 0] as const));
    }
    for (const [c] of members) for (let s = 0; s < 3; s++) b.coach(PROGRAMS.southSouth, c, `sud-sud:${c.registryNumber}:${s}`, addDays('2021-06-01', s * 150 + random.int(0, 20)), { mode: 'REMOTE' });
  }

  // F7: Mourafaka's phases 2 and 3, four regions each, of cooperatives created before their phase (600 with phase 1).
  for (const phase of MOURAFAKA_PHASES.slice(1)) {
    const key = `mourafaka-${phase.phase}`;
    const members = phase.regions.flatMap((region, r) =>
      take(phase.cooperatives[r]!, (c) => c.regionCode === region && active(c) && c.foundedOn >= phase.createdFrom && c.foundedOn < phase.startsOn),
    );
    b.cohort({ key, program: PROGRAMS.mourafaka, name: `Phase ${phase.phase} — cohorte ${phase.phase}`, startsOn: phase.startsOn, endsOn: phase.endsOn, regions: [...phase.regions], capacity: 200 });
    b.enroll(key, members);
    b.train(key, phase.regions.map((r) => members.filter((c) => c.regionCode === r)), addDays(phase.startsOn, 38), 45, 5);
    for (const c of members) {
      const count = random.int(2, 4);
      for (let s = 0; s < count; s++) b.coach(PROGRAMS.mourafaka, c, `${key}:${c.registryNumber}:${s}`, addDays(phase.startsOn, 100 + s * 90 + random.int(0, 30)));
      b.assess(c, addDays(phase.startsOn, 14));
    }
  }

  // BootCoop: an intensive structuring programme — a week of training, then mentoring and access to experts.
  b.program({ code: PROGRAMS.bootCoop, name: { fr: 'BootCoop', ar: 'بوت كوب', en: 'BootCoop' }, kind: 'INCUBATION', partners: ['ocp-foundation', 'um6p'], target: 60, startsOn: '2023-02-06' });
  const mentors = ['Mentor — Amine Tahiri', 'Mentor — Souad Benjelloun', 'Mentor — Youness El Fassi'];
  const experts = ['Expertise juridique et statuts', 'Expertise qualité et certification', 'Expertise financement et banque', 'Expertise export et logistique'];
  const bootModules = ['Structuration et gouvernance', 'Modèle économique', 'Marketing et vente', 'Gestion financière', 'Outils numériques'];
  for (const [i, year] of [2023, 2024].entries()) {
    const key = `bootcoop-${year}`;
    const startsOn = `${year}-0${2 + i}-06`;
    const members = take(30, (c) => c.countryCode === 'MA' && active(c) && c.foundedOn < startsOn && c.membersTotal >= 15);
    b.cohort({ key, program: PROGRAMS.bootCoop, name: `BootCoop ${year}`, startsOn, endsOn: addDays(startsOn, 180), regions: [], capacity: 30 });
    b.enroll(key, members);
    b.train(key, [members], startsOn, 1, 5, bootModules);
    for (const c of members) {
      for (let s = 0; s < 4; s++) b.coach(PROGRAMS.bootCoop, c, `${key}:mentoring:${c.registryNumber}:${s}`, addDays(startsOn, 21 + s * 30 + random.int(0, 6)), { coaches: mentors, trainers: false });
      b.coach(PROGRAMS.bootCoop, c, `${key}:expertise:${c.registryNumber}`, addDays(startsOn, 60 + random.int(0, 60)), { coaches: ['Pool d’experts BootCoop'], topics: experts, trainers: false });
      b.assess(c, startsOn);
    }
  }

  // The training of trainers for cooperative advisers: two advisers of every region, national coverage.
  b.program({
    code: PROGRAMS.advisers,
    name: { fr: 'Formation de formateurs des conseillers coopératifs', ar: 'تكوين مكوني المستشارين التعاونيين', en: 'Training of trainers for cooperative advisers' },
    kind: 'TRAINING_OF_TRAINERS',
    partners: ['odco', 'ministry-ess'],
    target: null,
    startsOn: '2021-03-01',
  });
  const regions = Array.from({ length: 12 }, (_, i) => `MA-${String(i + 1).padStart(2, '0')}`);
  b.cohort({ key: 'conseillers-2021', program: PROGRAMS.advisers, name: 'Conseillers coopératifs 2021 — couverture nationale', startsOn: '2021-03-01', endsOn: '2021-11-30', regions, capacity: 24 });
  b.trainers(regions.flatMap((r, i) => [0, 1].map((n) => ({ key: `adviser-${r.toLowerCase()}-${n + 1}`, name: ADVISERS[i * 2 + n]!, countryCode: 'MA', organization: 'odco', email: null, certifications: [] }))));
  const masterTrainers = [trainerId('ma-02'), trainerId('ma-07')];
  ['Rôle du conseiller coopératif', 'Diagnostic des besoins', 'Outils Think.COOP et Start.COOP', 'Animation de formations', 'Suivi et accompagnement'].forEach((module, s) =>
    b.session('conseillers-2021', `${s}`, module, addDays('2021-03-01', s * 56), 6, masterTrainers[s % 2]!, []),
  );
}

/** The cooperative advisers of ODCO trained as trainers, two per region (MA-01 first). */
const ADVISERS = [
  'Hamza Boukili', 'Najat Soussi', 'Driss Mansouri', 'Houda Zniber', 'Abdellah Kadiri', 'Meryem Filali', 'Anass Bouzidi', 'Ghizlane Rifai',
  'Mustapha Ait Lahcen', 'Latifa Ouchen', 'Yassine Chraibi', 'Nawal Bensaid', 'Brahim Oubella', 'Karima Hilali', 'Lahcen Id Ali', 'Fadma Ait Baha',
  'Hassan Amzil', 'Rkia Belkadi', 'Mbarek Lagdaf', 'Aicha Ould Sidi', 'Salek Ahl Mohamed', 'Mina Bouya', 'Sidi Ahmed Lebbat', 'Zahra Lahbib',
];
