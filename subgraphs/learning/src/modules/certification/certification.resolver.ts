import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Allow, ConnectionOf, loadedOr, PageArgs, requireUuid, SignedIn, todayIso, type SubgraphContext } from '@cooplab/kit';
import { Organization, organizationRef } from '../catalog.stubs.js';
import { YEAR_ARG, figureFilters } from '../impact/impact.args.js';
import { CertificationStage, CertificationStatus, CoopTool } from '../learning.enums.js';
import { certificationById, eventsOfCertification } from './certification.loaders.js';
import { trainerById } from '../trainer/trainer.loaders.js';
import { Trainer } from '../trainer/trainer.entity.js';
import { requireSelfOrStaff } from '../trainer/trainer.policy.js';
import { Certification, CertificationEvent } from './certification.entity.js';
import { CertificationFilter, CertificationStatusChangeInput, IssueCertificationInput, RenewCertificationInput } from './certification.inputs.js';
import { effectiveStatus } from './certification.rules.js';
import { CertificationFigures, certificationFigures } from './certification.figures.js';
import { requireCanSeeCertification } from './certification.policy.js';
import { certificationService } from './certification.service.js';

@ObjectType({ description: 'A page of certifications.' })
export class CertificationConnection extends ConnectionOf(Certification, 'Certification') {}

@ObjectType({ description: 'The path that led to a certification: the stage reached and the date of each stage.' })
export class CertificationPath {
  @Field(() => CertificationStage, { description: 'The stage reached.' })
  stage!: CertificationStage;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Followed the training of trainers.' })
  participatedOn!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Selected as a candidate.' })
  candidateOn!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Delivered a training under the coaching of a master trainer.' })
  coachedOn!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Certified.' })
  certifiedOn!: string | null;
}

@Resolver(() => Certification)
export class CertificationResolver {
  @Query(() => CertificationConnection, { nullable: true, description: 'Certifications, soonest expiry first, filtered (status derived as of today). Partners and staff; null, with an error, for others.' })
  @Allow('PARTNER')
  certifications(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => CertificationFilter, { description: 'Conditions the certifications must all meet; every certification when left out.', nullable: true }) filter: CertificationFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return certificationService(ctx).list(filter, page);
  }

  @Query(() => Certification, { nullable: true, description: 'A certification by id; null when there is none. Partners, staff, and its trainer.' })
  @SignedIn()
  async certification(@Arg('id', () => ID, { description: 'The certification’s id (UUID).' }) id: string, @Ctx() ctx: SubgraphContext) {
    const found = await certificationById(ctx).load(requireUuid(id, 'id'));
    if (found) requireCanSeeCertification(ctx.principal, found.trainer.id);
    return found;
  }

  @Query(() => CertificationFigures, { description: 'Figures of trainer certification (F1), optionally for one tool or the certifications issued in one year. Public.' })
  certificationFigures(
    @Ctx() ctx: SubgraphContext,
    @Arg('tool', () => CoopTool, { description: 'Count certifications on this ILO COOP tool only; all tools when left out.', nullable: true }) tool?: CoopTool,
    @Arg('year', () => Int, YEAR_ARG) year?: number,
  ) {
    return certificationFigures(ctx.em, tool ?? null, figureFilters(null, year).year);
  }

  @FieldResolver(() => Trainer, { description: 'The trainer concerned.' })
  trainer(@Root() certification: Certification, @Ctx() ctx: SubgraphContext) {
    return loadedOr(certification.trainer, trainerById(ctx), certification.trainer.id);
  }

  @FieldResolver(() => CertificationStatus, { description: 'Status as of today: EXPIRED once expiresOn has passed (never stored, so never stale).' })
  status(@Root() certification: Certification): CertificationStatus {
    return effectiveStatus(certification.storedStatus, certification.expiresOn, todayIso());
  }

  @FieldResolver(() => CertificationPath, { description: 'The path that led to it.' })
  path(@Root() c: Certification): CertificationPath {
    return { stage: c.stage, participatedOn: c.participatedOn ?? null, candidateOn: c.candidateOn ?? null, coachedOn: c.coachedOn ?? null, certifiedOn: c.issuedOn };
  }

  @FieldResolver(() => Organization, { description: 'The issuing organisation (the ILO unless said otherwise).' })
  issuer(@Root() certification: Certification): Organization {
    return organizationRef(certification.issuerId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The code printed on the certificate, e.g. K7QX-M4PT-9WHR. The trainer themself and staff only; null, with an error, for others.' })
  @SignedIn()
  verificationCode(@Root() certification: Certification, @Ctx() ctx: SubgraphContext): string {
    requireSelfOrStaff(ctx.principal, certification.trainer.id);
    return certification.verificationCode;
  }

  @FieldResolver(() => [CertificationEvent], { nullable: true, description: 'Every change of its status, oldest first (append-only). Short list: a few status changes over a certification’s life. The trainer themself and staff only; null, with an error, for others.' })
  @SignedIn()
  history(@Root() certification: Certification, @Ctx() ctx: SubgraphContext) {
    requireSelfOrStaff(ctx.principal, certification.trainer.id);
    return eventsOfCertification(ctx).load(certification.id);
  }

  @Mutation(() => Certification, { description: 'Certifies a trainer on a tool (ACTIVE, with a fresh verification code). Staff only.' })
  @Allow('STAFF')
  issueCertification(@Arg('input', () => IssueCertificationInput, { description: 'The trainer, the tool and level, the issuing organisation and the dates of each step.' }) input: IssueCertificationInput, @Ctx() ctx: SubgraphContext) {
    return certificationService(ctx).issue(input, ctx.principal);
  }

  @Mutation(() => Certification, { description: 'Moves the expiry date of an active (or expired) certification later. Staff only.' })
  @Allow('STAFF')
  renewCertification(@Arg('input', () => RenewCertificationInput, { description: 'The certification, its new expiry date and why it is renewed.' }) input: RenewCertificationInput, @Ctx() ctx: SubgraphContext) {
    return certificationService(ctx).renew(input, ctx.principal);
  }

  @Mutation(() => Certification, { description: 'Suspends an active certification; the reason is required. Staff only.' })
  @Allow('STAFF')
  suspendCertification(@Arg('input', () => CertificationStatusChangeInput, { description: 'The certification and why it is suspended.' }) input: CertificationStatusChangeInput, @Ctx() ctx: SubgraphContext) {
    return certificationService(ctx).suspend(input, ctx.principal);
  }

  @Mutation(() => Certification, { description: 'Reinstates a suspended certification. Staff only.' })
  @Allow('STAFF')
  reinstateCertification(@Arg('input', () => CertificationStatusChangeInput, { description: 'The suspended certification and why it is reinstated.' }) input: CertificationStatusChangeInput, @Ctx() ctx: SubgraphContext) {
    return certificationService(ctx).reinstate(input, ctx.principal);
  }

  @Mutation(() => Certification, { description: 'Revokes a certification, for good; the reason is required. Staff only.' })
  @Allow('STAFF')
  revokeCertification(@Arg('input', () => CertificationStatusChangeInput, { description: 'The certification and why it is revoked (for good).' }) input: CertificationStatusChangeInput, @Ctx() ctx: SubgraphContext) {
    return certificationService(ctx).revoke(input, ctx.principal);
  }
}
