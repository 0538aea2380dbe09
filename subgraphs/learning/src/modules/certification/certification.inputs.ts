import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { COUNTRY_CODE, IsId } from '@cooplab/kit';
import { CertificationLevel, CertificationStatus, CoopTool } from '../learning.enums.js';

@InputType({ description: 'Certifies a trainer on a tool; the dates of the earlier stages of the path are optional but must come in order.' })
export class IssueCertificationInput {
  @Field(() => ID, { description: 'The trainer.' })
  @IsId()
  trainerId!: string;

  @Field(() => CoopTool, { description: 'The ILO COOP tool.' })
  tool!: CoopTool;

  @Field(() => CertificationLevel, { description: 'The certification level.' })
  level!: CertificationLevel;

  @Field(() => ID, { nullable: true, description: 'The issuing organisation (catalog id); the ILO unless given.' })
  @IsOptional()
  @IsId()
  issuerId?: string | null;

  @Field(() => GraphQLLocalDate, { description: 'Issue date: the day the trainer became CERTIFIED; not in the future.' })
  issuedOn!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last valid day; after issuedOn.' })
  expiresOn!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the trainer followed the training (PARTICIPANT).' })
  participatedOn?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the trainer was selected (CANDIDATE).' })
  candidateOn?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the trainer delivered a training under coaching (COACHED).' })
  coachedOn?: string | null;
}

@InputType({ description: 'Renews a certification until a new expiry date.' })
export class RenewCertificationInput {
  @Field(() => ID, { description: 'The certification.' })
  @IsId()
  certificationId!: string;

  @Field(() => GraphQLLocalDate, { description: 'The new last valid day: after the current one and not in the past.' })
  expiresOn!: string;

  @Field(() => String, { nullable: true, description: 'Why (kept in the audit trail); required to suspend or revoke.' })
  @IsOptional()
  @Length(3, 1000)
  reason?: string | null;
}

@InputType({ description: 'Suspends, reinstates or revokes a certification; the reason is required to suspend or revoke.' })
export class CertificationStatusChangeInput {
  @Field(() => ID, { description: 'The certification.' })
  @IsId()
  certificationId!: string;

  @Field(() => String, { nullable: true, description: 'Why (kept in the audit trail); required to suspend or revoke.' })
  @IsOptional()
  @Length(3, 1000)
  reason?: string | null;
}

@InputType({ description: 'Filters of a list of certifications; all given conditions must hold.' })
export class CertificationFilter {
  @Field(() => [CertificationStatus], { nullable: true, description: 'Statuses as of today (EXPIRED derived from the expiry date).' })
  @IsOptional()
  statuses?: CertificationStatus[] | null;

  @Field(() => [CoopTool], { nullable: true, description: 'Only these tools.' })
  @IsOptional()
  tools?: CoopTool[] | null;

  @Field(() => [String], { nullable: true, description: 'Countries of the trainers (ISO 3166-1 alpha-2).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(COUNTRY_CODE, { each: true, message: 'must be ISO 3166-1 alpha-2 codes such as "MA"' })
  countries?: string[] | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only certifications whose last valid day is before this date.' })
  expiringBefore?: string | null;
}
