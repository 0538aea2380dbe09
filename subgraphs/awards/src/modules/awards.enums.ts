import { registerEnumType } from 'type-graphql';

export enum AwardTarget {
  WOMEN_COOPERATIVES = 'WOMEN_COOPERATIVES',
  YOUNG_COOPERATIVES_AND_PROJECT_HOLDERS = 'YOUNG_COOPERATIVES_AND_PROJECT_HOLDERS',
  COOPERATIVES = 'COOPERATIVES',
}
registerEnumType(AwardTarget, {
  name: 'AwardTarget',
  description: 'Whom an award is for.',
  valuesConfig: {
    WOMEN_COOPERATIVES: { description: 'Women’s cooperatives (Lalla Al Moutaaouina).' },
    YOUNG_COOPERATIVES_AND_PROJECT_HOLDERS: { description: 'Young cooperatives and young people carrying a cooperative project not yet registered (Jil Moutadamine).' },
    COOPERATIVES: { description: 'Registered cooperatives of any kind (the edition’s eligibility rules say which).' },
  },
});

export enum EditionStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  REVIEW = 'REVIEW',
  DECIDED = 'DECIDED',
  CLOSED = 'CLOSED',
}
registerEnumType(EditionStatus, {
  name: 'EditionStatus',
  description: 'Where an edition stands: DRAFT → OPEN → REVIEW → DECIDED → CLOSED.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; seen by staff only.' },
    OPEN: { description: 'The call is open: applications may be submitted between its opening and closing dates.' },
    REVIEW: { description: 'The call is closed; eligible applications are shortlisted and scored by the jury.' },
    DECIDED: { description: 'The winners are selected (once); they are public.' },
    CLOSED: { description: 'Archived.' },
  },
});

export enum ApplicantKind {
  COOPERATIVE = 'COOPERATIVE',
  PROJECT_HOLDERS = 'PROJECT_HOLDERS',
}
registerEnumType(ApplicantKind, {
  name: 'ApplicantKind',
  description: 'Who applies.',
  valuesConfig: {
    COOPERATIVE: { description: 'A registered cooperative.' },
    PROJECT_HOLDERS: { description: 'One or more people carrying a cooperative project not yet registered.' },
  },
});

export enum ApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ELIGIBLE = 'ELIGIBLE',
  INELIGIBLE = 'INELIGIBLE',
  SHORTLISTED = 'SHORTLISTED',
  AWARDED = 'AWARDED',
  NOT_SELECTED = 'NOT_SELECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'Where an application stands: DRAFT → SUBMITTED → ELIGIBLE or INELIGIBLE → SHORTLISTED → AWARDED or NOT_SELECTED, or WITHDRAWN.',
  valuesConfig: {
    DRAFT: { description: 'Being written by the applicant.' },
    SUBMITTED: { description: 'Submitted; the eligibility check runs in the same step, so a stored application moves on to ELIGIBLE or INELIGIBLE at once.' },
    ELIGIBLE: { description: 'Meets every eligibility rule of the edition on the facts declared.' },
    INELIGIBLE: { description: 'Fails an eligibility rule (`ineligibility` names it).' },
    SHORTLISTED: { description: 'Retained for the jury’s scoring.' },
    AWARDED: { description: 'Won a prize.' },
    NOT_SELECTED: { description: 'Not among the winners.' },
    WITHDRAWN: { description: 'Withdrawn by the applicant or staff before the decision.' },
  },
});

export enum EligibilityRule {
  APPLICANT_KIND = 'APPLICANT_KIND',
  WOMEN_ONLY = 'WOMEN_ONLY',
  MIN_AGE = 'MIN_AGE',
  MAX_AGE = 'MAX_AGE',
  YEARS_SINCE_REGISTRATION = 'YEARS_SINCE_REGISTRATION',
  ALLOWED_COUNTRIES = 'ALLOWED_COUNTRIES',
}
registerEnumType(EligibilityRule, {
  name: 'EligibilityRule',
  description: 'A rule of eligibility of an edition, checked at submission on the facts the application declares.',
  valuesConfig: {
    APPLICANT_KIND: { description: 'The edition accepts this kind of applicant (cooperatives, project holders).' },
    WOMEN_ONLY: { description: 'The membership (or the project holders) is made of women only.' },
    MIN_AGE: { description: 'Every project holder is at least the minimum age on the call’s closing date.' },
    MAX_AGE: { description: 'Every project holder is at most the maximum age on the call’s closing date.' },
    YEARS_SINCE_REGISTRATION: { description: 'A cooperative was registered at most so many years before the call’s closing date.' },
    ALLOWED_COUNTRIES: { description: 'The applicant is based in one of the allowed countries.' },
  },
});
