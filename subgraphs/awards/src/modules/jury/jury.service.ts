import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, flushUnique, ForbiddenError, newId, NotFoundError, Problems, type Principal } from '@cooplab/kit';
import { Application } from '../application/application.entity.js';
import { ApplicationStatus, EditionStatus } from '../awards.enums.js';
import { Edition } from '../award/award.entity.js';
import { JuryAssignment, JuryScore } from './jury.entity.js';
import type { AssignJurorInput, DeclareConflictInput, ScoreApplicationInput } from './jury.inputs.js';
import { juryPolicy } from './jury.policy.js';

const ASSIGNABLE = new Set([ApplicationStatus.ELIGIBLE, ApplicationStatus.SHORTLISTED]);

/** The jury: assignments, conflicts of interest and scores. */
export class JuryService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  async assign(input: AssignJurorInput): Promise<JuryAssignment> {
    return this.em.transactional(async (em) => {
      const application = await em.findOne(Application, { id: input.applicationId.toLowerCase() });
      if (!application) throw new NotFoundError('Application', input.applicationId, 'input.applicationId');
      if (!ASSIGNABLE.has(application.status)) throw new ConflictError(`Jurors are assigned to ELIGIBLE or SHORTLISTED applications; this one is ${application.status}`, 'input.applicationId');
      const assignment = em.create(JuryAssignment, { id: newId(), application, jurorSubject: input.jurorSubject, jurorName: input.jurorName.trim() });
      await flushUnique(em, () => new ConflictError('This juror is assigned to this application already', 'input.jurorSubject'));
      return assignment;
    });
  }

  /** The caller's own assignment, locked: a juror acts on their assignments only. */
  private async ownAssignment(em: EntityManager, id: string): Promise<JuryAssignment> {
    const assignment = await em.findOne(JuryAssignment, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    // Someone else's assignment is answered as missing: a juror does not learn of other jurors' assignments.
    if (!assignment || !juryPolicy.isOwnJuror(this.principal, assignment)) throw new NotFoundError('JuryAssignment', id, 'input.assignmentId');
    return assignment;
  }

  async declareConflict(input: DeclareConflictInput): Promise<JuryAssignment> {
    return this.em.transactional(async (em) => {
      const assignment = await this.ownAssignment(em, input.assignmentId);
      if (assignment.conflictDeclaredAt) throw new ConflictError('A conflict of interest is declared on this assignment already', 'input.assignmentId');
      assignment.conflictDeclaredAt = new Date();
      assignment.conflictReason = input.reason.trim();
      // Scores given before the declaration are kept for the record; results never count a conflicted juror.
      return assignment;
    });
  }

  async score(input: ScoreApplicationInput): Promise<JuryAssignment> {
    if (this.principal.role !== 'JURY') throw new ForbiddenError('Only the assigned juror scores');
    return this.em.transactional(async (em) => {
      const assignment = await this.ownAssignment(em, input.assignmentId);
      if (assignment.conflictDeclaredAt) throw new ConflictError('You declared a conflict of interest on this application: you cannot score it', 'input.assignmentId');
      const application = await em.findOneOrFail(Application, { id: assignment.application.id });
      const edition = await em.findOneOrFail(Edition, { id: application.edition.id });
      if (edition.status !== EditionStatus.REVIEW) throw new ConflictError(`Scores are given while the edition is under REVIEW, not ${edition.status}`, 'input.assignmentId');
      if (!ASSIGNABLE.has(application.status)) throw new ConflictError(`This application is ${application.status}: it is not scored`, 'input.assignmentId');
      const criteria = new Map(edition.criteria.map((c) => [c.code, c]));
      const problems = new Problems();
      const seen = new Set<string>();
      input.scores.forEach((s, i) => {
        const criterion = criteria.get(s.criterion);
        if (!criterion) problems.add(`input.scores.${i}.criterion`, `is not a criterion of this edition (${[...criteria.keys()].join(', ')})`);
        else if (s.value > criterion.scale) problems.add(`input.scores.${i}.value`, `must be between 0 and ${criterion.scale}`);
        if (seen.has(s.criterion)) problems.add(`input.scores.${i}.criterion`, 'is scored twice');
        seen.add(s.criterion);
      });
      problems.throwIfAny();
      for (const s of input.scores) {
        await em.upsert(JuryScore, { id: newId(), assignment, criterionCode: s.criterion, value: s.value, scoredAt: new Date() }, { onConflictFields: ['assignment', 'criterionCode'], onConflictExcludeFields: ['id'] });
      }
      return assignment;
    });
  }
}
