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
import { MOURAFAKA_REGIONS, organizationId } from './catalog.js';
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

  /** A coaching session by a certified Moroccan trainer (70 %) or a named coach. */
  coach(programCode: string, c: WorldCooperative, key: string, heldOn: string, coaches: readonly string[] = COACHES, mode?: 'ON_SITE' | 'REMOTE'): void {
    const random = this.random;
    // Drawn in this order at every size, so that the demo world never changes.
    const trainer = random.next() < 0.7 ? random.pick(this.maTrainers) : null;
    const coachName = trainer ? null : random.pick(coaches);
    const minutes = random.pick([45, 60, 90, 120]);
    const topic = random.pick(TOPICS);
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
    this.maTrainers = TRAINERS.filter((t) => t.countryCode === 'MA' && t.certifications.length).map((t) => trainerId(t.key));
  }
}

/** Takes cooperatives in registry order, each at most once across the programmes that call it. */
export function cooperativePicker(cooperatives: readonly WorldCooperative[]) {
  const sorted = [...cooperatives].sort((a, b) => a.registryNumber.localeCompare(b.registryNumber));
  const used = new Set<string>();
  return (count: number, wanted: (c: WorldCooperative) => boolean): WorldCooperative[] => {
    const chosen: WorldCooperative[] = [];
    for (const c of sorted) {
      if (chosen.length === count) break;
      if (!used.has(c.registryNumber) && wanted(c)) chosen.push(c);
    }
    if (chosen.length !== count) throw new Error(`world: found ${chosen.length} of ${count} cooperatives`);
    for (const c of chosen) used.add(c.registryNumber);
    return chosen;
  };
}

/** The learning slice of the demo world, over the demo registry's cooperatives. */
export function demoLearning(cooperatives: readonly WorldCooperative[]): LearningBuilder {
  const b = new LearningBuilder(seededRandom(20200308));
  const take = cooperativePicker(cooperatives);
  const mourafaka = take(243, (c) => c.countryCode === 'MA' && MOURAFAKA_REGIONS.includes(c.regionCode ?? '') && c.foundedOn >= '2020-01-01' && c.foundedOn <= '2022-12-31');
  const firstCall = take(8, (c) => c.countryCode === 'MA' && womenOnly(c) && c.foundedOn < '2020-03-08');
  const getAhead = take(34, (c) => c.countryCode === 'MA' && womenOnly(c));
  const coachingProgramme = take(214, (c) => c.countryCode === 'MA');

  b.program({ code: PROGRAMS.firstCall, name: { fr: 'Premier appel à candidatures 2020', ar: 'النداء الأول لتقديم الترشيحات 2020', en: 'First call for applications 2020' }, kind: 'INCUBATION', partners: ['odco'], target: 8, startsOn: '2020-03-08' });
  b.program({ code: PROGRAMS.mourafaka, name: { fr: 'Mourafaka', ar: 'مرافقة', en: 'Mourafaka' }, kind: 'INCUBATION', partners: ['odco', 'ministry-ess'], target: 600, startsOn: '2021-10-01' });
  b.program({ code: PROGRAMS.getAhead, name: { fr: 'GET Ahead', ar: 'GET Ahead', en: 'GET Ahead' }, kind: 'TRAINING', partners: ['ilo', 'enam'], target: null, startsOn: '2022-06-23' });
  b.program({ code: PROGRAMS.coaching, name: { fr: "Programme d'accompagnement ODCO – ministère – UM6P", ar: 'برنامج المواكبة', en: 'Coaching programme ODCO – ministry – UM6P' }, kind: 'COACHING', partners: ['odco', 'ministry-ess', 'um6p'], target: null, startsOn: '2022-01-10' });
  b.program({ code: PROGRAMS.tot, name: { fr: 'Formation de formateurs aux outils COOP du BIT', ar: 'تكوين المكونين', en: 'ILO COOP tools training of trainers' }, kind: 'TRAINING_OF_TRAINERS', partners: ['ilo'], target: null, startsOn: '2020-02-10' });

  const cohorts: { key: string; program: string; name: string; startsOn: string; endsOn: string; regions: string[]; capacity: number; members: WorldCooperative[] }[] = [
    { key: 'first-call-2020', program: PROGRAMS.firstCall, name: 'Premier appel 2020', startsOn: '2020-03-08', endsOn: '2020-12-31', regions: [], capacity: 8, members: firstCall },
    { key: 'mourafaka-1', program: PROGRAMS.mourafaka, name: 'Cohorte 1', startsOn: '2021-10-01', endsOn: '2023-09-30', regions: MOURAFAKA_REGIONS, capacity: 250, members: mourafaka },
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
  return b;
}
