import { Arg, Args, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionOf, loadedOr, PageArgs, type SubgraphContext } from '@cooplab/kit';
import { Enrollment } from '../enrollment/enrollment.entity.js';
import { Organization, Region, organizationRef, regionRef } from '../catalog.stubs.js';
import { YEAR_ARG } from '../impact/impact.args.js';
import { LearningFigures } from '../impact/impact.figures.js';
import { figuresOf } from '../impact/impact.loaders.js';
import { ProgramKind } from '../learning.enums.js';
import { enrollmentsOfCohort } from '../enrollment/enrollment.loaders.js';
import { cohortsOfProgram, programByCode, programById } from './program.loaders.js';
import { Cohort, Program } from './program.entity.js';
import { CreateCohortInput, CreateProgramInput } from './program.inputs.js';
import { programService } from './program.service.js';

@ObjectType({ description: 'A page of programmes.' })
export class ProgramConnection extends ConnectionOf(Program, 'Program') {}

@ObjectType({ description: 'A page of cohorts.' })
export class CohortConnection extends ConnectionOf(Cohort, 'Cohort') {}

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => ProgramConnection, { description: 'Programmes, by code. Public.' })
  programs(
    @Ctx() ctx: SubgraphContext,
    @Arg('kind', () => ProgramKind, { description: 'Only programmes of this kind; all of them when left out.', nullable: true }) kind: ProgramKind | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return programService(ctx).list(kind, page);
  }

  @Query(() => Program, { nullable: true, description: 'A programme by code (case ignored); null when there is none. Public.' })
  program(@Arg('code', () => String, { description: 'The programme’s code, e.g. MOURAFAKA.' }) code: string, @Ctx() ctx: SubgraphContext) {
    return programByCode(ctx).load(code.trim().toUpperCase());
  }

  @Query(() => CohortConnection, { description: 'Cohorts, of one programme when its code is given, by start date. Public.' })
  cohorts(
    @Ctx() ctx: SubgraphContext,
    @Arg('programCode', () => String, { description: 'Only the cohorts of this programme (its code); all cohorts when left out.', nullable: true }) programCode: string | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return programService(ctx).cohorts(programCode, page);
  }

  @FieldResolver(() => [Organization], { description: 'Partner organisations of the programme. Short list: the handful of partners of one programme.' })
  partners(@Root() program: Program): Organization[] {
    return program.partnerIds.map(organizationRef);
  }

  @FieldResolver(() => [Cohort], { name: 'cohorts', description: 'Its cohorts, by start date. Short list: a programme runs a few cohorts (Mourafaka: three phases).' })
  cohortList(@Root() program: Program, @Ctx() ctx: SubgraphContext) {
    return cohortsOfProgram(ctx).load(program.id);
  }

  @FieldResolver(() => LearningFigures, { description: 'What the programme achieved (certifiedTrainers is null here).' })
  figures(@Root() program: Program, @Ctx() ctx: SubgraphContext, @Arg('year', () => Int, YEAR_ARG) year?: number) {
    return figuresOf(ctx, 'program', program.code, { year });
  }

  @Mutation(() => Program, { description: 'Creates a programme. Staff only.' })
  @Allow('STAFF')
  createProgram(@Arg('input', () => CreateProgramInput, { description: 'The programme’s code, names, kind, partners, target and start.' }) input: CreateProgramInput, @Ctx() ctx: SubgraphContext) {
    return programService(ctx).create(input);
  }

  @Mutation(() => Cohort, { description: 'Creates a cohort of a programme. Staff only.' })
  @Allow('STAFF')
  createCohort(@Arg('input', () => CreateCohortInput, { description: 'The programme, the cohort’s name, dates, regions and capacity.' }) input: CreateCohortInput, @Ctx() ctx: SubgraphContext) {
    return programService(ctx).createCohort(input);
  }
}

@Resolver(() => Cohort)
export class CohortResolver {
  @FieldResolver(() => Program, { description: 'The programme.' })
  program(@Root() cohort: Cohort, @Ctx() ctx: SubgraphContext) {
    return loadedOr(cohort.program, programById(ctx), cohort.program.id);
  }

  @FieldResolver(() => [Region], { description: 'The regions it covers. Short list: at most 12 regions.' })
  regions(@Root() cohort: Cohort): Region[] {
    return cohort.regionCodes.map(regionRef);
  }

  @FieldResolver(() => [Enrollment], { nullable: true, description: 'Its enrolments, by application date. Partners and staff; null, with an error, for others, so that the public cohort beside it stays. Short list: at most the cohort’s capacity.' })
  @Allow('PARTNER')
  enrollments(@Root() cohort: Cohort, @Ctx() ctx: SubgraphContext) {
    return enrollmentsOfCohort(ctx).load(cohort.id);
  }

  @FieldResolver(() => LearningFigures, { description: 'What the cohort achieved: its cooperatives enrolled, trained, and coached within its programme.' })
  figures(@Root() cohort: Cohort, @Ctx() ctx: SubgraphContext, @Arg('year', () => Int, YEAR_ARG) year?: number) {
    return figuresOf(ctx, 'cohort', cohort.id, { year });
  }
}
