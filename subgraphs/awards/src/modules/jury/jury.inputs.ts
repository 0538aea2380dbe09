import { ArrayMaxSize, ArrayMinSize, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsId } from '@cooplab/kit';

const NOT_BLANK = /\S/;

@InputType({ description: 'Assigns a juror to an application.' })
export class AssignJurorInput {
  @Field(() => ID, { description: 'The application (ELIGIBLE or SHORTLISTED).' })
  @IsId()
  applicationId!: string;

  @Field(() => String, { description: 'The juror: the subject of the juror’s JURY token.' })
  @MaxLength(200)
  @Matches(/^\S+$/, { message: 'must be a token subject (no spaces)' })
  jurorSubject!: string;

  @Field(() => String, { description: 'The juror’s name.' })
  @MaxLength(200)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  jurorName!: string;
}

@InputType({ description: 'A juror declares a conflict of interest on an assignment: from then on the juror cannot score it and never counts.' })
export class DeclareConflictInput {
  @Field(() => ID, { description: 'The juror’s assignment.' })
  @IsId()
  assignmentId!: string;

  @Field(() => String, { description: 'The conflict (e.g. a family tie with a member).' })
  @MaxLength(1000)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  reason!: string;
}

@InputType({ description: 'A score on one criterion.' })
export class CriterionScoreInput {
  @Field(() => String, { description: 'The criterion’s code.' })
  @MaxLength(30)
  criterion!: string;

  @Field(() => Int, { description: 'The score, from 0 to the criterion’s scale.' })
  @Min(0)
  @Max(100)
  value!: number;
}

@InputType({ description: 'A juror’s scores of an assigned application (replacing earlier ones of the same criteria).' })
export class ScoreApplicationInput {
  @Field(() => ID, { description: 'The juror’s assignment.' })
  @IsId()
  assignmentId!: string;

  @Field(() => [CriterionScoreInput], { description: 'Scores, one per criterion at most.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  scores!: CriterionScoreInput[];
}
