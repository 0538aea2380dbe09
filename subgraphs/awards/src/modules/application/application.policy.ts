import { hasRole, type SubgraphContext } from '@cooplab/kit';
import { assignmentsOfApplication } from '../jury/jury.loaders.js';
import type { Application } from './application.entity.js';

/** Whether the caller is a juror assigned to the application (conflicted or not). */
async function isAssignedJuror(ctx: SubgraphContext, application: Application): Promise<boolean> {
  const { principal } = ctx;
  if (principal.role !== 'JURY' || !principal.subject) return false;
  const assignments = await assignmentsOfApplication(ctx).load(application.id);
  return assignments.some((a) => a.jurorSubject === principal.subject);
}

/**
 * Who sees an application, on every path (root field, edition list, cooperative field): staff and partners;
 * the cooperative that applied (COOPERATIVE); the jurors assigned to it. Others, anonymous callers included,
 * see none. Personal data of project holders: staff and the assigned jurors only. Scores: staff only.
 */
export const applicationPolicy = {
  async canSee(ctx: SubgraphContext, application: Application): Promise<boolean> {
    const { principal } = ctx;
    if (hasRole(principal, ['PARTNER'])) return true;
    if (principal.role === 'COOPERATIVE') return Boolean(principal.cooperativeId) && application.cooperativeId === principal.cooperativeId;
    return isAssignedJuror(ctx, application);
  },
  async canSeePersonalData(ctx: SubgraphContext, application: Application): Promise<boolean> {
    return hasRole(ctx.principal, ['STAFF']) || isAssignedJuror(ctx, application);
  },
  /** Acting as the applicant: the cooperative for its own application, staff for any. */
  canActAsApplicant(ctx: SubgraphContext, application: Pick<Application, 'cooperativeId'>): boolean {
    const { principal } = ctx;
    if (hasRole(principal, ['STAFF'])) return true;
    return principal.role === 'COOPERATIVE' && Boolean(principal.cooperativeId) && application.cooperativeId === principal.cooperativeId;
  },
  async visible(ctx: SubgraphContext, application: Application | null): Promise<Application | null> {
    return application && (await applicationPolicy.canSee(ctx, application)) ? application : null;
  },
};
