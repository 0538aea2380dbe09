import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Allow, defineService, IsId, Money, money, type SubgraphContext } from '@cooplab/kit';
import { Application } from '../application/application.entity.js';
import { applicationById } from '../application/application.loaders.js';
import { ApplicantKind } from '../awards.enums.js';
import { Edition, EditionSponsor } from '../award/award.entity.js';
import { editionById, sponsorById } from '../award/award.loaders.js';
import { editionPolicy } from '../award/award.policy.js';
import { Cooperative, cooperativeRef } from '../federation/stubs.js';
import { grants360 } from './grants360.js';
import { Prize } from './prize.entity.js';
import { prizesOfEdition } from './prize.loaders.js';
import { PrizeService } from './prize.service.js';
import { rankEdition } from './ranking.service.js';

export const prizeService = defineService((ctx) => new PrizeService(ctx.em, ctx.principal));

@ObjectType({ description: 'The public view of a winner: who won, never their personal data or scores.' })
export class Winner {
  @Field(() => ApplicantKind, { description: 'A cooperative or project holders.' })
  kind!: ApplicantKind;

  @Field(() => String, { description: 'The winner’s name: the cooperative’s, or the project’s.' })
  name!: string;

  @Field(() => String, { description: 'The project that won.' })
  projectTitle!: string;

  @Field(() => Cooperative, { nullable: true, description: 'The winning cooperative (owned by the catalog); null for project holders.' })
  cooperative!: Cooperative | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of the winner’s country.' })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2:MA code of the winner’s region; null outside Morocco.' })
  regionCode!: string | null;
}

@ObjectType({ description: 'An application’s place in its edition’s ranking.' })
export class RankedApplication {
  @Field(() => Int, { description: 'Its rank (1 is the best).' })
  rank!: number;

  @Field(() => Float, { nullable: true, description: 'Its score (0–100); null when no juror has completed a score.' })
  score!: number | null;

  @Field(() => Int, { description: 'Jurors counted in the score.' })
  jurorsCounted!: number;

  @Field(() => Application, { description: 'The application.' })
  application!: Application;
}

@InputType({ description: 'Selects the winners of an edition under review.' })
export class SelectWinnersInput {
  @Field(() => ID, { description: 'The edition.' })
  @IsId()
  editionId!: string;
}

const winnerOf = (a: Application): Winner => ({
  kind: a.kind,
  name: a.applicantName,
  projectTitle: a.projectTitle,
  cooperative: a.cooperativeId ? cooperativeRef(a.cooperativeId) : null,
  countryCode: a.countryCode,
  regionCode: a.regionCode ?? null,
});

@Resolver(() => Prize)
export class PrizeResolver {
  @FieldResolver(() => Edition, { description: 'The edition.' })
  async edition(@Root() prize: Prize, @Ctx() ctx: SubgraphContext) {
    return editionById(ctx).load(prize.edition.id);
  }

  @FieldResolver(() => Money, { description: 'The prize’s amount.' })
  amount(@Root() prize: Prize): Money {
    return money(prize.amountCentimes);
  }

  @FieldResolver(() => EditionSponsor, { nullable: true, description: 'The sponsor funding it.' })
  async sponsor(@Root() prize: Prize, @Ctx() ctx: SubgraphContext) {
    return prize.sponsor ? sponsorById(ctx).load(prize.sponsor.id) : null;
  }

  @FieldResolver(() => Winner, { description: 'Who won it (public view).' })
  async winner(@Root() prize: Prize, @Ctx() ctx: SubgraphContext): Promise<Winner> {
    return winnerOf((await applicationById(ctx).load(prize.application.id))!);
  }

  @Mutation(() => Edition, {
    description:
      'Selects the winners of an edition under REVIEW: the top of the ranking up to the number of prizes, each prize with its sponsor and amount; ' +
      'records who and when; the edition becomes DECIDED and its winners public. Runs once (CONFLICT afterwards, also for a concurrent call). Staff only.',
  })
  @Allow('STAFF')
  selectWinners(@Arg('input', () => SelectWinnersInput, { description: 'The edition.' }) input: SelectWinnersInput, @Ctx() ctx: SubgraphContext) {
    return prizeService(ctx).selectWinners(input.editionId);
  }
}

@Resolver(() => Edition)
export class EditionResultsResolver {
  @FieldResolver(() => [Prize], { description: 'Its prizes by rank, once decided (empty before). Public. Short list: at most the edition’s prize count (39 for Jil Moutadamine 2022).' })
  async winners(@Root() edition: Edition, @Ctx() ctx: SubgraphContext) {
    return editionPolicy.resultsPublic(edition) ? prizesOfEdition(ctx).load(edition.id) : [];
  }

  @FieldResolver(() => [RankedApplication], { nullable: true, description: 'The ranking of its shortlisted applications (tie rule: see `rank` in scoring.rules.ts: score, then jurors counted, then submission time). Staff only. Short list: the applications shortlisted in one edition, a few dozen.' })
  @Allow('STAFF')
  ranking(@Root() edition: Edition, @Ctx() ctx: SubgraphContext) {
    return rankEdition(ctx.em, edition);
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Its prizes as a 360Giving Data Standard package (`{ grants: [...] }`, amounts in MAD), for partners to publish; null until decided. Public.',
  })
  async grants360(@Root() edition: Edition, @Ctx() ctx: SubgraphContext) {
    return editionPolicy.resultsPublic(edition) ? grants360(ctx.em, edition) : null;
  }
}
