import { bulkLoad, type SeedRun } from '@cooplab/kit';
import type * as world from '@cooplab/world';
import type { ApplicantKind, ApplicationStatus, AwardTarget, EditionStatus, EligibilityRule } from '../modules/awards.enums.js';
import { Award } from '../modules/award/award.entity.js';

// The world's string unions and the awards enums hold the same values: this fails to compile when they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const enumsAgree: [
  Same<world.AwardTarget, `${AwardTarget}`>,
  Same<world.EditionStatus, `${EditionStatus}`>,
  Same<world.ApplicantKind, `${ApplicantKind}`>,
  Same<world.ApplicationStatus, `${ApplicationStatus}`>,
  Same<world.EligibilityRule, `${EligibilityRule}`>,
] = [true, true, true, true, true];
void enumsAgree;

const json = (value: unknown) => JSON.stringify(value);

/**
 * Turns the world's awards slice into the awards subgraph's rows: awards, editions and their sponsors,
 * applications (created when submitted) and their project holders, prizes, jury assignments and scores. The
 * demo slice is built on the world's cooperatives and its learning slice (the first call's 8 cooperatives are the
 * 2020 Lalla Al Moutaaouina winners). Bulk inserts in one transaction; rows already there are kept.
 */
export async function seedAwards(run: SeedRun): Promise<boolean> {
  if (run.mode === 'if-empty' && (await run.em.count(Award, {})) > 0) return false;
  const a = run.world.awards;
  await bulkLoad(run, async (db) => {
    await db.insert(
      'award',
      ['id', 'code', 'name_fr', 'name_ar', 'name_en', 'purpose_fr', 'purpose_ar', 'purpose_en', 'target'],
      a.awards.map((w) => [w.id, w.code, w.name.fr, w.name.ar, w.name.en, w.purpose.fr, w.purpose.ar, w.purpose.en, w.target]),
    );
    await db.insert(
      'edition',
      ['id', 'award_id', 'year', 'opens_on', 'closes_on', 'status', 'prize_count', 'prize_amount_centimes', 'criteria', 'rules', 'decided_at', 'decided_by'],
      a.editions.map((e) => [e.id, e.awardId, e.year, e.opensOn, e.closesOn, e.status, e.prizeCount, e.prizeAmountCentimes, json(e.criteria), json(e.rules), e.decidedAt, e.decidedBy]),
    );
    await db.insert(
      'edition_sponsor',
      ['id', 'edition_id', 'organization_id', 'name', 'prize_count', 'position'],
      a.editions.flatMap((e) => e.sponsors.map((s) => [s.id, e.id, s.organizationId, s.name, s.prizeCount, s.position])),
    );
    await db.insert(
      'application',
      [
        'id', 'edition_id', 'kind', 'cooperative_id', 'applicant_key', 'applicant_name', 'project_title', 'country_code', 'region_code', 'women_only', 'registered_on',
        'status', 'ineligible_rule', 'ineligible_reason', 'submitted_at', 'created_by', 'created_at', 'updated_at',
      ],
      a.applications.map((x) => [
        x.id, x.editionId, x.kind, x.cooperativeId, x.applicantKey, x.applicantName, x.projectTitle, x.countryCode, x.regionCode, x.womenOnly, x.registeredOn,
        x.status, x.ineligibleRule, x.ineligibleReason, x.submittedAt, 'seed', x.submittedAt, x.submittedAt,
      ]),
    );
    await db.insert(
      'project_holder',
      ['id', 'application_id', 'position', 'full_name', 'birth_date', 'nationality', 'email', 'phone'],
      a.applications.flatMap((x) => x.holders.map((h, position) => [h.id, x.id, position, h.fullName, h.birthDate, h.nationality, h.email, null])),
    );
    await db.insert(
      'prize',
      ['id', 'edition_id', 'application_id', 'rank', 'sponsor_id', 'amount_centimes', 'awarded_on'],
      a.prizes.map((p) => [p.id, p.editionId, p.applicationId, p.rank, p.sponsorId, p.amountCentimes, p.awardedOn]),
    );
    await db.insert(
      'jury_assignment',
      ['id', 'application_id', 'juror_subject', 'juror_name', 'assigned_at'],
      a.juryAssignments.map((j) => [j.id, j.applicationId, j.jurorSubject, j.jurorName, j.assignedAt]),
    );
    const assignedAt = new Map(a.juryAssignments.map((j) => [j.id, j.assignedAt]));
    await db.insert('jury_score', ['id', 'assignment_id', 'criterion_code', 'value', 'scored_at'], a.juryScores.map((s) => [s.id, s.assignmentId, s.criterionCode, s.value, assignedAt.get(s.assignmentId)]));
  });
  run.log.info('awards data loaded', { size: run.world.size, editions: a.editions.length, applications: a.applications.length, prizes: a.prizes.length, juryScores: a.juryScores.length });
  return true;
}
