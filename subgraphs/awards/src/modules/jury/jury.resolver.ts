import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionOf, defineService, ForbiddenError, PageArgs, paginate, type SubgraphContext } from '@cooplab/kit';
import { Application } from '../application/application.entity.js';
import { applicationById } from '../application/application.loaders.js';
import { JuryAssignment, JuryScore } from './jury.entity.js';
import { AssignJurorInput, DeclareConflictInput, ScoreApplicationInput } from './jury.inputs.js';
import { assignmentsOfApplication, scoresOfAssignment } from './jury.loaders.js';
import { juryPolicy } from './jury.policy.js';
import { JuryService } from './jury.service.js';

export const juryService = defineService((ctx) => new JuryService(ctx.em, ctx.principal));

@ObjectType({ description: 'A page of jury assignments.' })
export class JuryAssignmentConnection extends ConnectionOf(JuryAssignment, 'JuryAssignment') {}

@Resolver(() => JuryAssignment)
export class JuryAssignmentResolver {
  @Query(() => JuryAssignmentConnection, { nullable: true, description: 'The caller’s own jury assignments, newest first. Jurors only (a juror sees no one else’s); null, with an error, for others.' })
  @Allow('JURY')
  myJuryAssignments(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: SubgraphContext) {
    const subject = ctx.principal.subject;
    if (!subject) throw new ForbiddenError('A juror’s token must name its subject');
    return paginate(ctx.em, JuryAssignment, () => ({ jurorSubject: subject }), page, { assignedAt: 'desc', id: 'asc' });
  }

  @FieldResolver(() => Application, { description: 'The application to score.' })
  async application(@Root() assignment: JuryAssignment, @Ctx() ctx: SubgraphContext) {
    return applicationById(ctx).load(assignment.application.id);
  }

  @FieldResolver(() => [JuryScore], { description: 'The scores this juror gave, by criterion. Short list: one per criterion of the edition.' })
  scores(@Root() assignment: JuryAssignment, @Ctx() ctx: SubgraphContext) {
    return scoresOfAssignment(ctx).load(assignment.id);
  }

  @Mutation(() => JuryAssignment, { description: 'Assigns a juror to an ELIGIBLE or SHORTLISTED application; once per juror (CONFLICT otherwise). Staff only.' })
  @Allow('STAFF')
  assignJuror(@Arg('input', () => AssignJurorInput, { description: 'The application and the juror.' }) input: AssignJurorInput, @Ctx() ctx: SubgraphContext) {
    return juryService(ctx).assign(input);
  }

  @Mutation(() => JuryAssignment, { description: 'Declares a conflict of interest on one’s own assignment: the juror can no longer score it and never counts. The assigned juror only.' })
  @Allow('JURY')
  declareConflictOfInterest(@Arg('input', () => DeclareConflictInput, { description: 'The juror’s assignment and the conflict declared.' }) input: DeclareConflictInput, @Ctx() ctx: SubgraphContext) {
    return juryService(ctx).declareConflict(input);
  }

  @Mutation(() => JuryAssignment, { description: 'Scores an assigned application on some criteria, each within its scale, while the edition is under REVIEW. The assigned juror only.' })
  @Allow('JURY')
  scoreApplication(@Arg('input', () => ScoreApplicationInput, { description: 'The juror’s assignment and the scores given.' }) input: ScoreApplicationInput, @Ctx() ctx: SubgraphContext) {
    return juryService(ctx).score(input);
  }
}

@Resolver(() => Application)
export class ApplicationJuryResolver {
  @FieldResolver(() => [JuryAssignment], { nullable: true, description: 'Its jury assignments; a juror sees only their own. Staff and the assigned jurors. Short list: the few jurors assigned to one application.' })
  @Allow('JURY')
  async juryAssignments(@Root() application: Application, @Ctx() ctx: SubgraphContext) {
    return (await assignmentsOfApplication(ctx).load(application.id)).filter((a) => juryPolicy.canSee(ctx.principal, a));
  }
}
