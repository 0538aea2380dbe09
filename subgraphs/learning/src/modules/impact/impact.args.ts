import { ArgsType, Field, Int } from 'type-graphql';
import { ValidationError } from '@cooplab/kit';

export const PROGRAM_CODE_ARG = { nullable: true, description: 'Count only what happened within this programme (its code).' };
export const YEAR_ARG = { nullable: true, description: 'Count only what happened in this year.' };

/** Checks the figure filters: BAD_USER_INPUT naming the argument. */
export function figureFilters(programCode: string | null | undefined, year: number | null | undefined): { programCode: string | null; year: number | null } {
  if (year != null && (year < 2000 || year > 2100)) throw ValidationError.field('year', 'must be between 2000 and 2100');
  if (programCode != null && !/^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/.test(programCode.trim())) throw ValidationError.field('programCode', 'is not a programme code');
  return { programCode: programCode?.trim().toUpperCase() ?? null, year: year ?? null };
}

/** `year` and `programCode` of the figures of a region or country (declared in the order they print). */
@ArgsType()
export class FigureArgs {
  @Field(() => Int, YEAR_ARG)
  year?: number | null;

  @Field(() => String, PROGRAM_CODE_ARG)
  programCode?: string | null;
}
