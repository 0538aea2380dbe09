import { ApplicantKind, EligibilityRule } from '../awards.enums.js';

/** The eligibility rules of an edition; a rule left out (null) does not apply. */
export interface EligibilityRules {
  applicantKinds: ApplicantKind[];
  womenOnly: boolean;
  minAge: number | null;
  maxAge: number | null;
  maxYearsSinceRegistration: number | null;
  /** ISO 3166-1 alpha-2 codes; empty means any country. */
  allowedCountries: string[];
}

/** What an application declares, as the rules read it. */
export interface DeclaredFacts {
  kind: ApplicantKind;
  countryCode: string;
  /** The membership (or every project holder) is women only. */
  womenOnly: boolean;
  /** A cooperative's registration date (ISO); null for project holders. */
  registeredOn: string | null;
  /** The project holders' birth dates (ISO); empty for cooperatives. */
  holderBirthDates: string[];
}

export type EligibilityResult = { eligible: true } | { eligible: false; rule: EligibilityRule; reason: string };

/** Whole years between two ISO dates (a birthday or anniversary on `on` counts). */
export function yearsBetween(from: string, on: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  return oy - fy - (om < fm || (om === fm && od < fd) ? 1 : 0);
}

/**
 * Checks the declared facts against the rules, in a fixed order (kind, country, women only, ages, years since
 * registration), on `referenceDate` (the call's closing date): the first rule that fails is the one named.
 */
export function checkEligibility(rules: EligibilityRules, facts: DeclaredFacts, referenceDate: string): EligibilityResult {
  if (rules.applicantKinds.length && !rules.applicantKinds.includes(facts.kind)) {
    return { eligible: false, rule: EligibilityRule.APPLICANT_KIND, reason: `This edition accepts ${rules.applicantKinds.join(' and ').toLowerCase().replace('_', ' ')} only` };
  }
  if (rules.allowedCountries.length && !rules.allowedCountries.includes(facts.countryCode)) {
    return { eligible: false, rule: EligibilityRule.ALLOWED_COUNTRIES, reason: `The applicant must be based in ${rules.allowedCountries.join(', ')}` };
  }
  if (rules.womenOnly && !facts.womenOnly) {
    return { eligible: false, rule: EligibilityRule.WOMEN_ONLY, reason: 'The membership must be women only' };
  }
  const ages = facts.holderBirthDates.map((birth) => yearsBetween(birth, referenceDate));
  if (rules.minAge !== null && ages.some((age) => age < rules.minAge!)) {
    return { eligible: false, rule: EligibilityRule.MIN_AGE, reason: `Every project holder must be at least ${rules.minAge} on ${referenceDate}` };
  }
  if (rules.maxAge !== null && ages.some((age) => age > rules.maxAge!)) {
    return { eligible: false, rule: EligibilityRule.MAX_AGE, reason: `Every project holder must be at most ${rules.maxAge} on ${referenceDate}` };
  }
  if (rules.maxYearsSinceRegistration !== null && facts.kind === ApplicantKind.COOPERATIVE) {
    const years = facts.registeredOn === null ? Infinity : yearsBetween(facts.registeredOn, referenceDate);
    if (facts.registeredOn === null || facts.registeredOn > referenceDate || years >= rules.maxYearsSinceRegistration) {
      return {
        eligible: false,
        rule: EligibilityRule.YEARS_SINCE_REGISTRATION,
        reason: `The cooperative must have been registered less than ${rules.maxYearsSinceRegistration} years before ${referenceDate}`,
      };
    }
  }
  return { eligible: true };
}
