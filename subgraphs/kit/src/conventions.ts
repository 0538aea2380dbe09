/** Conventions of the whole graph: ISO codes of places and ISO-8601 dates. */
import type { Problems } from './errors.js';

/** ISO 3166-1 alpha-2 country code, e.g. "MA". */
export const COUNTRY_CODE = /^[A-Z]{2}$/;
/** ISO 3166-2:MA code of a Moroccan region, MA-01 … MA-12. */
export const REGION_CODE = /^MA-(0[1-9]|1[0-2])$/;
export const MOROCCO = 'MA';

export const COUNTRY_CODE_MESSAGE = 'must be an ISO 3166-1 alpha-2 code such as "MA"';
export const REGION_CODE_MESSAGE = 'must be a region code MA-01 … MA-12';

/** Today's date (UTC) as YYYY-MM-DD: the one clock every date rule compares with. */
export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** A cooperative's place as given in an input: a Moroccan cooperative needs its region, others have none. */
export function checkPlace(countryCode: string, regionCode: string | null | undefined, problems: Problems, prefix = 'input'): void {
  if (countryCode === MOROCCO) problems.check(Boolean(regionCode), `${prefix}.regionCode`, 'is required for a Moroccan cooperative');
  else problems.check(!regionCode, `${prefix}.regionCode`, 'must be left out outside Morocco (regions are ISO 3166-2:MA)');
}
