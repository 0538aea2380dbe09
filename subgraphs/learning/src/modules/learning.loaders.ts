import { defineLoader, defineTableLoaders, loadByIds, loadGrouped } from '@cooplab/kit';
import { DevelopmentAction, NeedsAssessment } from './assessment/assessment.entity.js';
import { Certification, CertificationEvent } from './certification/certification.entity.js';
import { CoachingSession } from './coaching/coaching.entity.js';
import { Enrollment } from './enrollment/enrollment.entity.js';
import { Cohort, Program } from './program/program.entity.js';
import { Trainer } from './trainer/trainer.entity.js';
import { TrainingAttendance } from './training/training.entity.js';

/** Every reference and child list of the learning subgraph goes through one of these per-request loaders. */
// Programmes are few and reached from cohorts, coaching sessions and figures alike: read once per request.
const programs = defineTableLoaders(Program);
export const programById = programs('id');
export const programByCode = programs('code');
export const cohortById = defineLoader<string, Cohort | null>((em, ids) => loadByIds(em, Cohort, ids));
export const trainerById = defineLoader<string, Trainer | null>((em, ids) => loadByIds(em, Trainer, ids));
export const certificationById = defineLoader<string, Certification | null>((em, ids) => loadByIds(em, Certification, ids));

export const cohortsOfProgram = defineLoader<string, Cohort[]>((em, ids) =>
  loadGrouped(em, Cohort, 'program', ids, { orderBy: { startsOn: 'asc', id: 'asc' } }),
);
export const enrollmentsOfCooperative = defineLoader<string, Enrollment[]>((em, ids) =>
  loadGrouped(em, Enrollment, 'cooperativeId', ids, { orderBy: { appliedOn: 'asc', id: 'asc' } }),
);
export const enrollmentsOfCohort = defineLoader<string, Enrollment[]>((em, ids) =>
  loadGrouped(em, Enrollment, 'cohort', ids, { orderBy: { appliedOn: 'asc', id: 'asc' } }),
);
export const actionsOfCooperative = defineLoader<string, DevelopmentAction[]>((em, ids) =>
  loadGrouped(em, DevelopmentAction, 'cooperativeId', ids, { orderBy: { dueOn: 'asc', id: 'asc' } }),
);
export const certificationsOfTrainer = defineLoader<string, Certification[]>((em, ids) =>
  loadGrouped(em, Certification, 'trainer', ids, { orderBy: { issuedOn: 'asc', id: 'asc' } }),
);
export const eventsOfCertification = defineLoader<string, CertificationEvent[]>((em, ids) =>
  loadGrouped(em, CertificationEvent, 'certification', ids, { orderBy: { at: 'asc', id: 'asc' } }),
);
export const attendanceOfSession = defineLoader<string, TrainingAttendance[]>((em, ids) =>
  loadGrouped(em, TrainingAttendance, 'session', ids, { orderBy: { cooperativeId: 'asc' } }),
);

/** The latest assessment of each cooperative: one `distinct on` query for any number of cooperatives. */
export const latestAssessmentOfCooperative = defineLoader<string, NeedsAssessment | null>(async (em, ids) => {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await em.getConnection().execute<Record<string, unknown>[]>(
        `select distinct on (cooperative_id) * from needs_assessment
          where cooperative_id in (${unique.map(() => '?').join(', ')})
          order by cooperative_id, assessed_on desc, created_at desc, id desc`,
        unique,
      )
    : [];
  const byCooperative = new Map(rows.map((row) => [String(row.cooperative_id), em.map(NeedsAssessment, row)]));
  return ids.map((id) => byCooperative.get(id) ?? null);
});

export interface CoachingTotalsRow {
  sessions: number;
  minutes: number;
}

/** Coaching sessions and minutes of each cooperative: one grouped query. */
export const coachingTotalsOfCooperative = defineLoader<string, CoachingTotalsRow>(async (em, ids) => {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await em.getConnection().execute<Record<string, unknown>[]>(
        `select cooperative_id, count(*)::int as sessions, coalesce(sum(minutes), 0)::int as minutes
           from coaching_session where cooperative_id in (${unique.map(() => '?').join(', ')})
          group by cooperative_id`,
        unique,
      )
    : [];
  const byCooperative = new Map(rows.map((row) => [String(row.cooperative_id), { sessions: Number(row.sessions), minutes: Number(row.minutes) }]));
  return ids.map((id) => byCooperative.get(id) ?? { sessions: 0, minutes: 0 });
});

/**
 * The first page of coaching sessions of many cooperatives at once (newest first): one windowed query per
 * page size. Later pages (`after`) page one cooperative and go through `paginate`.
 */
export const firstCoachingSessions = defineLoader<{ cooperativeId: string; first: number }, CoachingSession[], string>(
  async (em, keys) => {
    const bySize = new Map<number, string[]>();
    for (const k of keys) bySize.set(k.first, [...(bySize.get(k.first) ?? []), k.cooperativeId]);
    const results = new Map<string, CoachingSession[]>();
    await Promise.all(
      [...bySize].map(async ([first, ids]) => {
        const unique = [...new Set(ids)];
        const rows = await em.getConnection().execute<Record<string, unknown>[]>(
          `select * from (
             select s.*, row_number() over (partition by s.cooperative_id order by s.held_on desc, s.id desc) as rank
               from coaching_session s where s.cooperative_id in (${unique.map(() => '?').join(', ')})
           ) ranked where rank <= ? order by cooperative_id, held_on desc, id desc`,
          [...unique, first + 1],
        );
        for (const id of unique) results.set(`${id}|${first}`, []);
        for (const row of rows) {
          const { rank: _rank, ...columns } = row;
          results.get(`${String(row.cooperative_id)}|${first}`)!.push(em.map(CoachingSession, columns));
        }
      }),
    );
    return keys.map((k) => results.get(`${k.cooperativeId}|${k.first}`) ?? []);
  },
  { cacheKeyFn: (k) => `${k.cooperativeId}|${k.first}` },
);
