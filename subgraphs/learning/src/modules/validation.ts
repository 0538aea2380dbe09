import { Problems } from '@cooplab/kit';
import { todayIso } from './certification/certification.rules.js';

export const COUNTRY_CODE = /^[A-Z]{2}$/;
export const REGION_CODE = /^MA-(0[1-9]|1[0-2])$/;
export const PROGRAM_CODE = /^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/;
export const MOROCCO = 'MA';
export const UUID_MESSAGE = 'must be a UUID';

/** A cooperative's place as given in an input: a Moroccan cooperative needs its region, others have none. */
export function checkPlace(countryCode: string, regionCode: string | null | undefined, problems: Problems, prefix = 'input'): void {
  if (countryCode === MOROCCO) problems.check(Boolean(regionCode), `${prefix}.regionCode`, 'is required for a Moroccan cooperative');
  else problems.check(!regionCode, `${prefix}.regionCode`, 'must be left out outside Morocco (regions are ISO 3166-2:MA)');
}

/** Today's date (UTC), ISO: the same clock as the certification rules. */
export const today = (): string => todayIso();
