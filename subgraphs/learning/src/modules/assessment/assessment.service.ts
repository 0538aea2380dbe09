import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, newId, NotFoundError, Problems, todayIso, defineService } from '@cooplab/kit';
import { ActionStatus, Dimension } from '../learning.enums.js';
import { DevelopmentAction, NeedsAssessment } from './assessment.entity.js';
import type { AddDevelopmentActionInput, RecordNeedsAssessmentInput, SetDevelopmentActionStatusInput } from './assessment.inputs.js';
import { DIMENSIONS, canMoveAction, type Scores } from './assessment.rules.js';

/** The scores of an assessment by dimension. */
export const scoresOf = (a: NeedsAssessment): Scores => ({
  [Dimension.MANAGEMENT]: a.management,
  [Dimension.GOVERNANCE]: a.governance,
  [Dimension.PRODUCTION]: a.production,
  [Dimension.MARKET_ACCESS]: a.marketAccess,
  [Dimension.FINANCE]: a.finance,
  [Dimension.DIGITAL]: a.digital,
});

/** Rules of needs assessments and development plans. */
export class AssessmentService {
  constructor(private readonly em: EntityManager) {}

  async record(input: RecordNeedsAssessmentInput): Promise<NeedsAssessment> {
    return this.em.transactional(async (em) => {
      const problems = new Problems();
      const given = input.scores.map((s) => s.dimension);
      const missing = DIMENSIONS.filter((d) => !given.includes(d));
      problems.check(new Set(given).size === given.length && missing.length === 0, 'input.scores', `must give each of the six dimensions once${missing.length ? ` (missing ${missing.join(', ')})` : ''}`);
      problems.check(input.assessedOn <= todayIso(), 'input.assessedOn', 'must not be in the future');
      problems.throwIfAny();
      const score = (d: Dimension) => input.scores.find((s) => s.dimension === d)!.score;
      return em.create(NeedsAssessment, {
        id: newId(),
        cooperativeId: input.cooperativeId.toLowerCase(),
        assessedOn: input.assessedOn,
        assessor: input.assessor.trim(),
        management: score(Dimension.MANAGEMENT),
        governance: score(Dimension.GOVERNANCE),
        production: score(Dimension.PRODUCTION),
        marketAccess: score(Dimension.MARKET_ACCESS),
        finance: score(Dimension.FINANCE),
        digital: score(Dimension.DIGITAL),
        notes: input.notes?.trim() || null,
      });
    });
  }

  async addAction(input: AddDevelopmentActionInput): Promise<DevelopmentAction> {
    return this.em.transactional(async (em) =>
      em.create(DevelopmentAction, {
        id: newId(),
        cooperativeId: input.cooperativeId.toLowerCase(),
        dimension: input.dimension,
        action: input.action.trim(),
        dueOn: input.dueOn,
        status: ActionStatus.TODO,
      }),
    );
  }

  async setActionStatus(input: SetDevelopmentActionStatusInput): Promise<DevelopmentAction> {
    return this.em.transactional(async (em) => {
      const action = await em.findOne(DevelopmentAction, { id: input.actionId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!action) throw new NotFoundError('DevelopmentAction', input.actionId, 'input.actionId');
      if (action.status === input.status) return action;
      if (!canMoveAction(action.status, input.status)) {
        throw new ConflictError(`A development action cannot go from ${action.status} to ${input.status}`, 'input.status');
      }
      action.status = input.status;
      return action;
    });
  }
}

export const assessmentService = defineService((ctx) => new AssessmentService(ctx.em));
