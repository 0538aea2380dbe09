import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionOf, defineLoader, defineService, PageArgs, requireUuid, SignedIn, type SubgraphContext } from '@cooplab/kit';
import { IsOptional } from 'class-validator';
import { ApplicationStatus } from '../awards.enums.js';
import { Edition } from '../award/award.entity.js';
import { editionById } from '../award/award.loaders.js';
import { Cooperative, cooperativeRef } from '../federation/stubs.js';
import { scoreApplications } from '../prize/ranking.service.js';
import { Application, Ineligibility, ProjectHolder } from './application.entity.js';
import { ApplicationRefInput, CreateApplicationInput, ShortlistApplicationsInput } from './application.inputs.js';
import { applicationById, applicationsOfEdition, holdersOfApplication } from './application.loaders.js';
import { applicationPolicy } from './application.policy.js';
import { ApplicationService } from './application.service.js';

export const applicationService = defineService((ctx) => new ApplicationService(ctx.em, ctx.principal));

@ObjectType({ description: 'A page of applications.' })
export class ApplicationConnection extends ConnectionOf(Application, 'Application') {}

@ObjectType({ description: 'An application’s score from the jury.' })
export class ApplicationScore {
  @Field(() => Float, { nullable: true, description: 'The mean over the jurors who count of each juror’s weighted score (0–100); null until one juror has scored every criterion.' })
  score!: number | null;

  @Field(() => Int, { description: 'Jurors counted: assigned, not conflicted, every criterion scored.' })
  jurorsCounted!: number;
}

@InputType({ description: 'Filters an edition’s applications.' })
export class ApplicationFilter {
  @Field(() => [ApplicationStatus], { nullable: true, description: 'Only applications in these statuses.' })
  @IsOptional()
  statuses?: ApplicationStatus[] | null;
}

/** Scores of applications, per request: the edition's criteria and the jurors' marks, batched. */
const scoreOfApplication = defineLoader<string, ApplicationScore>(async (em, ids) => {
  const applications = await em.find(Application, { id: { $in: [...new Set(ids)] } });
  const editions = new Map((await em.find(Edition, { id: { $in: [...new Set(applications.map((a) => a.edition.id))] } })).map((e) => [e.id, e]));
  const result = new Map<string, ApplicationScore>();
  for (const edition of editions.values()) {
    const scores = await scoreApplications(em, edition, applications.filter((a) => a.edition.id === edition.id));
    for (const [id, s] of scores) result.set(id, s);
  }
  return ids.map((id) => result.get(id) ?? { score: null, jurorsCounted: 0 });
});

@Resolver(() => Application)
export class ApplicationResolver {
  @Query(() => Application, {
    nullable: true,
    description: 'An application by id; null when there is none or the caller may not see it (staff, partners, the applying cooperative, its assigned jurors).',
  })
  @SignedIn()
  async application(@Arg('id', () => ID, { description: 'The application’s id.' }) id: string, @Ctx() ctx: SubgraphContext) {
    return applicationPolicy.visible(ctx, await applicationById(ctx).load(requireUuid(id, 'id')));
  }

  @FieldResolver(() => Edition, { description: 'The edition applied to.' })
  async edition(@Root() application: Application, @Ctx() ctx: SubgraphContext) {
    return editionById(ctx).load(application.edition.id);
  }

  @FieldResolver(() => Cooperative, { nullable: true, description: 'The applying cooperative (owned by the catalog); null for project holders.' })
  cooperative(@Root() application: Application): Cooperative | null {
    return application.cooperativeId ? cooperativeRef(application.cooperativeId) : null;
  }

  @FieldResolver(() => [ProjectHolder], { nullable: true, description: 'The project holders, lead first. Personal data: staff and the jurors assigned to it; null for others. Short list: the few holders of one project.' })
  async projectHolders(@Root() application: Application, @Ctx() ctx: SubgraphContext) {
    if (!(await applicationPolicy.canSeePersonalData(ctx, application))) return null;
    return holdersOfApplication(ctx).load(application.id);
  }

  @FieldResolver(() => Ineligibility, { nullable: true, description: 'The rule it failed, when INELIGIBLE.' })
  ineligibility(@Root() application: Application): Ineligibility | null {
    return application.ineligibleRule ? { rule: application.ineligibleRule, reason: application.ineligibleReason ?? '' } : null;
  }

  @FieldResolver(() => ApplicationScore, { nullable: true, description: 'Its score from the jury. Staff only: applicants never see scores.' })
  @Allow('STAFF')
  score(@Root() application: Application, @Ctx() ctx: SubgraphContext) {
    return scoreOfApplication(ctx).load(application.id);
  }

  @Mutation(() => Application, {
    description:
      'Creates a draft application to an OPEN edition. A COOPERATIVE applies for itself only; staff file any, project holders’ included. ' +
      'One application per applicant and edition (CONFLICT otherwise).',
  })
  @Allow('COOPERATIVE')
  createApplication(@Arg('input', () => CreateApplicationInput, { description: 'The draft application: edition, applicant and the facts declared.' }) input: CreateApplicationInput, @Ctx() ctx: SubgraphContext) {
    return applicationService(ctx).create(input);
  }

  @Mutation(() => Application, {
    description: 'Submits a draft while the call is open; eligibility is checked at once on the facts declared (ELIGIBLE, or INELIGIBLE naming the rule). The applicant or staff.',
  })
  @Allow('COOPERATIVE')
  submitApplication(@Arg('input', () => ApplicationRefInput, { description: 'The application.' }) input: ApplicationRefInput, @Ctx() ctx: SubgraphContext) {
    return applicationService(ctx).submit(input);
  }

  @Mutation(() => Application, { description: 'Withdraws an application before the decision. The applicant or staff.' })
  @Allow('COOPERATIVE')
  withdrawApplication(@Arg('input', () => ApplicationRefInput, { description: 'The application.' }) input: ApplicationRefInput, @Ctx() ctx: SubgraphContext) {
    return applicationService(ctx).withdraw(input);
  }

  @Mutation(() => [Application], { description: 'Shortlists ELIGIBLE applications of an edition under REVIEW, for the jury. Staff only. Short list: at most the applications of one edition.' })
  @Allow('STAFF')
  shortlistApplications(@Arg('input', () => ShortlistApplicationsInput, { description: 'The edition and the applications to shortlist.' }) input: ShortlistApplicationsInput, @Ctx() ctx: SubgraphContext) {
    return applicationService(ctx).shortlist(input);
  }
}

@Resolver(() => Edition)
export class EditionApplicationsResolver {
  @FieldResolver(() => ApplicationConnection, {
    nullable: true,
    description:
      'Its applications the caller may see, in the order they were created: all of them for partners and staff, its own for a cooperative, ' +
      'the assigned ones for a juror (the same rule as `application`). Signed-in callers.',
  })
  @SignedIn()
  applications(
    @Root() edition: Edition,
    @Ctx() ctx: SubgraphContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ApplicationFilter, { nullable: true, description: 'Which applications.' }) filter?: ApplicationFilter,
  ) {
    const statuses = filter?.statuses?.length ? [...new Set(filter.statuses)].sort() : null;
    return applicationsOfEdition(ctx, edition.id, statuses, page);
  }
}
