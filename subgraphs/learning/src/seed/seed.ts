import type { EntityManager } from '@mikro-orm/postgresql';
import { MOURAFAKA_REGIONS, demoCatalog } from '@cooplab/catalog';
import { foldForSearch, seededRandom, stableId, type Logger } from '@cooplab/kit';
import { DevelopmentAction, NeedsAssessment } from '../modules/assessment/assessment.entity.js';
import { Certification, CertificationEvent } from '../modules/certification/certification.entity.js';
import { generateVerificationCode } from '../modules/certification/certification.rules.js';
import { CoachingSession } from '../modules/coaching/coaching.entity.js';
import { Beneficiary } from '../modules/enrollment/beneficiary.entity.js';
import { Enrollment } from '../modules/enrollment/enrollment.entity.js';
import {
  ActionStatus,
  CertificationAction,
  CertificationLevel,
  CertificationStage,
  CoachingMode,
  CoopTool,
  Dimension,
  EnrollmentStatus,
  ProgramKind,
  StoredCertificationStatus,
} from '../modules/learning.enums.js';
import { Cohort, Program } from '../modules/program/program.entity.js';
import { Trainer } from '../modules/trainer/trainer.entity.js';
import { TrainingAttendance, TrainingSession } from '../modules/training/training.entity.js';

/**
 * The demo data of the learning subgraph, reproducing the published figures exactly:
 *   F1  22 certified trainers (MA, GN, CV, CI) on Think.COOP, Start.COOP and My.COOP, issued by the ILO;
 *   F2  GET Ahead (ILO + ENAM Meknès): 34 cooperatives trained;
 *   F3  the coaching programme with ODCO, the ministry and UM6P: 214 trained, 197 coached, 2681 coaching sessions;
 *   F7  Mourafaka: target 600; first cohort of 243 new cooperatives (2020–2022) in MA-03/05/07/08, trained and coached;
 *   F9  the first call of 2020 with ODCO, launched on 8 March 2020: 8 women's cooperatives selected and coached.
 * Cooperatives are taken from the catalog's demo data (ids by registry number). Deterministic: a seeded PRNG,
 * fixed dates. Demo verification codes come from that PRNG too, so they are guessable by whoever reads this
 * file: fine for demo data, never for real certifications (issueCertification uses the CSPRNG).
 */

export const demoIds = {
  organization: (key: string) => stableId('organization', key),
  cooperative: (registryNumber: string) => stableId('cooperative', registryNumber),
  program: (code: string) => stableId('program', code),
  cohort: (key: string) => stableId('cohort', key),
  trainer: (key: string) => stableId('trainer', key),
  certification: (key: string) => stableId('certification', key),
};

export const DEMO_PROGRAMS = {
  mourafaka: 'MOURAFAKA',
  getAhead: 'GET-AHEAD',
  coaching: 'ACCOMPAGNEMENT-ODCO-UM6P',
  firstCall: 'PREMIER-APPEL-2020',
  tot: 'COOP-TOOLS-TOT',
} as const;


/** `date` plus `days`, ISO. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

interface DemoTrainer {
  key: string;
  name: string;
  countryCode: string;
  organization: string | null;
  email: string | null;
  certifications: { tool: CoopTool; level: CertificationLevel; issuedOn: string; expiresOn?: string; revokedOn?: string; revokedWhy?: string }[];
}

const T = CoopTool;
const TR = CertificationLevel.TRAINER;
const MT = CertificationLevel.MASTER_TRAINER;

/** 22 certified trainers (+ 3 not certified). One holds a revoked certification besides a valid one; one only an expired one. */
export const DEMO_TRAINERS: DemoTrainer[] = [
  { key: 'demo', name: 'Samira El Idrissi', countryCode: 'MA', organization: 'odco', email: 'samira.elidrissi@trainers.example', certifications: [
    { tool: T.THINK_COOP, level: TR, issuedOn: '2024-03-15' }, { tool: T.START_COOP, level: TR, issuedOn: '2024-11-20' } ] },
  { key: 'ma-02', name: 'Youssef Benali', countryCode: 'MA', organization: 'odco', email: null, certifications: [{ tool: T.MY_COOP, level: MT, issuedOn: '2023-05-10' }] },
  { key: 'ma-03', name: 'Fatima Zahra Ouali', countryCode: 'MA', organization: 'um6p', email: null, certifications: [{ tool: T.THINK_COOP, level: TR, issuedOn: '2023-06-02' }] },
  { key: 'ma-04', name: 'Hicham Amrani', countryCode: 'MA', organization: 'ministry-ess', email: null, certifications: [
    { tool: T.START_COOP, level: TR, issuedOn: '2023-06-02' },
    { tool: T.MY_COOP, level: TR, issuedOn: '2022-04-12', revokedOn: '2023-01-16', revokedWhy: 'Conditions of certification not met (training not delivered)' } ] },
  { key: 'ma-05', name: 'Naima Tazi', countryCode: 'MA', organization: 'odco', email: null, certifications: [{ tool: T.MY_COOP, level: TR, issuedOn: '2023-09-18' }] },
  { key: 'ma-06', name: 'Rachid Chraibi', countryCode: 'MA', organization: 'enam', email: null, certifications: [{ tool: T.THINK_COOP, level: TR, issuedOn: '2020-06-15', expiresOn: '2023-06-14' }] },
  { key: 'ma-07', name: 'Khadija Bennani', countryCode: 'MA', organization: 'odco', email: null, certifications: [{ tool: T.START_COOP, level: MT, issuedOn: '2024-02-05' }] },
  { key: 'ma-08', name: 'Mohamed Alaoui', countryCode: 'MA', organization: 'um6p', email: null, certifications: [{ tool: T.THINK_COOP, level: TR, issuedOn: '2024-02-05' }] },
  { key: 'ma-09', name: 'Zineb Lahlou', countryCode: 'MA', organization: 'odco', email: null, certifications: [{ tool: T.MY_COOP, level: TR, issuedOn: '2024-05-22' }] },
  { key: 'ma-10', name: 'Abdelkader Fassi', countryCode: 'MA', organization: 'ministry-ess', email: null, certifications: [{ tool: T.START_COOP, level: TR, issuedOn: '2024-05-22' }] },
  { key: 'ma-11', name: 'Salma Berrada', countryCode: 'MA', organization: 'odco', email: null, certifications: [{ tool: T.THINK_COOP, level: TR, issuedOn: '2025-01-28' }] },
  { key: 'ma-12', name: 'Omar Kettani', countryCode: 'MA', organization: 'enam', email: null, certifications: [{ tool: T.MY_COOP, level: TR, issuedOn: '2025-01-28' }] },
  { key: 'ma-13', name: 'Imane Sqalli', countryCode: 'MA', organization: 'odco', email: null, certifications: [{ tool: T.START_COOP, level: TR, issuedOn: '2025-04-09' }] },
  { key: 'gn-01', name: 'Mamadou Diallo', countryCode: 'GN', organization: null, email: null, certifications: [{ tool: T.THINK_COOP, level: TR, issuedOn: '2023-11-07' }] },
  { key: 'gn-02', name: 'Aïssatou Bah', countryCode: 'GN', organization: null, email: null, certifications: [{ tool: T.START_COOP, level: TR, issuedOn: '2023-11-07' }] },
  { key: 'gn-03', name: 'Ibrahima Camara', countryCode: 'GN', organization: null, email: null, certifications: [{ tool: T.MY_COOP, level: TR, issuedOn: '2024-06-19' }] },
  { key: 'cv-01', name: 'Maria Tavares', countryCode: 'CV', organization: null, email: null, certifications: [{ tool: T.THINK_COOP, level: TR, issuedOn: '2024-06-19' }] },
  { key: 'cv-02', name: 'João Fernandes', countryCode: 'CV', organization: null, email: null, certifications: [{ tool: T.START_COOP, level: TR, issuedOn: '2024-06-19' }] },
  { key: 'cv-03', name: 'Ana Lopes', countryCode: 'CV', organization: null, email: null, certifications: [{ tool: T.MY_COOP, level: TR, issuedOn: '2024-10-03' }] },
  { key: 'ci-01', name: 'Kouassi Yao', countryCode: 'CI', organization: null, email: null, certifications: [{ tool: T.THINK_COOP, level: TR, issuedOn: '2024-10-03' }] },
  { key: 'ci-02', name: 'Aya Koné', countryCode: 'CI', organization: null, email: null, certifications: [{ tool: T.START_COOP, level: TR, issuedOn: '2025-02-12' }] },
  { key: 'ci-03', name: 'Adama Traoré', countryCode: 'CI', organization: null, email: null, certifications: [{ tool: T.MY_COOP, level: TR, issuedOn: '2025-02-12' }] },
  { key: 'ma-14', name: 'Laila Zerouali', countryCode: 'MA', organization: 'odco', email: null, certifications: [] },
  { key: 'ma-15', name: 'Karim Naciri', countryCode: 'MA', organization: null, email: null, certifications: [] },
  { key: 'sn-01', name: 'Fatou Ndiaye', countryCode: 'SN', organization: null, email: null, certifications: [] },
];

const VALIDITY_YEARS = 5;
const DIMENSION_ORDER = [Dimension.MANAGEMENT, Dimension.GOVERNANCE, Dimension.PRODUCTION, Dimension.MARKET_ACCESS, Dimension.FINANCE, Dimension.DIGITAL];

async function insertChunks<T extends object>(em: EntityManager, entity: new () => T, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await em.insertMany(entity, rows.slice(i, i + 500) as never[]);
}

/** Loads the demo data into an empty database, in one transaction. Returns false if there is data already. */
export async function seedLearning(em: EntityManager, log: Logger): Promise<boolean> {
  if ((await em.count(Program, {})) > 0) return false;
  const random = seededRandom(20200308);
  const catalog = demoCatalog();
  const coops = [...catalog.cooperatives].sort((a, b) => a.registryNumber.localeCompare(b.registryNumber));
  const womenOnly = (c: (typeof coops)[number]) => c.membersTotal > 0 && c.membersWomen === c.membersTotal;
  const used = new Set<string>();
  const take = (count: number, wanted: (c: (typeof coops)[number]) => boolean) => {
    const chosen = coops.filter((c) => !used.has(c.registryNumber) && wanted(c)).slice(0, count);
    if (chosen.length !== count) throw new Error(`demo data: found ${chosen.length} of ${count} cooperatives`);
    for (const c of chosen) used.add(c.registryNumber);
    return chosen;
  };
  const mourafaka = take(243, (c) => c.countryCode === 'MA' && MOURAFAKA_REGIONS.includes(c.regionCode ?? '') && c.foundedOn >= '2020-01-01' && c.foundedOn <= '2022-12-31');
  const firstCall = take(8, (c) => c.countryCode === 'MA' && womenOnly(c) && c.foundedOn < '2020-03-08');
  const getAhead = take(34, (c) => c.countryCode === 'MA' && womenOnly(c));
  const coachingProgramme = take(214, (c) => c.countryCode === 'MA');

  const programs = [
    { code: DEMO_PROGRAMS.firstCall, name: { fr: 'Premier appel à candidatures 2020', ar: 'النداء الأول لتقديم الترشيحات 2020', en: 'First call for applications 2020' }, kind: ProgramKind.INCUBATION, partners: ['odco'], target: 8, startsOn: '2020-03-08' },
    { code: DEMO_PROGRAMS.mourafaka, name: { fr: 'Mourafaka', ar: 'مرافقة', en: 'Mourafaka' }, kind: ProgramKind.INCUBATION, partners: ['odco', 'ministry-ess'], target: 600, startsOn: '2021-10-01' },
    { code: DEMO_PROGRAMS.getAhead, name: { fr: 'GET Ahead', ar: 'GET Ahead', en: 'GET Ahead' }, kind: ProgramKind.TRAINING, partners: ['ilo', 'enam'], target: null, startsOn: '2022-06-23' },
    { code: DEMO_PROGRAMS.coaching, name: { fr: "Programme d'accompagnement ODCO – ministère – UM6P", ar: 'برنامج المواكبة', en: 'Coaching programme ODCO – ministry – UM6P' }, kind: ProgramKind.COACHING, partners: ['odco', 'ministry-ess', 'um6p'], target: null, startsOn: '2022-01-10' },
    { code: DEMO_PROGRAMS.tot, name: { fr: 'Formation de formateurs aux outils COOP du BIT', ar: 'تكوين المكونين', en: 'ILO COOP tools training of trainers' }, kind: ProgramKind.TRAINING_OF_TRAINERS, partners: ['ilo'], target: null, startsOn: '2020-02-10' },
  ];

  const cohorts = [
    { key: 'first-call-2020', program: DEMO_PROGRAMS.firstCall, name: 'Premier appel 2020', startsOn: '2020-03-08', endsOn: '2020-12-31', regions: [] as string[], capacity: 8, members: firstCall },
    { key: 'mourafaka-1', program: DEMO_PROGRAMS.mourafaka, name: 'Cohorte 1', startsOn: '2021-10-01', endsOn: '2023-09-30', regions: MOURAFAKA_REGIONS, capacity: 250, members: mourafaka },
    { key: 'get-ahead-2022', program: DEMO_PROGRAMS.getAhead, name: 'Conférence nationale ESS 2022', startsOn: '2022-06-23', endsOn: '2022-06-25', regions: [], capacity: 40, members: getAhead },
    { key: 'coaching-2022', program: DEMO_PROGRAMS.coaching, name: 'Cohorte 2022', startsOn: '2022-01-10', endsOn: '2022-12-20', regions: [], capacity: 120, members: coachingProgramme.slice(0, 107) },
    { key: 'coaching-2023', program: DEMO_PROGRAMS.coaching, name: 'Cohorte 2023', startsOn: '2023-01-09', endsOn: '2023-12-20', regions: [], capacity: 120, members: coachingProgramme.slice(107) },
  ];

  const trainerIds = DEMO_TRAINERS.map((t) => demoIds.trainer(t.key));
  const maTrainers = DEMO_TRAINERS.filter((t) => t.countryCode === 'MA' && t.certifications.length).map((t) => demoIds.trainer(t.key));

  const beneficiaries = new Map<string, object>();
  const enrollments: object[] = [];
  const sessions: object[] = [];
  const attendance: object[] = [];
  const coaching: object[] = [];
  const assessments: object[] = [];
  const actions: object[] = [];
  const modules = ['Gouvernance coopérative', 'Gestion administrative et financière', 'Commercialisation et accès au marché', 'Outils numériques', 'Production et qualité'];
  const topics = ['Tenue de la comptabilité', 'Assemblée générale', 'Étiquetage et emballage', 'Plan d’affaires', 'Vente en ligne', 'Accès au financement'];

  const coaches = ['Nadia Rami (ODCO)', 'Said Ouazzani (UM6P)', 'Hajar Mernissi (consultante)'];
  const coachingSession = (programCode: string, registryNumber: string, key: string, heldOn: string) => {
    const trainer = random.next() < 0.7 ? random.pick(maTrainers) : null;
    coaching.push({
      id: stableId('coaching', key),
      cooperativeId: demoIds.cooperative(registryNumber),
      program: demoIds.program(programCode),
      trainer,
      coachName: trainer ? null : random.pick(coaches),
      heldOn,
      minutes: random.pick([45, 60, 90, 120]),
      topic: random.pick(topics),
      mode: random.next() < 0.6 ? CoachingMode.ON_SITE : CoachingMode.REMOTE,
    });
  };

  for (const cohort of cohorts) {
    const cohortId = demoIds.cohort(cohort.key);
    for (const c of cohort.members) {
      const cooperativeId = demoIds.cooperative(c.registryNumber);
      beneficiaries.set(cooperativeId, { cooperativeId, countryCode: c.countryCode, regionCode: c.regionCode });
      const appliedOn = cohort.startsOn;
      const done = cohort.endsOn < '2025-01-01';
      enrollments.push({
        id: stableId('enrollment', `${cohort.key}:${c.registryNumber}`),
        cohort: cohortId,
        cooperativeId,
        status: done ? EnrollmentStatus.COMPLETED : EnrollmentStatus.ACTIVE,
        appliedOn,
        startedOn: appliedOn,
        completedOn: done ? cohort.endsOn : null,
        withdrawnOn: null,
      });
    }
  }

  /** Training sessions of a cohort: every member attends the first session of its group, then some of the others. */
  const train = (cohortKey: string, groups: (typeof coops)[], firstDay: string, spacingDays: number, perGroup: number) => {
    for (const [g, members] of groups.entries()) {
      for (let s = 0; s < perGroup; s++) {
        const id = stableId('training', `${cohortKey}:${g}:${s}`);
        sessions.push({ id, cohort: demoIds.cohort(cohortKey), module: modules[s % modules.length]!, heldOn: addDays(firstDay, g + s * spacingDays), hours: random.pick([3, 4, 6]), trainer: random.pick(maTrainers) });
        for (const c of members) {
          if (s > 0 && random.next() < 0.35) continue;
          const women = womenOnly(c) ? random.int(1, 6) : random.int(0, 4);
          const men = womenOnly(c) ? 0 : random.int(women === 0 ? 1 : 0, 4);
          attendance.push({ id: stableId('attendance', `${id}:${c.registryNumber}`), session: id, cooperativeId: demoIds.cooperative(c.registryNumber), participantsWomen: women, participantsMen: men });
        }
      }
    }
  };
  train('mourafaka-1', MOURAFAKA_REGIONS.map((r) => mourafaka.filter((c) => c.regionCode === r)), '2021-11-08', 45, 5);
  train('get-ahead-2022', [getAhead], '2022-06-23', 1, 2);
  train('coaching-2022', [coachingProgramme.slice(0, 107)], '2022-02-14', 60, 4);
  train('coaching-2023', [coachingProgramme.slice(107)], '2023-02-13', 60, 4);

  // F3: 197 of the 214 cooperatives coached, 2681 sessions: 120 cooperatives × 14 + 77 × 13.
  for (const [i, c] of coachingProgramme.slice(0, 197).entries()) {
    const count = i < 120 ? 14 : 13;
    const start = i < 107 ? '2022-03-01' : '2023-03-01';
    for (let s = 0; s < count; s++) coachingSession(DEMO_PROGRAMS.coaching, c.registryNumber, `coaching:${c.registryNumber}:${s}`, addDays(start, s * 21 + random.int(0, 6)));
  }
  // F7: every cooperative of Mourafaka's first cohort coached, two to four times.
  for (const c of mourafaka) {
    const count = random.int(2, 4);
    for (let s = 0; s < count; s++) coachingSession(DEMO_PROGRAMS.mourafaka, c.registryNumber, `mourafaka:${c.registryNumber}:${s}`, addDays('2022-01-10', s * 90 + random.int(0, 30)));
  }
  // F9: the 8 women's cooperatives of the first call, six sessions each.
  for (const c of firstCall) {
    for (let s = 0; s < 6; s++) coachingSession(DEMO_PROGRAMS.firstCall, c.registryNumber, `first-call:${c.registryNumber}:${s}`, addDays('2020-04-01', s * 35));
  }

  // Needs assessments and plans: the first call's and Mourafaka's cooperatives, assessed on entry (and again a year later for some).
  for (const c of [...firstCall, ...mourafaka]) {
    const cooperativeId = demoIds.cooperative(c.registryNumber);
    const entry = firstCall.includes(c) ? '2020-03-20' : '2021-10-15';
    const rounds = random.next() < 0.3 ? 2 : 1;
    for (let r = 0; r < rounds; r++) {
      const s = DIMENSION_ORDER.map(() => random.int(0, 3 + r));
      assessments.push({
        id: stableId('assessment', `${c.registryNumber}:${r}`),
        cooperativeId,
        assessedOn: addYears(entry, r),
        assessor: r === 0 ? 'Équipe CoopLab' : 'ODCO',
        management: s[0]!, governance: s[1]!, production: s[2]!, marketAccess: s[3]!, finance: s[4]!, digital: s[5]!,
        notes: null,
      });
    }
    for (let a = 0; a < 3; a++) {
      actions.push({
        id: stableId('action', `${c.registryNumber}:${a}`),
        cooperativeId,
        dimension: DIMENSION_ORDER[(a * 2 + random.int(0, 1)) % DIMENSION_ORDER.length]!,
        action: ['Tenir un registre des ventes', 'Former le bureau à la gouvernance', 'Ouvrir une boutique en ligne', 'Obtenir l’agrément ONSSA', 'Préparer un dossier de financement'][random.int(0, 4)]!,
        dueOn: addDays(entry, 90 * (a + 1)),
        status: random.pick([ActionStatus.DONE, ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.TODO, ActionStatus.DROPPED]),
      });
    }
  }

  const certifications: object[] = [];
  const events: object[] = [];
  const pick = (n: number) => Math.floor(random.next() * n);
  for (const t of DEMO_TRAINERS) {
    for (const [i, c] of t.certifications.entries()) {
      const id = demoIds.certification(`${t.key}:${i}`);
      const expiresOn = c.expiresOn ?? addDays(addYears(c.issuedOn, VALIDITY_YEARS), -1);
      certifications.push({
        id,
        trainer: demoIds.trainer(t.key),
        tool: c.tool,
        level: c.level,
        stage: CertificationStage.CERTIFIED,
        participatedOn: addDays(c.issuedOn, -180),
        candidateOn: addDays(c.issuedOn, -120),
        coachedOn: addDays(c.issuedOn, -30),
        issuerId: demoIds.organization('ilo'),
        issuedOn: c.issuedOn,
        expiresOn,
        storedStatus: c.revokedOn ? StoredCertificationStatus.REVOKED : StoredCertificationStatus.ACTIVE,
        statusReason: c.revokedWhy ?? null,
        verificationCode: generateVerificationCode(pick),
      });
      events.push({ id: stableId('certification-event', `${id}:0`), certification: id, action: CertificationAction.ISSUED, fromStatus: null, toStatus: StoredCertificationStatus.ACTIVE, expiresOn, reason: null, actor: 'seed', at: new Date(`${c.issuedOn}T09:00:00Z`) });
      if (c.revokedOn) {
        events.push({ id: stableId('certification-event', `${id}:1`), certification: id, action: CertificationAction.REVOKED, fromStatus: StoredCertificationStatus.ACTIVE, toStatus: StoredCertificationStatus.REVOKED, expiresOn: null, reason: c.revokedWhy, actor: 'seed', at: new Date(`${c.revokedOn}T09:00:00Z`) });
      }
    }
  }

  await em.transactional(async (tx) => {
    // The embedded name goes in as its columns: insertMany does not flatten embeddables.
    await tx.insertMany(Program, programs.map((p) => ({ id: demoIds.program(p.code), code: p.code, name_fr: p.name.fr, name_ar: p.name.ar, name_en: p.name.en, kind: p.kind, partnerIds: p.partners.map(demoIds.organization), targetCooperatives: p.target, startsOn: p.startsOn })) as never[]);
    await tx.insertMany(Cohort, cohorts.map((c) => ({ id: demoIds.cohort(c.key), program: demoIds.program(c.program), name: c.name, startsOn: c.startsOn, endsOn: c.endsOn, regionCodes: c.regions, capacity: c.capacity })) as never[]);
    await tx.insertMany(Trainer, DEMO_TRAINERS.map((t, i) => ({ id: trainerIds[i], name: t.name, searchText: foldForSearch(t.name), countryCode: t.countryCode, organizationId: t.organization ? demoIds.organization(t.organization) : null, email: t.email })) as never[]);
    await insertChunks(tx, Beneficiary, [...beneficiaries.values()]);
    await insertChunks(tx, Enrollment, enrollments);
    await insertChunks(tx, TrainingSession, sessions);
    await insertChunks(tx, TrainingAttendance, attendance);
    await insertChunks(tx, CoachingSession, coaching);
    await insertChunks(tx, NeedsAssessment, assessments);
    await insertChunks(tx, DevelopmentAction, actions);
    await insertChunks(tx, Certification, certifications);
    await insertChunks(tx, CertificationEvent, events);
  });
  log.info('learning demo data', { programs: programs.length, enrollments: enrollments.length, coachingSessions: coaching.length, certifications: certifications.length });
  return true;
}
