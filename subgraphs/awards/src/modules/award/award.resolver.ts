import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, defineService, Money, money, requireUuid, type SubgraphContext, LocalizedText } from '@cooplab/kit';
import { Organization, organizationRef } from '../federation/stubs.js';
import { AwardFigures, figureFilters, figuresLoader, NationalityWinners, subSaharanWinnersOfEdition } from '../figures/figures.js';
import { Award, Criterion, Edition, EditionSponsor, EligibilityRulesView } from './award.entity.js';
import { CreateAwardInput, CreateEditionInput, SetEditionStatusInput } from './award.inputs.js';
import { awardByCode, awardById, editionById, editionsOfAward, sponsorsOfEdition } from './award.loaders.js';
import { editionPolicy } from './award.policy.js';
import { AwardService } from './award.service.js';

export const awardService = defineService((ctx) => new AwardService(ctx.em));

const YEAR_ARG = { nullable: true, description: 'Count only the edition of this year.' };

@Resolver(() => Award)
export class AwardResolver {
  @Query(() => [Award], { description: 'The awards, by code. Public. Short list: the lab’s two prizes, and any new prize.' })
  async awards(@Ctx() ctx: SubgraphContext): Promise<Award[]> {
    const all = await ctx.em.find(Award, {}, { orderBy: { code: 'asc' } });
    return all;
  }

  @Query(() => Award, { nullable: true, description: 'An award by its code; null when there is none. Public.' })
  award(@Arg('code', () => String, { description: 'The award’s code, e.g. "LALLA-AL-MOUTAAOUINA".' }) code: string, @Ctx() ctx: SubgraphContext) {
    return awardByCode(ctx).load(code.trim().toUpperCase());
  }

  @Query(() => Edition, { name: 'edition', nullable: true, description: 'An edition by id; null when there is none (or it is a draft and the caller is not staff). Public.' })
  async editionQuery(@Arg('id', () => ID, { description: 'The edition’s id.' }) id: string, @Ctx() ctx: SubgraphContext) {
    return editionPolicy.visible(ctx.principal, await editionById(ctx).load(requireUuid(id, 'id')));
  }

  @FieldResolver(() => [Edition], { description: 'Its editions, by year (drafts for staff only). Public. Short list: one edition a year.' })
  async editions(@Root() award: Award, @Ctx() ctx: SubgraphContext): Promise<Edition[]> {
    return (await editionsOfAward(ctx).load(award.id)).filter((e) => editionPolicy.canSee(ctx.principal, e));
  }

  @FieldResolver(() => Edition, { nullable: true, description: 'Its edition of a year; null when there is none. Public.' })
  async edition(@Root() award: Award, @Arg('year', () => Int, { description: 'The year.' }) year: number, @Ctx() ctx: SubgraphContext) {
    const edition = (await editionsOfAward(ctx).load(award.id)).find((e) => e.year === year) ?? null;
    return editionPolicy.visible(ctx.principal, edition);
  }

  @FieldResolver(() => AwardFigures, { description: 'Its figures over all editions (or one year); with a sponsor, the winners and amount that sponsor funded. Public.' })
  figures(
    @Root() award: Award,
    @Ctx() ctx: SubgraphContext,
    @Arg('sponsorOrganizationId', () => ID, { nullable: true, description: 'Count only the prizes this organisation funded.' }) sponsorOrganizationId?: string,
    @Arg('year', () => Int, YEAR_ARG) year?: number,
  ) {
    const filters = figureFilters(null, year);
    const sponsor = sponsorOrganizationId ? requireUuid(sponsorOrganizationId, 'sponsorOrganizationId') : null;
    return figuresLoader(ctx).load({ scope: 'award', code: award.id, ...filters, sponsorOrganizationId: sponsor });
  }

  @Mutation(() => Award, { description: 'Creates an award; its code is unique (CONFLICT otherwise). Staff only.' })
  @Allow('STAFF')
  createAward(@Arg('input', () => CreateAwardInput, { description: 'The award to create.' }) input: CreateAwardInput, @Ctx() ctx: SubgraphContext) {
    return awardService(ctx).createAward(input);
  }
}

@Resolver(() => Edition)
export class EditionResolver {
  @FieldResolver(() => Award, { description: 'The award.' })
  async award(@Root() edition: Edition, @Ctx() ctx: SubgraphContext) {
    return awardById(ctx).load(edition.award.id);
  }

  @FieldResolver(() => Money, { description: 'The amount of each prize.' })
  prizeAmount(@Root() edition: Edition): Money {
    return money(edition.prizeAmountCentimes);
  }

  @FieldResolver(() => [EditionSponsor], { description: 'The sponsors, in the order they fund the prizes. Short list: the few sponsors of one edition.' })
  sponsors(@Root() edition: Edition, @Ctx() ctx: SubgraphContext) {
    return sponsorsOfEdition(ctx).load(edition.id);
  }

  @FieldResolver(() => [Criterion], { description: 'The weighted criteria jurors score against. Short list: the handful of criteria of one edition.' })
  criteria(@Root() edition: Edition): Criterion[] {
    return edition.criteria.map((c) => ({ ...c, name: Object.assign(new LocalizedText(), c.name) }));
  }

  @FieldResolver(() => EligibilityRulesView, { description: 'The eligibility rules, checked at submission.' })
  eligibilityRules(@Root() edition: Edition): EligibilityRulesView {
    return edition.rules;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who selected the winners (the staff member’s subject); null before. Staff only.' })
  @Allow('STAFF')
  decidedBy(@Root() edition: Edition): string | null {
    return edition.decidedBy ?? null;
  }

  @FieldResolver(() => AwardFigures, { description: 'Its figures: applications, winners, amount awarded. Public.' })
  figures(
    @Root() edition: Edition,
    @Ctx() ctx: SubgraphContext,
    @Arg('sponsorOrganizationId', () => ID, { nullable: true, description: 'Count only the prizes this organisation funded.' }) sponsorOrganizationId?: string,
  ) {
    const sponsor = sponsorOrganizationId ? requireUuid(sponsorOrganizationId, 'sponsorOrganizationId') : null;
    return figuresLoader(ctx).load({ scope: 'edition', code: edition.id, awardCode: null, year: null, sponsorOrganizationId: sponsor });
  }

  @FieldResolver(() => NationalityWinners, { description: 'Its winners carried by sub-Saharan nationals, and their nationalities. Public (counts only).' })
  subSaharanWinners(@Root() edition: Edition, @Ctx() ctx: SubgraphContext) {
    return subSaharanWinnersOfEdition(ctx).load(edition.id);
  }

  @Mutation(() => Edition, {
    description: 'Creates an edition (DRAFT): dates, prizes, sponsors funding them all, criteria and eligibility rules; one per award and year (CONFLICT otherwise). Staff only.',
  })
  @Allow('STAFF')
  createEdition(@Arg('input', () => CreateEditionInput, { description: 'The edition to create: award, year, dates, prizes, sponsors, criteria and rules.' }) input: CreateEditionInput, @Ctx() ctx: SubgraphContext) {
    return awardService(ctx).createEdition(input);
  }

  @Mutation(() => Edition, { description: 'Moves an edition: DRAFT → OPEN → REVIEW, DECIDED → CLOSED (CONFLICT for any other move). Staff only.' })
  @Allow('STAFF')
  setEditionStatus(@Arg('input', () => SetEditionStatusInput, { description: 'The edition and the status to move it to.' }) input: SetEditionStatusInput, @Ctx() ctx: SubgraphContext) {
    return awardService(ctx).setStatus(input);
  }
}

@Resolver(() => EditionSponsor)
export class EditionSponsorResolver {
  @FieldResolver(() => Organization, { description: 'The sponsoring organisation (owned by the catalog).' })
  organization(@Root() sponsor: EditionSponsor): Organization {
    return organizationRef(sponsor.organizationId);
  }
}
