import { bulkLoad, foldForSearch, seededRandom, stableId, type SeedRun } from '@cooplab/kit';
import type * as world from '@cooplab/world';
import { generateVerificationCode } from '../modules/certification/certification.rules.js';
import type { ActionStatus, CertificationLevel, CoachingMode, CoopTool, Dimension, EnrollmentStatus, ProgramKind } from '../modules/learning.enums.js';
import { Program } from '../modules/program/program.entity.js';

// The world's string unions and the learning enums hold the same values: this fails to compile when they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const enumsAgree: [
  Same<world.ProgramKind, `${ProgramKind}`>,
  Same<world.EnrollmentStatus, `${EnrollmentStatus}`>,
  Same<world.Dimension, `${Dimension}`>,
  Same<world.ActionStatus, `${ActionStatus}`>,
  Same<world.CoachingMode, `${CoachingMode}`>,
  Same<world.CoopTool, `${CoopTool}`>,
  Same<world.CertificationLevel, `${CertificationLevel}`>,
] = [true, true, true, true, true, true, true];
void enumsAgree;

/**
 * Turns the world's learning slice into the learning subgraph's rows. The beneficiaries (the place of each
 * cooperative enrolled, trained or coached) are read from the world's registry; the audit trail of each
 * certification starts with its issue (and its revocation, if any). Verification codes come from a seeded
 * generator, so they are guessable by whoever reads this file: fine for demo data, never for real
 * certifications (issueCertification uses the CSPRNG). Bulk inserts in one transaction; rows already there are kept.
 */
export async function seedLearning(run: SeedRun): Promise<boolean> {
  if (run.mode === 'if-empty' && (await run.em.count(Program, {})) > 0) return false;
  const w = run.world;
  const l = w.learning;

  const registry = new Map(w.cooperatives.map((c) => [c.id, c]));
  const beneficiaries = new Map<string, unknown[]>();
  for (const cooperativeId of [...l.enrollments, ...l.attendance, ...l.coachingSessions].map((r) => r.cooperativeId)) {
    if (beneficiaries.has(cooperativeId)) continue;
    const c = registry.get(cooperativeId);
    if (!c) throw new Error(`world: cooperative ${cooperativeId} of the learning slice is not in the registry`);
    beneficiaries.set(cooperativeId, [c.id, c.countryCode, c.regionCode]);
  }

  const codes = seededRandom(20200308);
  const pick = (n: number) => Math.floor(codes.next() * n);
  const certifications = l.certifications.map((c) => [
    c.id, c.trainerId, c.tool, c.level, 'CERTIFIED', c.participatedOn, c.candidateOn, c.coachedOn, c.issuerId, c.issuedOn, c.expiresOn,
    c.revoked ? 'REVOKED' : 'ACTIVE', c.revoked?.reason ?? null, generateVerificationCode(pick),
  ]);
  const events = l.certifications.flatMap((c) => [
    [stableId('certification-event', `${c.id}:0`), c.id, 'ISSUED', null, 'ACTIVE', c.expiresOn, null, 'seed', new Date(`${c.issuedOn}T09:00:00Z`)],
    ...(c.revoked ? [[stableId('certification-event', `${c.id}:1`), c.id, 'REVOKED', 'ACTIVE', 'REVOKED', null, c.revoked.reason, 'seed', new Date(`${c.revoked.on}T09:00:00Z`)]] : []),
  ]);

  await bulkLoad(run, async (db) => {
    await db.insert(
      'program',
      ['id', 'code', 'name_fr', 'name_ar', 'name_en', 'kind', 'partner_ids', 'target_cooperatives', 'starts_on'],
      l.programs.map((p) => [p.id, p.code, p.name.fr, p.name.ar, p.name.en, p.kind, p.partnerIds, p.targetCooperatives, p.startsOn]),
    );
    await db.insert(
      'cohort',
      ['id', 'program_id', 'name', 'starts_on', 'ends_on', 'region_codes', 'capacity'],
      l.cohorts.map((c) => [c.id, c.programId, c.name, c.startsOn, c.endsOn, c.regionCodes, c.capacity]),
    );
    await db.insert(
      'trainer',
      ['id', 'name', 'search_text', 'country_code', 'organization_id', 'email'],
      l.trainers.map((t) => [t.id, t.name, foldForSearch(t.name), t.countryCode, t.organizationId, t.email]),
    );
    await db.insert('beneficiary', ['cooperative_id', 'country_code', 'region_code'], [...beneficiaries.values()]);
    await db.insert(
      'enrollment',
      ['id', 'cohort_id', 'cooperative_id', 'status', 'applied_on', 'started_on', 'completed_on', 'withdrawn_on'],
      l.enrollments.map((e) => [e.id, e.cohortId, e.cooperativeId, e.status, e.appliedOn, e.startedOn, e.completedOn, e.withdrawnOn]),
    );
    await db.insert(
      'training_session',
      ['id', 'cohort_id', 'module', 'held_on', 'hours', 'trainer_id'],
      l.trainingSessions.map((s) => [s.id, s.cohortId, s.module, s.heldOn, s.hours, s.trainerId]),
    );
    await db.insert(
      'training_attendance',
      ['id', 'session_id', 'cooperative_id', 'participants_women', 'participants_men'],
      l.attendance.map((a) => [a.id, a.sessionId, a.cooperativeId, a.participantsWomen, a.participantsMen]),
    );
    await db.insert(
      'coaching_session',
      ['id', 'cooperative_id', 'program_id', 'trainer_id', 'coach_name', 'held_on', 'minutes', 'topic', 'mode'],
      l.coachingSessions.map((s) => [s.id, s.cooperativeId, s.programId, s.trainerId, s.coachName, s.heldOn, s.minutes, s.topic, s.mode]),
    );
    await db.insert(
      'needs_assessment',
      ['id', 'cooperative_id', 'assessed_on', 'assessor', 'management', 'governance', 'production', 'market_access', 'finance', 'digital', 'notes'],
      l.assessments.map((a) => [
        a.id, a.cooperativeId, a.assessedOn, a.assessor, a.scores.MANAGEMENT, a.scores.GOVERNANCE, a.scores.PRODUCTION, a.scores.MARKET_ACCESS, a.scores.FINANCE, a.scores.DIGITAL, a.notes,
      ]),
    );
    await db.insert(
      'development_action',
      ['id', 'cooperative_id', 'dimension', 'action', 'due_on', 'status'],
      l.developmentActions.map((a) => [a.id, a.cooperativeId, a.dimension, a.action, a.dueOn, a.status]),
    );
    await db.insert(
      'certification',
      ['id', 'trainer_id', 'tool', 'level', 'stage', 'participated_on', 'candidate_on', 'coached_on', 'issuer_id', 'issued_on', 'expires_on', 'stored_status', 'status_reason', 'verification_code'],
      certifications,
    );
    await db.insert('certification_event', ['id', 'certification_id', 'action', 'from_status', 'to_status', 'expires_on', 'reason', 'actor', 'at'], events);
  });
  run.log.info('learning data loaded', { size: w.size, programs: l.programs.length, enrollments: l.enrollments.length, coachingSessions: l.coachingSessions.length, certifications: l.certifications.length });
  return true;
}
