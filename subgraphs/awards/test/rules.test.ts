import { describe, expect, it } from 'vitest';
import { ApplicantKind, EligibilityRule } from '../src/modules/awards.enums.js';
import { checkEligibility, yearsBetween, type DeclaredFacts, type EligibilityRules } from '../src/modules/application/eligibility.rules.js';
import { applicationScore, jurorScore, rank, sponsorOfPrize } from '../src/modules/jury/scoring.rules.js';

const NO_RULES: EligibilityRules = { applicantKinds: [], womenOnly: false, minAge: null, maxAge: null, maxYearsSinceRegistration: null, allowedCountries: [] };
const coop: DeclaredFacts = { kind: ApplicantKind.COOPERATIVE, countryCode: 'MA', womenOnly: true, registeredOn: '2021-05-01', holderBirthDates: [] };
const holders: DeclaredFacts = { kind: ApplicantKind.PROJECT_HOLDERS, countryCode: 'MA', womenOnly: false, registeredOn: null, holderBirthDates: ['1995-06-30', '2000-01-01'] };
const failed = (rules: Partial<EligibilityRules>, facts: DeclaredFacts, on = '2022-06-30') => {
  const r = checkEligibility({ ...NO_RULES, ...rules }, facts, on);
  return r.eligible ? null : r.rule;
};

describe('eligibility rules', () => {
  it('counts whole years, a birthday on the day included', () => {
    expect(yearsBetween('2000-06-30', '2022-06-30')).toBe(22);
    expect(yearsBetween('2000-07-01', '2022-06-30')).toBe(21);
    expect(yearsBetween('2000-02-29', '2022-02-28')).toBe(21);
  });

  it('accepts everyone without rules', () => {
    expect(failed({}, coop)).toBeNull();
    expect(failed({}, holders)).toBeNull();
  });

  it('women only: a mixed membership fails, a women-only one passes', () => {
    expect(failed({ womenOnly: true }, { ...coop, womenOnly: false })).toBe(EligibilityRule.WOMEN_ONLY);
    expect(failed({ womenOnly: true }, coop)).toBeNull();
  });

  it('age limits apply to every project holder on the closing date, bounds included', () => {
    // Holders are 27 and 22 on 2022-06-30.
    expect(failed({ maxAge: 27 }, holders)).toBeNull();
    expect(failed({ maxAge: 26 }, holders)).toBe(EligibilityRule.MAX_AGE);
    expect(failed({ minAge: 22 }, holders)).toBeNull();
    expect(failed({ minAge: 23 }, holders)).toBe(EligibilityRule.MIN_AGE);
    expect(failed({ maxAge: 26 }, holders, '2022-06-29')).toBeNull();
  });

  it('years since registration: strictly fewer than the limit; a future registration fails', () => {
    expect(failed({ maxYearsSinceRegistration: 2 }, coop, '2023-04-30')).toBeNull();
    expect(failed({ maxYearsSinceRegistration: 2 }, coop, '2023-05-01')).toBe(EligibilityRule.YEARS_SINCE_REGISTRATION);
    expect(failed({ maxYearsSinceRegistration: 5 }, { ...coop, registeredOn: '2023-01-01' }, '2022-06-30')).toBe(EligibilityRule.YEARS_SINCE_REGISTRATION);
    expect(failed({ maxYearsSinceRegistration: 1 }, holders)).toBeNull();
  });

  it('allowed countries and applicant kinds', () => {
    expect(failed({ allowedCountries: ['MA'] }, { ...coop, countryCode: 'SN' })).toBe(EligibilityRule.ALLOWED_COUNTRIES);
    expect(failed({ allowedCountries: ['MA', 'SN'] }, { ...coop, countryCode: 'SN' })).toBeNull();
    expect(failed({ applicantKinds: [ApplicantKind.COOPERATIVE] }, holders)).toBe(EligibilityRule.APPLICANT_KIND);
  });

  it('names the first failing rule in a fixed order', () => {
    const r = checkEligibility({ ...NO_RULES, womenOnly: true, allowedCountries: ['MA'], maxAge: 20 }, { ...holders, countryCode: 'SN' }, '2022-06-30');
    expect(r).toMatchObject({ eligible: false, rule: EligibilityRule.ALLOWED_COUNTRIES });
  });
});

const CRITERIA = [
  { code: 'IMPACT', weight: 3, scale: 10 },
  { code: 'VIABILITY', weight: 1, scale: 20 },
];
const marks = (impact: number, viability: number, conflicted = false) => ({ conflicted, values: new Map([['IMPACT', impact], ['VIABILITY', viability]]) });

describe('scoring arithmetic', () => {
  it('a juror’s score is the weighted mean on a 0–100 scale', () => {
    // (3 × 80 + 1 × 50) / 4 = 72.5
    expect(jurorScore(CRITERIA, new Map([['IMPACT', 8], ['VIABILITY', 10]]))).toBe(72.5);
    expect(jurorScore(CRITERIA, new Map([['IMPACT', 10], ['VIABILITY', 20]]))).toBe(100);
  });

  it('an incomplete juror gives no score', () => {
    expect(jurorScore(CRITERIA, new Map([['IMPACT', 8]]))).toBeNull();
  });

  it('an application’s score is the mean over the jurors who count; conflicted jurors never count', () => {
    expect(applicationScore(CRITERIA, [marks(8, 10), marks(10, 20)])).toEqual({ score: 86.25, jurorsCounted: 2 });
    expect(applicationScore(CRITERIA, [marks(8, 10), marks(0, 0, true)])).toEqual({ score: 72.5, jurorsCounted: 1 });
    expect(applicationScore(CRITERIA, [marks(10, 20, true)])).toEqual({ score: null, jurorsCounted: 0 });
  });

  it('ranks by score, then jurors counted, then submission time, then id; unscored last', () => {
    const ranked = rank([
      { id: 'e', score: null, jurorsCounted: 0, submittedAt: '2022-01-01T00:00:00Z' },
      { id: 'd', score: 70, jurorsCounted: 2, submittedAt: '2022-03-01T00:00:00Z' },
      { id: 'c', score: 70, jurorsCounted: 2, submittedAt: '2022-02-01T00:00:00Z' },
      { id: 'b', score: 70, jurorsCounted: 3, submittedAt: '2022-04-01T00:00:00Z' },
      { id: 'a', score: 90, jurorsCounted: 1, submittedAt: '2022-05-01T00:00:00Z' },
      { id: 'f', score: 70, jurorsCounted: 2, submittedAt: '2022-02-01T00:00:00Z' },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['a', 'b', 'c', 'f', 'd', 'e']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('sponsors fund consecutive prizes in their order', () => {
    const sponsors = [{ name: 'OCP', prizeCount: 8 }, { name: 'MTAESS', prizeCount: 2 }];
    expect(sponsorOfPrize(sponsors, 1)!.name).toBe('OCP');
    expect(sponsorOfPrize(sponsors, 8)!.name).toBe('OCP');
    expect(sponsorOfPrize(sponsors, 9)!.name).toBe('MTAESS');
    expect(sponsorOfPrize(sponsors, 11)).toBeNull();
  });
});
