/**
 * The shapes of the world: plain data, no ORM, no GraphQL. Enum-like fields are string-literal unions with the
 * same values as the subgraphs' GraphQL enums (each seed checks at compile time that they still agree).
 * Every entity carries its stable UUID (`stableId` of a natural key) so that slices refer to one another by id.
 */

export interface Localized {
  fr: string;
  ar: string | null;
  en: string | null;
}

export type Sector =
  | 'AGRICULTURE'
  | 'ARGAN'
  | 'AROMATIC_AND_MEDICINAL_PLANTS'
  | 'BEEKEEPING'
  | 'LIVESTOCK'
  | 'DAIRY'
  | 'FOOD_PROCESSING'
  | 'HANDICRAFT'
  | 'TEXTILE'
  | 'FISHING'
  | 'FORESTRY'
  | 'SERVICES'
  | 'TOURISM'
  | 'DIGITAL'
  | 'HOUSING';
export type CooperativeStatus = 'ACTIVE' | 'INACTIVE' | 'SUSPENDED' | 'DISSOLVED';
export type OrganizationKind = 'PUBLIC_AGENCY' | 'MINISTRY' | 'INTERNATIONAL_ORGANIZATION' | 'FOUNDATION' | 'UNIVERSITY' | 'SCHOOL' | 'COOPERATIVE_NETWORK';
export type ProductCategory =
  | 'ARGAN_OIL'
  | 'OLIVE_OIL'
  | 'SAFFRON'
  | 'HONEY'
  | 'DATES'
  | 'COUSCOUS_AND_PASTA'
  | 'AMLOU_AND_SPREADS'
  | 'ROSE_PRODUCTS'
  | 'AROMATIC_HERBS_AND_SPICES'
  | 'DRIED_FRUITS_AND_NUTS'
  | 'DAIRY_PRODUCTS'
  | 'COSMETICS'
  | 'CARPETS_AND_WEAVING'
  | 'POTTERY_AND_CERAMICS'
  | 'LEATHER_GOODS'
  | 'WOODWORK'
  | 'TEXTILES_AND_EMBROIDERY'
  | 'OTHER';
export type QualityLabel = 'IGP' | 'AOP' | 'LABEL_AGRICOLE' | 'ORGANIC' | 'FAIR_TRADE' | 'ONSSA_APPROVED' | 'HANDMADE_CERTIFIED';
export type ProductUnit = 'KILOGRAM' | 'GRAM' | 'LITRE' | 'MILLILITRE' | 'PIECE' | 'SQUARE_METRE';

export type ProgramKind = 'TRAINING' | 'COACHING' | 'INCUBATION' | 'TRAINING_OF_TRAINERS';
export type EnrollmentStatus = 'APPLIED' | 'ACTIVE' | 'COMPLETED' | 'WITHDRAWN';
export type Dimension = 'MANAGEMENT' | 'GOVERNANCE' | 'PRODUCTION' | 'MARKET_ACCESS' | 'FINANCE' | 'DIGITAL';
export type ActionStatus = 'TODO' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';
export type CoachingMode = 'ON_SITE' | 'REMOTE';
export type CoopTool = 'THINK_COOP' | 'START_COOP' | 'MY_COOP' | 'MANAGE_COOP';
export type CertificationLevel = 'TRAINER' | 'MASTER_TRAINER';

// ---------------------------------------------------------------- places and organisations

export interface WorldCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: Localized;
}

export interface WorldRegion {
  /** ISO 3166-2:MA, MA-01 … MA-12. */
  code: string;
  name: Localized;
  capital: string;
  latitude: number;
  longitude: number;
}

export interface WorldOrganization {
  id: string;
  /** Natural key (odco, ilo, ministry-ess, …): `id` is `stableId('organization', key)`. */
  key: string;
  acronym: string;
  name: Localized;
  kind: OrganizationKind;
  countryCode: string;
  website: string | null;
  /** Member cooperatives (a network's founders), with the day each joined; `id` is the membership's. */
  members: { id: string; cooperativeId: string; registryNumber: string; joinedOn: string }[];
}

// ---------------------------------------------------------------- cooperatives and products

export interface WorldCooperative {
  /** `stableId('cooperative', registryNumber)`. */
  id: string;
  registryNumber: string;
  name: Localized;
  sector: Sector;
  activity: string;
  /** Null outside Morocco. */
  regionCode: string | null;
  province: string | null;
  commune: string | null;
  countryCode: string;
  foundedOn: string;
  membersTotal: number;
  membersWomen: number;
  membersYouth: number;
  status: CooperativeStatus;
  phone: string | null;
  email: string | null;
  address: string | null;
}

export interface WorldProduct {
  /** `stableId('product', key)`. */
  id: string;
  /** `<registry number>:<slug>`. */
  key: string;
  cooperativeId: string;
  cooperativeRegistryNumber: string;
  category: ProductCategory;
  name: Localized;
  description: Localized;
  unit: ProductUnit;
  priceCentimes: number;
  labels: QualityLabel[];
  published: boolean;
  stock: number;
}

// ---------------------------------------------------------------- learning

export interface WorldProgram {
  /** `stableId('program', code)`. */
  id: string;
  code: string;
  name: Localized;
  kind: ProgramKind;
  partnerIds: string[];
  targetCooperatives: number | null;
  startsOn: string | null;
}

export interface WorldCohort {
  /** `stableId('cohort', key)`. */
  id: string;
  key: string;
  programId: string;
  programCode: string;
  name: string;
  startsOn: string;
  endsOn: string | null;
  regionCodes: string[];
  capacity: number;
}

export interface WorldEnrollment {
  id: string;
  cohortId: string;
  cooperativeId: string;
  status: EnrollmentStatus;
  appliedOn: string;
  startedOn: string | null;
  completedOn: string | null;
  withdrawnOn: string | null;
}

export interface WorldTrainingSession {
  id: string;
  cohortId: string;
  module: string;
  heldOn: string;
  hours: number;
  trainerId: string | null;
}

export interface WorldAttendance {
  id: string;
  sessionId: string;
  cooperativeId: string;
  participantsWomen: number;
  participantsMen: number;
}

export interface WorldCoachingSession {
  id: string;
  cooperativeId: string;
  programId: string;
  /** A trainer of the world, or null when the coach is named instead (a consultant, a volunteer). */
  trainerId: string | null;
  coachName: string | null;
  heldOn: string;
  minutes: number;
  topic: string;
  mode: CoachingMode;
}

export interface WorldAssessment {
  id: string;
  cooperativeId: string;
  assessedOn: string;
  assessor: string;
  scores: Record<Dimension, number>;
  notes: string | null;
}

export interface WorldDevelopmentAction {
  id: string;
  cooperativeId: string;
  dimension: Dimension;
  action: string;
  dueOn: string;
  status: ActionStatus;
}

export interface WorldTrainer {
  /** `stableId('trainer', key)`; the key `demo` is the demo trainer principal. */
  id: string;
  key: string;
  name: string;
  countryCode: string;
  organizationId: string | null;
  email: string | null;
}

export interface WorldCertification {
  /** `stableId('certification', '<trainer key>:<index>')`. */
  id: string;
  trainerId: string;
  tool: CoopTool;
  level: CertificationLevel;
  participatedOn: string;
  candidateOn: string;
  coachedOn: string;
  issuerId: string;
  issuedOn: string;
  expiresOn: string;
  /** Set when the certification was revoked, with the reason. */
  revoked: { on: string; reason: string } | null;
}

export interface LearningSlice {
  programs: WorldProgram[];
  cohorts: WorldCohort[];
  enrollments: WorldEnrollment[];
  trainingSessions: WorldTrainingSession[];
  attendance: WorldAttendance[];
  coachingSessions: WorldCoachingSession[];
  assessments: WorldAssessment[];
  developmentActions: WorldDevelopmentAction[];
  trainers: WorldTrainer[];
  certifications: WorldCertification[];
}

// ---------------------------------------------------------------- networking (Rawabit)

export type ValueChain =
  | 'ARGAN'
  | 'OLIVE'
  | 'DATES'
  | 'HONEY'
  | 'DAIRY'
  | 'AROMATIC_AND_MEDICINAL_PLANTS'
  | 'CACTUS'
  | 'CEREALS_AND_COUSCOUS'
  | 'SAFFRON'
  | 'SEAFOOD'
  | 'TEXTILE_AND_WEAVING'
  | 'POTTERY_AND_CERAMICS'
  | 'LEATHER'
  | 'WOODWORK'
  | 'TOURISM';
export type MatchKind = 'COOPERATIVE' | 'EXPERT';
export type MatchStatus = 'SUGGESTED' | 'PROPOSED' | 'ACCEPTED' | 'DECLINED' | 'MET';
export type OpportunityKind = 'JOINT_SALE' | 'SUPPLY_AGREEMENT' | 'SHARED_LOGISTICS' | 'CO_BRANDING' | 'SUBCONTRACTING' | 'TRAINING_EXCHANGE' | 'EXPERT_MISSION';
export type OpportunityStatus = 'OPEN' | 'IN_PROGRESS' | 'WON' | 'LOST';

/** A cooperative's networking profile: tags (codes of the networking vocabulary) stored sorted and distinct. */
export interface WorldNetworkProfile {
  cooperativeId: string;
  countryCode: string;
  regionCode: string | null;
  /** Its regional capital's coordinates; null outside Morocco. */
  latitude: number | null;
  longitude: number | null;
  valueChain: ValueChain;
  offers: string[];
  needs: string[];
  languages: string[];
  openToMeetings: boolean;
}

export interface WorldExpert {
  id: string;
  name: string;
  organizationId: string | null;
  expertise: string[];
  languages: string[];
  regionCodes: string[];
  countryCode: string;
  available: boolean;
  email: string;
  phone: string;
}

export interface WorldMatch {
  id: string;
  kind: MatchKind;
  cooperativeId: string;
  partnerCooperativeId: string | null;
  expertId: string | null;
  status: MatchStatus;
  score: number;
  reasons: string[];
  /** ISO-8601 instants. */
  proposedAt: string | null;
  respondedAt: string | null;
  metAt: string | null;
  meetingId: string | null;
}

export interface WorldNetworkingEvent {
  id: string;
  name: Localized;
  startsOn: string;
  endsOn: string;
  place: string | null;
  online: boolean;
  dayStartsAt: string;
  dayEndsAt: string;
  slotMinutes: number;
  maxMeetingsPerParticipant: number;
  organizerIds: string[];
}

export interface WorldEventParticipant {
  id: string;
  eventId: string;
  /** A cooperative id or an expert id. */
  participantId: string;
  kind: MatchKind;
}

/** A meeting of a match at an event; each side holds a seat for its slot. */
export interface WorldMeeting {
  id: string;
  eventId: string;
  matchId: string;
  startsAt: string;
  endsAt: string;
  participantIds: [string, string];
}

export interface WorldOpportunity {
  id: string;
  matchId: string;
  cooperativeId: string;
  kind: OpportunityKind;
  title: string;
  status: OpportunityStatus;
  estimatedValueCentimes: number;
  realisedValueCentimes: number | null;
  openedOn: string;
  closedOn: string | null;
}

export interface NetworkingSlice {
  profiles: WorldNetworkProfile[];
  experts: WorldExpert[];
  matches: WorldMatch[];
  events: WorldNetworkingEvent[];
  participants: WorldEventParticipant[];
  meetings: WorldMeeting[];
  opportunities: WorldOpportunity[];
}

// ---------------------------------------------------------------- awards

export type AwardTarget = 'WOMEN_COOPERATIVES' | 'YOUNG_COOPERATIVES_AND_PROJECT_HOLDERS' | 'COOPERATIVES';
export type EditionStatus = 'DRAFT' | 'OPEN' | 'REVIEW' | 'DECIDED' | 'CLOSED';
export type ApplicantKind = 'COOPERATIVE' | 'PROJECT_HOLDERS';
export type ApplicationStatus = 'DRAFT' | 'SUBMITTED' | 'ELIGIBLE' | 'INELIGIBLE' | 'SHORTLISTED' | 'AWARDED' | 'NOT_SELECTED' | 'WITHDRAWN';
export type EligibilityRule = 'APPLICANT_KIND' | 'WOMEN_ONLY' | 'MIN_AGE' | 'MAX_AGE' | 'YEARS_SINCE_REGISTRATION' | 'ALLOWED_COUNTRIES';

export interface WorldAward {
  /** `stableId('award', code)`. */
  id: string;
  code: string;
  name: Localized;
  purpose: Localized;
  target: AwardTarget;
}

export interface WorldCriterion {
  code: string;
  name: Localized;
  weight: number;
  /** Scores go from 0 to this value. */
  scale: number;
}

export interface WorldEligibilityRules {
  /** Empty: anyone. */
  applicantKinds: ApplicantKind[];
  womenOnly: boolean;
  minAge: number | null;
  maxAge: number | null;
  maxYearsSinceRegistration: number | null;
  /** Empty: any country. */
  allowedCountries: string[];
}

export interface WorldEditionSponsor {
  /** `stableId('edition-sponsor', '<edition id>:<organisation key>')`. */
  id: string;
  organizationId: string;
  name: string;
  /** Sponsors fund consecutive prizes in their order (`position`): the first the best ranked. */
  prizeCount: number;
  position: number;
}

export interface WorldEdition {
  /** `stableId('edition', '<award code>:<year>')`. */
  id: string;
  awardId: string;
  year: number;
  opensOn: string;
  closesOn: string;
  status: EditionStatus;
  prizeCount: number;
  prizeAmountCentimes: number;
  criteria: WorldCriterion[];
  rules: WorldEligibilityRules;
  /** ISO date-time of the decision, and who took it; null before. */
  decidedAt: string | null;
  decidedBy: string | null;
  sponsors: WorldEditionSponsor[];
}

export interface WorldProjectHolder {
  id: string;
  fullName: string;
  birthDate: string;
  nationality: string;
  email: string;
}

export interface WorldApplication {
  id: string;
  editionId: string;
  kind: ApplicantKind;
  /** The applying cooperative (COOPERATIVE), null for project holders. */
  cooperativeId: string | null;
  /** One application per applicant and edition: the cooperative's id, or `holder:<lead holder's e-mail>`. */
  applicantKey: string;
  applicantName: string;
  projectTitle: string;
  countryCode: string;
  regionCode: string | null;
  /** Declared facts the eligibility rules are checked on. */
  womenOnly: boolean;
  registeredOn: string | null;
  status: ApplicationStatus;
  ineligibleRule: EligibilityRule | null;
  ineligibleReason: string | null;
  /** ISO date-time. */
  submittedAt: string;
  /** The project holders, lead first (PROJECT_HOLDERS only). */
  holders: WorldProjectHolder[];
}

export interface WorldPrize {
  /** `stableId('prize', application id)`. */
  id: string;
  editionId: string;
  applicationId: string;
  rank: number;
  sponsorId: string;
  amountCentimes: number;
  awardedOn: string;
}

export interface WorldJuryAssignment {
  id: string;
  applicationId: string;
  /** The juror: the subject of a JURY principal. */
  jurorSubject: string;
  jurorName: string;
  /** ISO date-time. */
  assignedAt: string;
}

export interface WorldJuryScore {
  id: string;
  assignmentId: string;
  criterionCode: string;
  value: number;
}

export interface AwardsSlice {
  awards: WorldAward[];
  editions: WorldEdition[];
  applications: WorldApplication[];
  prizes: WorldPrize[];
  juryAssignments: WorldJuryAssignment[];
  juryScores: WorldJuryScore[];
}
