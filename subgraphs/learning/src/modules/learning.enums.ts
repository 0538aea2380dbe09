import { registerEnumType } from 'type-graphql';

export enum ProgramKind {
  TRAINING = 'TRAINING',
  COACHING = 'COACHING',
  INCUBATION = 'INCUBATION',
  TRAINING_OF_TRAINERS = 'TRAINING_OF_TRAINERS',
}
registerEnumType(ProgramKind, {
  name: 'ProgramKind',
  description: 'What a programme mainly does for the cooperatives (or trainers) it takes in.',
  valuesConfig: {
    TRAINING: { description: 'Training sessions for cooperatives.' },
    COACHING: { description: 'Individual coaching of cooperatives.' },
    INCUBATION: { description: 'Selection and support of (new) cooperatives over months.' },
    TRAINING_OF_TRAINERS: { description: 'Training and certification of trainers (e.g. the ILO COOP tools).' },
  },
});

export enum EnrollmentStatus {
  APPLIED = 'APPLIED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(EnrollmentStatus, {
  name: 'EnrollmentStatus',
  valuesConfig: {
    APPLIED: { description: 'Applied or selected; takes a place in the cohort.' },
    ACTIVE: { description: 'Following the programme.' },
    COMPLETED: { description: 'Went through the programme.' },
    WITHDRAWN: { description: 'Left before the end; frees its place.' },
  },
  description: 'Where an enrolment stands: APPLIED → ACTIVE → COMPLETED; APPLIED or ACTIVE may become WITHDRAWN. COMPLETED and WITHDRAWN are final.',
});

export enum Dimension {
  MANAGEMENT = 'MANAGEMENT',
  GOVERNANCE = 'GOVERNANCE',
  PRODUCTION = 'PRODUCTION',
  MARKET_ACCESS = 'MARKET_ACCESS',
  FINANCE = 'FINANCE',
  DIGITAL = 'DIGITAL',
}
registerEnumType(Dimension, {
  name: 'Dimension',
  description: 'A dimension of a cooperative’s needs assessment and development plan.',
  valuesConfig: {
    MANAGEMENT: { description: 'Administrative and day-to-day management.' },
    GOVERNANCE: { description: 'Cooperative governance: general assembly, board, members’ participation.' },
    PRODUCTION: { description: 'Production, processing and quality.' },
    MARKET_ACCESS: { description: 'Marketing, sales channels and access to markets.' },
    FINANCE: { description: 'Bookkeeping, financial management and access to finance.' },
    DIGITAL: { description: 'Digital tools and online presence.' },
  },
});

export enum ActionStatus {
  TODO = 'TODO',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(ActionStatus, {
  name: 'DevelopmentActionStatus',
  description: 'Where an action of a development plan stands. DONE and DROPPED are final.',
  valuesConfig: {
    TODO: { description: 'Not started.' },
    IN_PROGRESS: { description: 'Under way.' },
    DONE: { description: 'Done.' },
    DROPPED: { description: 'Given up; left out of the plan’s progress.' },
  },
});

export enum CoachingMode {
  ON_SITE = 'ON_SITE',
  REMOTE = 'REMOTE',
}
registerEnumType(CoachingMode, {
  name: 'CoachingMode',
  description: 'Whether a coaching session took place at the cooperative or at a distance.',
  valuesConfig: { ON_SITE: { description: 'At the cooperative.' }, REMOTE: { description: 'By phone or video.' } },
});

export enum CoopTool {
  THINK_COOP = 'THINK_COOP',
  START_COOP = 'START_COOP',
  MY_COOP = 'MY_COOP',
  MANAGE_COOP = 'MANAGE_COOP',
}
registerEnumType(CoopTool, {
  name: 'CoopTool',
  description: 'A training tool of the ILO COOP family a trainer can be certified on.',
  valuesConfig: {
    THINK_COOP: { description: 'Think.COOP: understanding the cooperative model.' },
    START_COOP: { description: 'Start.COOP: starting a cooperative.' },
    MY_COOP: { description: 'My.COOP: managing an agricultural cooperative.' },
    MANAGE_COOP: { description: 'Manage.COOP: managing a cooperative business.' },
  },
});

export enum CertificationLevel {
  TRAINER = 'TRAINER',
  MASTER_TRAINER = 'MASTER_TRAINER',
}
registerEnumType(CertificationLevel, {
  name: 'CertificationLevel',
  description: 'Level of a certification.',
  valuesConfig: { TRAINER: { description: 'May train cooperatives with the tool.' }, MASTER_TRAINER: { description: 'May also train and coach trainers.' } },
});

export enum CertificationStage {
  PARTICIPANT = 'PARTICIPANT',
  CANDIDATE = 'CANDIDATE',
  COACHED = 'COACHED',
  CERTIFIED = 'CERTIFIED',
}
registerEnumType(CertificationStage, {
  name: 'CertificationStage',
  description: 'The path to a certification: PARTICIPANT → CANDIDATE → COACHED → CERTIFIED.',
  valuesConfig: {
    PARTICIPANT: { description: 'Followed the training of trainers.' },
    CANDIDATE: { description: 'Selected to become a trainer.' },
    COACHED: { description: 'Delivered a training under the coaching of a master trainer.' },
    CERTIFIED: { description: 'Certified.' },
  },
});

export enum CertificationAction {
  ISSUED = 'ISSUED',
  RENEWED = 'RENEWED',
  SUSPENDED = 'SUSPENDED',
  REINSTATED = 'REINSTATED',
  REVOKED = 'REVOKED',
}
registerEnumType(CertificationAction, {
  name: 'CertificationAction',
  description: 'What a change in a certification’s audit trail did.',
  valuesConfig: {
    ISSUED: { description: 'Issued (ACTIVE).' },
    RENEWED: { description: 'Expiry date moved later.' },
    SUSPENDED: { description: 'Suspended, with a reason.' },
    REINSTATED: { description: 'Suspension lifted.' },
    REVOKED: { description: 'Revoked for good, with a reason.' },
  },
});

/** What is stored: EXPIRED is never stored, it is derived from the expiry date when read. */
export enum StoredCertificationStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
}

export enum CertificationStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
}
registerEnumType(CertificationStatus, {
  name: 'CertificationStatus',
  description: 'Status of a certification as of today.',
  valuesConfig: {
    ACTIVE: { description: 'Valid: issued, not expired, not suspended or revoked.' },
    EXPIRED: { description: 'Its expiry date has passed (derived from the date when read, never stored).' },
    SUSPENDED: { description: 'Suspended by staff, with a reason; may be reinstated.' },
    REVOKED: { description: 'Revoked by staff, with a reason; final.' },
  },
});

export enum VerificationStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  UNKNOWN_CODE = 'UNKNOWN_CODE',
}
registerEnumType(VerificationStatus, {
  name: 'VerificationStatus',
  description: 'The answer to a verification: the status of the certification, or UNKNOWN_CODE when no certification has this code.',
  valuesConfig: {
    ACTIVE: { description: 'Valid today.' },
    EXPIRED: { description: 'Its expiry date has passed.' },
    SUSPENDED: { description: 'Suspended.' },
    REVOKED: { description: 'Revoked.' },
    UNKNOWN_CODE: { description: 'No certification has this code.' },
  },
});
