/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Level of a certification. */
export type CertificationLevel =
  /** May also train and coach trainers. */
  | 'MASTER_TRAINER'
  /** May train cooperatives with the tool. */
  | 'TRAINER';

/** Whether a coaching session took place at the cooperative or at a distance. */
export type CoachingMode =
  /** At the cooperative. */
  | 'ON_SITE'
  /** By phone or video. */
  | 'REMOTE';

/** A training tool of the ILO COOP family a trainer can be certified on. */
export type CoopTool =
  /** Manage.COOP: managing a cooperative business. */
  | 'MANAGE_COOP'
  /** My.COOP: managing an agricultural cooperative. */
  | 'MY_COOP'
  /** Start.COOP: starting a cooperative. */
  | 'START_COOP'
  /** Think.COOP: understanding the cooperative model. */
  | 'THINK_COOP';

/** Where an action of a development plan stands. DONE and DROPPED are final. */
export type DevelopmentActionStatus =
  /** Done. */
  | 'DONE'
  /** Given up; left out of the plan’s progress. */
  | 'DROPPED'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'TODO';

/** A dimension of a cooperative’s needs assessment and development plan. */
export type Dimension =
  /** Digital tools and online presence. */
  | 'DIGITAL'
  /** Bookkeeping, financial management and access to finance. */
  | 'FINANCE'
  /** Cooperative governance: general assembly, board, members’ participation. */
  | 'GOVERNANCE'
  /** Administrative and day-to-day management. */
  | 'MANAGEMENT'
  /** Marketing, sales channels and access to markets. */
  | 'MARKET_ACCESS'
  /** Production, processing and quality. */
  | 'PRODUCTION';

/** Where an enrolment stands: APPLIED → ACTIVE → COMPLETED; APPLIED or ACTIVE may become WITHDRAWN. COMPLETED and WITHDRAWN are final. */
export type EnrollmentStatus =
  /** Following the programme. */
  | 'ACTIVE'
  /** Applied or selected; takes a place in the cohort. */
  | 'APPLIED'
  /** Went through the programme. */
  | 'COMPLETED'
  /** Left before the end; frees its place. */
  | 'WITHDRAWN';

/** Category of a product on the marketplace. */
export type ProductCategory =
  | 'AMLOU_AND_SPREADS'
  | 'ARGAN_OIL'
  | 'AROMATIC_HERBS_AND_SPICES'
  | 'CARPETS_AND_WEAVING'
  | 'COSMETICS'
  | 'COUSCOUS_AND_PASTA'
  | 'DAIRY_PRODUCTS'
  | 'DATES'
  | 'DRIED_FRUITS_AND_NUTS'
  | 'HONEY'
  | 'LEATHER_GOODS'
  | 'OLIVE_OIL'
  | 'OTHER'
  | 'POTTERY_AND_CERAMICS'
  | 'ROSE_PRODUCTS'
  | 'SAFFRON'
  | 'TEXTILES_AND_EMBROIDERY'
  | 'WOODWORK';

/** The unit a product is sold by. */
export type ProductUnit =
  | 'GRAM'
  | 'KILOGRAM'
  | 'LITRE'
  | 'MILLILITRE'
  | 'PIECE'
  | 'SQUARE_METRE';

/** What a programme mainly does for the cooperatives (or trainers) it takes in. */
export type ProgramKind =
  /** Individual coaching of cooperatives. */
  | 'COACHING'
  /** Selection and support of (new) cooperatives over months. */
  | 'INCUBATION'
  /** Training sessions for cooperatives. */
  | 'TRAINING'
  /** Training and certification of trainers (e.g. the ILO COOP tools). */
  | 'TRAINING_OF_TRAINERS';

/** Quality sign of a product. */
export type QualityLabel =
  /** Appellation d'origine protégée (protected designation of origin). */
  | 'AOP'
  /** Fair-trade certified. */
  | 'FAIR_TRADE'
  /** Certified handmade (craft label). */
  | 'HANDMADE_CERTIFIED'
  /** Indication géographique protégée (protected geographical indication). */
  | 'IGP'
  /** Moroccan agricultural label. */
  | 'LABEL_AGRICOLE'
  /** Sanitary approval of the national food safety office (ONSSA). */
  | 'ONSSA_APPROVED'
  /** Certified organic. */
  | 'ORGANIC';

/** Sector of activity of a cooperative. */
export type Sector =
  | 'AGRICULTURE'
  | 'ARGAN'
  | 'AROMATIC_AND_MEDICINAL_PLANTS'
  | 'BEEKEEPING'
  | 'DAIRY'
  | 'DIGITAL'
  | 'FISHING'
  | 'FOOD_PROCESSING'
  | 'FORESTRY'
  | 'HANDICRAFT'
  | 'HOUSING'
  | 'LIVESTOCK'
  | 'SERVICES'
  | 'TEXTILE'
  | 'TOURISM';

/** The answer to a verification: the status of the certification, or UNKNOWN_CODE when no certification has this code. */
export type VerificationStatus =
  /** Valid today. */
  | 'ACTIVE'
  /** Its expiry date has passed. */
  | 'EXPIRED'
  /** Revoked. */
  | 'REVOKED'
  /** Suspended. */
  | 'SUSPENDED'
  /** No certification has this code. */
  | 'UNKNOWN_CODE';

export type CooperativeContactsQueryVariables = Exact<{
  id: string | number;
}>;


export type CooperativeContactsQuery = { cooperative: { phone: string | null, email: string | null, address: string | null, name: { fr: string }, networks: Array<{ acronym: string }> } | null };

export type CooperativesByRegionQueryVariables = Exact<{
  region?: string;
  after?: string | null | undefined;
}>;


export type CooperativesByRegionQuery = { cooperatives: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, registryNumber: string, sector: Sector, activity: string, membersTotal: number, foundedOn: string, name: { fr: string, ar: string | null, en: string | null }, region: { code: string, name: { fr: string } } | null, products: Array<{ id: string, labels: Array<QualityLabel>, name: { fr: string }, price: { amount: string, currency: string } }> } }> } };

export type MarketplaceSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  maxPrice?: number | null | undefined;
}>;


export type MarketplaceSearchQuery = { products: { totalCount: number, edges: Array<{ node: { id: string, category: ProductCategory, unit: ProductUnit, labels: Array<QualityLabel>, stock: number, name: { fr: string, ar: string | null, en: string | null }, price: { centimes: number, amount: string, currency: string }, cooperative: { name: { fr: string }, region: { name: { fr: string } } | null } } }> } };

export type RegionFiguresQueryVariables = Exact<{
  sector?: Sector | null | undefined;
}>;


export type RegionFiguresQuery = { regions: Array<{ code: string, name: { fr: string }, cooperativeFigures: { cooperatives: number, womenOnlyCooperatives: number, youthLedCooperatives: number, members: number, womenMembers: number, menMembers: number, youthMembers: number, publishedProducts: number } }> };

export type CertifiedTrainersQueryVariables = Exact<{ [key: string]: never; }>;


export type CertifiedTrainersQuery = { certificationFigures: { certifiedTrainers: number, byCountry: Array<{ certifiedTrainers: number, country: { code: string, name: { fr: string, en: string | null } } }>, byTool: Array<{ tool: CoopTool, certifiedTrainers: number }>, issuers: Array<{ id: string, acronym: string, name: { fr: string, en: string | null } }> } };

export type CoopStoreFoundersQueryVariables = Exact<{ [key: string]: never; }>;


export type CoopStoreFoundersQuery = { organizations: Array<{ acronym: string, name: { fr: string }, members: Array<{ registryNumber: string, name: { fr: string }, region: { code: string } | null }> }> };

export type CooperativesSupportedQueryVariables = Exact<{ [key: string]: never; }>;


export type CooperativesSupportedQuery = { countries: Array<{ code: string, name: { fr: string, en: string | null }, learningFigures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number } }> };

export type GetAheadQueryVariables = Exact<{ [key: string]: never; }>;


export type GetAheadQuery = { program: { code: string, kind: ProgramKind, name: { fr: string, en: string | null }, partners: Array<{ acronym: string, name: { fr: string } }>, cohorts: Array<{ name: string, startsOn: string, endsOn: string | null }>, figures: { cooperativesTrained: number, participantsTrained: number, womenTrained: number, menTrained: number } } | null };

export type CoachingProgrammeQueryVariables = Exact<{ [key: string]: never; }>;


export type CoachingProgrammeQuery = { program: { code: string, kind: ProgramKind, name: { fr: string, en: string | null }, partners: Array<{ acronym: string, name: { fr: string } }>, cohorts: Array<{ name: string, startsOn: string, endsOn: string | null, figures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number } }>, figures: { cooperativesTrained: number, cooperativesCoached: number, coachingSessions: number, participantsTrained: number } } | null };

export type SouthSouthQueryVariables = Exact<{ [key: string]: never; }>;


export type SouthSouthQuery = { program: { code: string, kind: ProgramKind, name: { fr: string, en: string | null }, partners: Array<{ acronym: string }>, cohorts: Array<{ name: string, startsOn: string, endsOn: string | null }>, figures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number, womenTrained: number } } | null, countries: Array<{ code: string, name: { fr: string, en: string | null }, learningFigures: { cooperativesEnrolled: number, cooperativesTrained: number, womenTrained: number } }> };

export type MourafakaQueryVariables = Exact<{ [key: string]: never; }>;


export type MourafakaQuery = { program: { code: string, targetCooperatives: number | null, name: { fr: string, ar: string | null }, partners: Array<{ acronym: string }>, figures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number }, cohorts: Array<{ name: string, startsOn: string, endsOn: string | null, regions: Array<{ code: string, name: { fr: string } }>, figures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number, coachingSessions: number } }> } | null };

export type FirstCallQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstCallQuery = { program: { code: string, startsOn: string | null, name: { fr: string }, partners: Array<{ acronym: string }>, figures: { cooperativesEnrolled: number, cooperativesCoached: number, coachingSessions: number }, cohorts: Array<{ name: string, startsOn: string, enrollments: Array<{ status: EnrollmentStatus, cooperative: { womenOnly: boolean, name: { fr: string }, region: { code: string } | null } }> }> } | null };

export type ImpactByRegionQueryVariables = Exact<{
  programCode?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type ImpactByRegionQuery = { regions: Array<{ code: string, name: { fr: string, ar: string | null }, cooperativeFigures: { cooperatives: number, womenOnlyCooperatives: number, youthLedCooperatives: number, members: number, womenMembers: number, publishedProducts: number }, learningFigures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number, coachingSessions: number, participantsTrained: number, womenTrained: number } }> };

export type CooperativeJourneyQueryVariables = Exact<{
  id?: string | number;
}>;


export type CooperativeJourneyQuery = { cooperative: { foundedOn: string, priorityNeeds: Array<Dimension>, name: { fr: string }, region: { code: string, name: { fr: string } } | null, enrollments: Array<{ status: EnrollmentStatus, appliedOn: string, completedOn: string | null, cohort: { name: string, program: { code: string, name: { fr: string } } } }>, coachingTotals: { sessions: number, minutes: number }, coachingSessions: { totalCount: number, edges: Array<{ node: { heldOn: string, minutes: number, topic: string, mode: CoachingMode, program: { code: string } } }> }, latestAssessment: { assessedOn: string, assessor: string, scores: Array<{ dimension: Dimension, score: number }> } | null, developmentPlan: { progress: number | null, actions: Array<{ dimension: Dimension, action: string, dueOn: string, status: DevelopmentActionStatus }> } } | null };

export type VerifyCertificationQueryVariables = Exact<{
  code?: string;
}>;


export type VerifyCertificationQuery = { verifyCertification: { valid: boolean, status: VerificationStatus, code: string | null, trainerName: string | null, tool: CoopTool | null, level: CertificationLevel | null, issuedOn: string | null, expiresOn: string | null, issuer: { acronym: string, name: { fr: string } } | null } };

export type AdvisersTrainingQueryVariables = Exact<{ [key: string]: never; }>;


export type AdvisersTrainingQuery = { programs: { edges: Array<{ node: { code: string, name: { fr: string, en: string | null }, partners: Array<{ acronym: string }>, cohorts: Array<{ name: string, startsOn: string, endsOn: string | null, capacity: number, regions: Array<{ code: string }> }> } }> } };

export type BootCoopQueryVariables = Exact<{ [key: string]: never; }>;


export type BootCoopQuery = { program: { code: string, kind: ProgramKind, targetCooperatives: number | null, name: { fr: string, en: string | null }, partners: Array<{ acronym: string }>, cohorts: Array<{ name: string, startsOn: string, endsOn: string | null, figures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number, coachingSessions: number } }>, figures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number, coachingSessions: number, participantsTrained: number } } | null };

export type RemoteSupport2020QueryVariables = Exact<{ [key: string]: never; }>;


export type RemoteSupport2020Query = { program: { code: string, kind: ProgramKind, startsOn: string | null, name: { fr: string, en: string | null }, partners: Array<{ acronym: string }>, cohorts: Array<{ name: string, startsOn: string, endsOn: string | null, regions: Array<{ code: string, name: { fr: string } }> }>, figures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number, coachingSessions: number } } | null };


export const CooperativeContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativeContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]} as unknown as DocumentNode<CooperativeContactsQuery, CooperativeContactsQueryVariables>;
export const CooperativesByRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativesByRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"MA-09","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"region"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"womenOnly"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"ar"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"membersTotal"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooperativesByRegionQuery, CooperativesByRegionQueryVariables>;
export const MarketplaceSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"argan","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxPrice"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"labels"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"IGP"},{"kind":"EnumValue","value":"ORGANIC"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"maxPriceCentimes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxPrice"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"PRICE_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"ar"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centimes"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceSearchQuery, MarketplaceSearchQueryVariables>;
export const RegionFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"womenOnlyCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"youthLedCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"womenMembers"}},{"kind":"Field","name":{"kind":"Name","value":"menMembers"}},{"kind":"Field","name":{"kind":"Name","value":"youthMembers"}},{"kind":"Field","name":{"kind":"Name","value":"publishedProducts"}}]}}]}}]}}]} as unknown as DocumentNode<RegionFiguresQuery, RegionFiguresQueryVariables>;
export const CertifiedTrainersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertifiedTrainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifiedTrainers"}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifiedTrainers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedTrainers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CertifiedTrainersQuery, CertifiedTrainersQueryVariables>;
export const CoopStoreFoundersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoopStoreFounders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COOPERATIVE_NETWORK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoopStoreFoundersQuery, CoopStoreFoundersQueryVariables>;
export const CooperativesSupportedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativesSupported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learningFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}}]}}]}}]}}]} as unknown as DocumentNode<CooperativesSupportedQuery, CooperativesSupportedQueryVariables>;
export const GetAheadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetAhead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"GET-AHEAD","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"participantsTrained"}},{"kind":"Field","name":{"kind":"Name","value":"womenTrained"}},{"kind":"Field","name":{"kind":"Name","value":"menTrained"}}]}}]}}]}}]} as unknown as DocumentNode<GetAheadQuery, GetAheadQueryVariables>;
export const CoachingProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachingProgramme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"ACCOMPAGNEMENT-ODCO-UM6P","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}},{"kind":"Field","name":{"kind":"Name","value":"coachingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"participantsTrained"}}]}}]}}]}}]} as unknown as DocumentNode<CoachingProgrammeQuery, CoachingProgrammeQueryVariables>;
export const SouthSouthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SouthSouth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"SUD-SUD","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}},{"kind":"Field","name":{"kind":"Name","value":"womenTrained"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learningFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programCode"},"value":{"kind":"StringValue","value":"SUD-SUD","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"womenTrained"}}]}}]}}]}}]} as unknown as DocumentNode<SouthSouthQuery, SouthSouthQueryVariables>;
export const MourafakaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mourafaka"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"MOURAFAKA","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"ar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}},{"kind":"Field","name":{"kind":"Name","value":"coachingSessions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MourafakaQuery, MourafakaQueryVariables>;
export const FirstCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"PREMIER-APPEL-2020","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}},{"kind":"Field","name":{"kind":"Name","value":"coachingSessions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"womenOnly"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstCallQuery, FirstCallQueryVariables>;
export const ImpactByRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactByRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"ar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"womenOnlyCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"youthLedCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"womenMembers"}},{"kind":"Field","name":{"kind":"Name","value":"publishedProducts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learningFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}},{"kind":"Field","name":{"kind":"Name","value":"coachingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"participantsTrained"}},{"kind":"Field","name":{"kind":"Name","value":"womenTrained"}}]}}]}}]}}]} as unknown as DocumentNode<ImpactByRegionQuery, ImpactByRegionQueryVariables>;
export const CooperativeJourneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativeJourney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"a83a7b62-5ec6-5c69-8719-941c74c09917","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coachingTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coachingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"developmentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooperativeJourneyQuery, CooperativeJourneyQueryVariables>;
export const VerifyCertificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCertification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"F9GV-MP5T-C7NA","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCertification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"trainerName"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VerifyCertificationQuery, VerifyCertificationQueryVariables>;
export const AdvisersTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdvisersTraining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"TRAINING_OF_TRAINERS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdvisersTrainingQuery, AdvisersTrainingQueryVariables>;
export const BootCoopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BootCoop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"BOOTCOOP","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}},{"kind":"Field","name":{"kind":"Name","value":"coachingSessions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}},{"kind":"Field","name":{"kind":"Name","value":"coachingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"participantsTrained"}}]}}]}}]}}]} as unknown as DocumentNode<BootCoopQuery, BootCoopQueryVariables>;
export const RemoteSupport2020Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemoteSupport2020"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"ACCOMPAGNEMENT-A-DISTANCE-2020","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}},{"kind":"Field","name":{"kind":"Name","value":"coachingSessions"}}]}}]}}]}}]} as unknown as DocumentNode<RemoteSupport2020Query, RemoteSupport2020QueryVariables>;