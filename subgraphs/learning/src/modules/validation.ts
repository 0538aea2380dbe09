import { MOROCCO, Problems } from '@cooplab/kit';

export const PROGRAM_CODE = /^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/;
export const UUID_MESSAGE = 'must be a UUID';

/** A cooperative's place as given in an input: a Moroccan cooperative needs its region, others have none. */
export function checkPlace(countryCode: string, regionCode: string | null | undefined, problems: Problems, prefix = 'input'): void {
  if (countryCode === MOROCCO) problems.check(Boolean(regionCode), `${prefix}.regionCode`, 'is required for a Moroccan cooperative');
  else problems.check(!regionCode, `${prefix}.regionCode`, 'must be left out outside Morocco (regions are ISO 3166-2:MA)');
}
