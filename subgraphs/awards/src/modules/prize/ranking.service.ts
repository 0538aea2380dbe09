import type { EntityManager } from '@mikro-orm/postgresql';
import { Application } from '../application/application.entity.js';
import { ApplicationStatus } from '../awards.enums.js';
import type { Edition } from '../award/award.entity.js';
import { JuryAssignment, JuryScore } from '../jury/jury.entity.js';
import { applicationScore, rank, type JurorMarks } from '../jury/scoring.rules.js';

export interface RankedApplication {
  application: Application;
  rank: number;
  score: number | null;
  jurorsCounted: number;
}

/** Scores of applications from their jurors' marks: three queries for any number of applications. */
export async function scoreApplications(em: EntityManager, edition: Edition, applications: Application[]): Promise<Map<string, { score: number | null; jurorsCounted: number }>> {
  const ids = applications.map((a) => a.id);
  const assignments = ids.length ? await em.find(JuryAssignment, { application: { $in: ids } }) : [];
  const scores = assignments.length ? await em.find(JuryScore, { assignment: { $in: assignments.map((a) => a.id) } }) : [];
  const marks = new Map<string, JurorMarks>(assignments.map((a) => [a.id, { conflicted: Boolean(a.conflictDeclaredAt), values: new Map() }]));
  for (const s of scores) marks.get(s.assignment.id)?.values.set(s.criterionCode, s.value);
  const byApplication = new Map<string, JurorMarks[]>(ids.map((id) => [id, []]));
  for (const a of assignments) byApplication.get(a.application.id)?.push(marks.get(a.id)!);
  return new Map(ids.map((id) => [id, applicationScore(edition.criteria, byApplication.get(id)!)]));
}

/** The ranking of an edition's shortlisted applications (see `rank` for the tie rule). */
export async function rankEdition(em: EntityManager, edition: Edition): Promise<RankedApplication[]> {
  const applications = await em.find(Application, { edition, status: { $in: [ApplicationStatus.SHORTLISTED, ApplicationStatus.AWARDED, ApplicationStatus.NOT_SELECTED] }, submittedAt: { $ne: null } });
  const scores = await scoreApplications(em, edition, applications);
  const byId = new Map(applications.map((a) => [a.id, a]));
  return rank(
    applications.map((a) => ({ id: a.id, submittedAt: a.submittedAt!.toISOString(), ...scores.get(a.id)! })),
  ).map((r) => ({ application: byId.get(r.id)!, rank: r.rank, score: r.score, jurorsCounted: r.jurorsCounted }));
}
