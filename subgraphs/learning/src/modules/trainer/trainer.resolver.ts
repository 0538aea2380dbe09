import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLEmailAddress } from 'graphql-scalars';
import { Allow, ConnectionOf, PageArgs, SignedIn, requireUuid, type SubgraphContext } from '@cooplab/kit';
import { Certification } from '../certification/certification.entity.js';
import { Country, Organization, countryRef, organizationRef } from '../catalog.stubs.js';
import { certificationsOfTrainer } from '../certification/certification.loaders.js';
import { trainerById } from './trainer.loaders.js';
import { Trainer } from './trainer.entity.js';
import { CreateTrainerInput, TrainerFilter } from './trainer.inputs.js';
import { requireCanSeeTrainer, requireSelfOrStaff } from './trainer.policy.js';
import { trainerService } from './trainer.service.js';

@ObjectType({ description: 'A page of trainers.' })
export class TrainerConnection extends ConnectionOf(Trainer, 'Trainer') {}

@ObjectType({ description: 'The caller, as the learning subgraph knows them.' })
export class Me {
  @Field(() => Trainer, { nullable: true, description: 'The caller’s trainer profile; null when the caller is not a trainer.' })
  trainer!: Trainer | null;
}

@Resolver(() => Trainer)
export class TrainerResolver {
  @Query(() => TrainerConnection, { nullable: true, description: 'Trainers, by name, filtered. Partners and staff; null, with an error, for others.' })
  @Allow('PARTNER')
  trainers(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => TrainerFilter, { description: 'Conditions the trainers must all meet; every trainer when left out.', nullable: true }) filter: TrainerFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return trainerService(ctx).list(filter, page);
  }

  @Query(() => Trainer, { nullable: true, description: 'A trainer by id; null when there is none. Partners, staff, and the trainer themself.' })
  @SignedIn()
  async trainer(@Arg('id', () => ID, { description: 'The trainer’s id (UUID).' }) id: string, @Ctx() ctx: SubgraphContext) {
    const trainerId = requireUuid(id, 'id');
    requireCanSeeTrainer(ctx.principal, trainerId);
    return trainerById(ctx).load(trainerId);
  }

  @Query(() => Me, { description: 'The caller: a signed-in trainer finds their profile and certifications here. Public (trainer is null for others).' })
  async me(@Ctx() ctx: SubgraphContext): Promise<Me> {
    const { principal } = ctx;
    const trainer = principal.role === 'TRAINER' && principal.trainerId ? await trainerById(ctx).load(principal.trainerId) : null;
    return { trainer };
  }

  @FieldResolver(() => GraphQLEmailAddress, { nullable: true, description: 'E-mail address. The trainer themself and staff only (FORBIDDEN for others).' })
  @SignedIn()
  email(@Root() trainer: Trainer, @Ctx() ctx: SubgraphContext): string | null {
    requireSelfOrStaff(ctx.principal, trainer.id);
    return trainer.email ?? null;
  }

  @FieldResolver(() => Country, { description: 'The country the trainer works in.' })
  country(@Root() trainer: Trainer): Country {
    return countryRef(trainer.countryCode);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation the trainer belongs to.' })
  organization(@Root() trainer: Trainer): Organization | null {
    return trainer.organizationId ? organizationRef(trainer.organizationId) : null;
  }

  @FieldResolver(() => [Certification], { description: 'The trainer’s certifications, by issue date (revoked ones included). Short list: one per tool and level, plus renewed or revoked ones.' })
  certifications(@Root() trainer: Trainer, @Ctx() ctx: SubgraphContext) {
    return certificationsOfTrainer(ctx).load(trainer.id);
  }

  @Mutation(() => Trainer, { description: 'Registers a trainer. Staff only.' })
  @Allow('STAFF')
  createTrainer(@Arg('input', () => CreateTrainerInput, { description: 'The trainer’s name, country, organisation and e-mail.' }) input: CreateTrainerInput, @Ctx() ctx: SubgraphContext) {
    return trainerService(ctx).create(input);
  }
}
