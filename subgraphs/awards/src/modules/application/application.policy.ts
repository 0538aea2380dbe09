import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import { hasRole, type Principal, type SubgraphContext } from '@cooplab/kit';
import { assignmentsOfApplication } from '../jury/jury.loaders.js';
import type { Application } from './application.entity.js';

/**
 * The applications a caller may see, as one condition: every path applies it — a single application item by
 * item (`canSee`), a list in its query (`scopeFilter`), so the root field, an edition's list, a cooperative's list
 * and an `_entities` lookup answer a role the same.
 */
export type ApplicationScope =
  | { kind: 'all' }
  | { kind: 'cooperative'; cooperativeId: string }
  | { kind: 'juror'; subject: string }
  | { kind: 'none' };

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
  scope(principal: Principal): ApplicationScope {
    if (hasRole(principal, ['PARTNER'])) return { kind: 'all' };
    if (principal.role === 'COOPERATIVE' && principal.cooperativeId) return { kind: 'cooperative', cooperativeId: principal.cooperativeId };
    if (principal.role === 'JURY' && principal.subject) return { kind: 'juror', subject: principal.subject };
    return { kind: 'none' };
  },
  /** The scope as a condition of a query of applications (the same for every list and every page); null when nothing is visible. */
  scopeFilter(scope: ApplicationScope): FilterQuery<Application> | null {
    switch (scope.kind) {
      case 'all':
        return {};
      case 'cooperative':
        return { cooperativeId: scope.cooperativeId };
      case 'juror':
        return { [raw((alias: string) => `exists (select 1 from jury_assignment j where j.application_id = ${alias}.id and j.juror_subject = ?)`, [scope.subject])]: true } as FilterQuery<Application>;
      case 'none':
        return null;
    }
  },
  async canSee(ctx: SubgraphContext, application: Application): Promise<boolean> {
    const scope = applicationPolicy.scope(ctx.principal);
    switch (scope.kind) {
      case 'all':
        return true;
      case 'cooperative':
        return application.cooperativeId === scope.cooperativeId;
      case 'juror':
        return isAssignedJuror(ctx, application);
      case 'none':
        return false;
    }
  },
  async canSeePersonalData(ctx: SubgraphContext, application: Application): Promise<boolean> {
    return hasRole(ctx.principal, ['STAFF']) || isAssignedJuror(ctx, application);
  },
  async visible(ctx: SubgraphContext, application: Application | null): Promise<Application | null> {
    return application && (await applicationPolicy.canSee(ctx, application)) ? application : null;
  },
  /** The visible ones of `applications`, in their order. */
  async filter(ctx: SubgraphContext, applications: Application[]): Promise<Application[]> {
    const visible = await Promise.all(applications.map((a) => applicationPolicy.canSee(ctx, a)));
    return applications.filter((_, i) => visible[i]);
  },
};
