/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Who applies. */
export type ApplicantKind =
  /** A registered cooperative. */
  | 'COOPERATIVE'
  /** One or more people carrying a cooperative project not yet registered. */
  | 'PROJECT_HOLDERS';

/** Where an application stands: DRAFT → SUBMITTED → ELIGIBLE or INELIGIBLE → SHORTLISTED → AWARDED or NOT_SELECTED, or WITHDRAWN. */
export type ApplicationStatus =
  /** Won a prize. */
  | 'AWARDED'
  /** Being written by the applicant. */
  | 'DRAFT'
  /** Meets every eligibility rule of the edition on the facts declared. */
  | 'ELIGIBLE'
  /** Fails an eligibility rule (`ineligibility` names it). */
  | 'INELIGIBLE'
  /** Not among the winners. */
  | 'NOT_SELECTED'
  /** Retained for the jury’s scoring. */
  | 'SHORTLISTED'
  /** Submitted; the eligibility check runs in the same step, so a stored application moves on to ELIGIBLE or INELIGIBLE at once. */
  | 'SUBMITTED'
  /** Withdrawn by the applicant or staff before the decision. */
  | 'WITHDRAWN';

/** Whom an award is for. */
export type AwardTarget =
  /** Registered cooperatives of any kind (the edition’s eligibility rules say which). */
  | 'COOPERATIVES'
  /** Women’s cooperatives (Lalla Al Moutaaouina). */
  | 'WOMEN_COOPERATIVES'
  /** Young cooperatives and young people carrying a cooperative project not yet registered (Jil Moutadamine). */
  | 'YOUNG_COOPERATIVES_AND_PROJECT_HOLDERS';

/** A product and how many units of it. */
export type BasketLineInput = {
  /** A published product. */
  productId: string | number;
  /** Units, 1 to 1000. */
  quantity: number;
};

/** Who a marketplace customer is. */
export type BuyerKind =
  /** A person buying for themselves. */
  | 'PERSON'
  /** A shop, restaurant or other business. */
  | 'SHOP';

/** Level of a certification. */
export type CertificationLevel =
  /** May also train and coach trainers. */
  | 'MASTER_TRAINER'
  /** May train cooperatives with the tool. */
  | 'TRAINER';

/** Status of a certification as of today. */
export type CertificationStatus =
  /** Valid: issued, not expired, not suspended or revoked. */
  | 'ACTIVE'
  /** Its expiry date has passed (derived from the date when read, never stored). */
  | 'EXPIRED'
  /** Revoked by staff, with a reason; final. */
  | 'REVOKED'
  /** Suspended by staff, with a reason; may be reinstated. */
  | 'SUSPENDED';

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

/** A basket to quote: products of one or several cooperatives, and where they should go. */
export type DeliveryQuoteInput = {
  /** Region to deliver to (MA-01 … MA-12). */
  deliveryRegionCode: string;
  /** The products and quantities of the basket (at most 50 lines). */
  lines: Array<BasketLineInput>;
};

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

/** Where an edition stands: DRAFT → OPEN → REVIEW → DECIDED → CLOSED. */
export type EditionStatus =
  /** Archived. */
  | 'CLOSED'
  /** The winners are selected (once); they are public. */
  | 'DECIDED'
  /** Being prepared; seen by staff only. */
  | 'DRAFT'
  /** The call is open: applications may be submitted between its opening and closing dates. */
  | 'OPEN'
  /** The call is closed; eligible applications are shortlisted and scored by the jury. */
  | 'REVIEW';

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

/** Where an opportunity stands. */
export type OpportunityStatus =
  /** Being negotiated or carried out. */
  | 'IN_PROGRESS'
  /** Abandoned or refused. */
  | 'LOST'
  /** Identified, not yet worked on. */
  | 'OPEN'
  /** Concluded; its realised value is known. */
  | 'WON';

/** Where an order stands in its lifecycle. */
export type OrderStatus =
  /** Cancelled before shipping (by the buyer, or by the cooperative before confirming); its stock was returned. */
  | 'CANCELLED'
  /** Confirmed by the cooperative, being prepared. */
  | 'CONFIRMED'
  /** Delivered to the buyer, who paid cash on delivery. */
  | 'DELIVERED'
  /** Placed by the buyer, its stock reserved; waiting for the cooperative to confirm. */
  | 'PLACED'
  /** Handed by the cooperative to the delivery partner. */
  | 'SHIPPED';

/** What kind of partner an organisation is. */
export type OrganizationKind =
  /** A network of cooperatives, e.g. CoopStore. */
  | 'COOPERATIVE_NETWORK'
  /** A regional short-circuit delivery partner of the marketplace (see `Organization.delivery`). */
  | 'DELIVERY_PARTNER'
  /** A foundation, e.g. the OCP Foundation. */
  | 'FOUNDATION'
  /** An international organisation, e.g. the ILO. */
  | 'INTERNATIONAL_ORGANIZATION'
  /** A ministry. */
  | 'MINISTRY'
  /** A public agency, e.g. the cooperative development office (ODCO). */
  | 'PUBLIC_AGENCY'
  /** A school. */
  | 'SCHOOL'
  /** A university. */
  | 'UNIVERSITY';

/** How an order is paid. */
export type PaymentMethod =
  /** In cash, to the delivery partner, on delivery. */
  | 'CASH_ON_DELIVERY';

/** An order of one cooperative's products (a basket of several cooperatives is placed as one order per cooperative). */
export type PlaceOrderInput = {
  /** A phone number the delivery partner may call, with its country code, e.g. "+212 661-123456"; the buyer’s own when left out. */
  contactPhone?: string | null | undefined;
  /** Street address, town. */
  deliveryAddress: string;
  /** The delivery partner chosen among those `deliveryQuote` offers. */
  deliveryPartnerId: string | number;
  /** Region of the address (MA-01 … MA-12). */
  deliveryRegionCode: string;
  /** Generated by the client once per order it means to place (a UUID, say) and sent again on every retry: the same key twice returns the same order, never two. */
  idempotencyKey: string;
  /** The products, all of one cooperative, each once. */
  lines: Array<BasketLineInput>;
};

/** Category of a product on the marketplace. */
export type ProductCategory =
  /** Amlou (almond, argan oil and honey spread) and other spreads. */
  | 'AMLOU_AND_SPREADS'
  /** Argan oil, food (roasted) or cosmetic (unroasted). */
  | 'ARGAN_OIL'
  /** Dried aromatic herbs, herbal teas and spices. */
  | 'AROMATIC_HERBS_AND_SPICES'
  /** Carpets, rugs and woven goods. */
  | 'CARPETS_AND_WEAVING'
  /** Soaps, creams, ghassoul and other cosmetics. */
  | 'COSMETICS'
  /** Couscous, barley grits, hand-rolled pasta. */
  | 'COUSCOUS_AND_PASTA'
  /** Cheese, butter (smen) and other dairy products. */
  | 'DAIRY_PRODUCTS'
  /** Dates and date products. */
  | 'DATES'
  /** Almonds, walnuts, figs and other dried fruit. */
  | 'DRIED_FRUITS_AND_NUTS'
  /** Honey and hive products. */
  | 'HONEY'
  /** Leather goods: bags, babouches, poufs. */
  | 'LEATHER_GOODS'
  /** Olive oil. */
  | 'OLIVE_OIL'
  /** Anything that fits no other category. */
  | 'OTHER'
  /** Pottery, ceramics and tiles. */
  | 'POTTERY_AND_CERAMICS'
  /** Damask rose products: rose water, oil, dried buds (e.g. Kelâat M’Gouna). */
  | 'ROSE_PRODUCTS'
  /** Saffron threads or powder (e.g. Taliouine). */
  | 'SAFFRON'
  /** Clothing, linen and embroidery. */
  | 'TEXTILES_AND_EMBROIDERY'
  /** Carved or turned wood: thuya, cedar, olive wood. */
  | 'WOODWORK';

/** The unit a product is sold by: its price is for one unit, its stock and order quantities count units. */
export type ProductUnit =
  /** One gram (e.g. saffron). */
  | 'GRAM'
  /** One kilogram. */
  | 'KILOGRAM'
  /** One litre. */
  | 'LITRE'
  /** One millilitre (e.g. essential oils). */
  | 'MILLILITRE'
  /** One item: a jar, a bottle, a carpet, a box as packed by the cooperative. */
  | 'PIECE'
  /** One square metre (carpets and woven goods sold by size). */
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
  /** Crops and market gardening: cereals, olives, fruit, vegetables, saffron, dates. */
  | 'AGRICULTURE'
  /** Argan: nut collection and cracking, oil pressing (food and cosmetic). */
  | 'ARGAN'
  /** Aromatic and medicinal plants: gathering, drying, distilling (rose, thyme, rosemary…). */
  | 'AROMATIC_AND_MEDICINAL_PLANTS'
  /** Beekeeping: honey, pollen, royal jelly, wax. */
  | 'BEEKEEPING'
  /** Milk collection and dairy products. */
  | 'DAIRY'
  /** Digital services: software, web, content, training. */
  | 'DIGITAL'
  /** Small-scale fishing and seafood processing. */
  | 'FISHING'
  /** Food processing: couscous, pasta, amlou, preserves, dried fruit. */
  | 'FOOD_PROCESSING'
  /** Forest products: cork, wood, carob, forest grazing. */
  | 'FORESTRY'
  /** Handicraft: pottery, woodwork, leather, basketry, metalwork. */
  | 'HANDICRAFT'
  /** Housing cooperatives, building or managing homes for their members. */
  | 'HOUSING'
  /** Livestock breeding: sheep, goats, camels, poultry. */
  | 'LIVESTOCK'
  /** Services to members or third parties: cleaning, transport, care, consulting. */
  | 'SERVICES'
  /** Textiles: carpets, weaving, embroidery, sewing. */
  | 'TEXTILE'
  /** Rural and solidarity tourism: guest houses, guiding, activities. */
  | 'TOURISM';

/** The value chain a cooperative works in. */
export type ValueChain =
  /** Argan */
  | 'ARGAN'
  /** Aromatic and medicinal plants */
  | 'AROMATIC_AND_MEDICINAL_PLANTS'
  /** Cactus */
  | 'CACTUS'
  /** Cereals and couscous */
  | 'CEREALS_AND_COUSCOUS'
  /** Dairy */
  | 'DAIRY'
  /** Dates */
  | 'DATES'
  /** Honey */
  | 'HONEY'
  /** Leather */
  | 'LEATHER'
  /** Olive */
  | 'OLIVE'
  /** Pottery and ceramics */
  | 'POTTERY_AND_CERAMICS'
  /** Saffron */
  | 'SAFFRON'
  /** Seafood */
  | 'SEAFOOD'
  /** Textile and weaving */
  | 'TEXTILE_AND_WEAVING'
  /** Solidarity tourism */
  | 'TOURISM'
  /** Woodwork */
  | 'WOODWORK';

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

export type AwardEditionRankingQueryVariables = Exact<{
  code?: string;
  year?: number;
}>;


export type AwardEditionRankingQuery = { award: { edition: { status: EditionStatus, ranking: Array<{ rank: number, score: number | null, jurorsCounted: number, application: { id: string } }> | null } | null } | null };

export type AwardFiguresByRegionQueryVariables = Exact<{
  awardCode?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type AwardFiguresByRegionQuery = { regions: Array<{ code: string, name: { fr: string }, awardFigures: { applications: number, winners: number, amountAwarded: { amount: string } } }>, countries: Array<{ code: string, awardFigures: { applications: number, applicationsByProjectHolders: number, winners: number } }> };

export type MyJuryAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyJuryAssignmentsQuery = { myJuryAssignments: { totalCount: number, edges: Array<{ node: { id: string, conflictDeclaredAt: string | null, scores: Array<{ criterionCode: string, value: number }>, application: { id: string, status: ApplicationStatus, applicantName: string, projectTitle: string, projectHolders: Array<{ fullName: string, nationality: string }> | null, edition: { year: number, award: { code: string }, criteria: Array<{ code: string, weight: number, scale: number, name: { fr: string } }> } } } }> } | null };

export type Grants360QueryVariables = Exact<{
  code?: string;
  year?: number;
}>;


export type Grants360Query = { award: { edition: { year: number, grants360: Record<string, unknown> | null, figures: { winners: number, amountAwarded: { amount: string } } } | null } | null };

export type AwardWinnersQueryVariables = Exact<{
  code?: string;
  year?: number;
}>;


export type AwardWinnersQuery = { award: { name: { fr: string }, edition: { status: EditionStatus, decidedAt: string | null, winners: Array<{ rank: number, amount: { amount: string }, sponsor: { name: string } | null, winner: { kind: ApplicantKind, name: string, projectTitle: string, regionCode: string | null, cooperative: { name: { fr: string }, region: { code: string } | null } | null } }> } | null } | null };

export type BenchCooperativeProfilesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type BenchCooperativeProfilesQuery = { cooperatives: { edges: Array<{ node: { id: string, name: { fr: string }, region: { code: string } | null, products: Array<{ id: string }>, enrollments: Array<{ status: EnrollmentStatus }> | null, coachingTotals: { sessions: number, minutes: number } | null, networkProfile: { valueChain: ValueChain, openToMeetings: boolean } | null, prizes: Array<{ id: string }> } }> } };

export type BenchMarketplacePageQueryVariables = Exact<{
  region?: string;
  label?: QualityLabel;
  first?: number | null | undefined;
}>;


export type BenchMarketplacePageQuery = { products: { edges: Array<{ node: { id: string, labels: Array<QualityLabel>, name: { fr: string }, price: { centimes: number }, cooperative: { id: string, name: { fr: string }, region: { code: string } | null } } }> } };

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


export type CooperativesSupportedQuery = { countries: Array<{ code: string, name: { fr: string, en: string | null }, learningFigures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number } | null }> };

export type GetAheadQueryVariables = Exact<{ [key: string]: never; }>;


export type GetAheadQuery = { program: { code: string, kind: ProgramKind, name: { fr: string, en: string | null }, partners: Array<{ acronym: string, name: { fr: string } }>, cohorts: Array<{ name: string, startsOn: string, endsOn: string | null }>, figures: { cooperativesTrained: number, participantsTrained: number, womenTrained: number, menTrained: number } } | null };

export type CoachingProgrammeQueryVariables = Exact<{ [key: string]: never; }>;


export type CoachingProgrammeQuery = { program: { code: string, kind: ProgramKind, name: { fr: string, en: string | null }, partners: Array<{ acronym: string, name: { fr: string } }>, cohorts: Array<{ name: string, startsOn: string, endsOn: string | null, figures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number } }>, figures: { cooperativesTrained: number, cooperativesCoached: number, coachingSessions: number, participantsTrained: number } } | null };

export type SouthSouthQueryVariables = Exact<{ [key: string]: never; }>;


export type SouthSouthQuery = { program: { code: string, kind: ProgramKind, name: { fr: string, en: string | null }, partners: Array<{ acronym: string }>, cohorts: Array<{ name: string, startsOn: string, endsOn: string | null }>, figures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number, womenTrained: number } } | null, countries: Array<{ code: string, name: { fr: string, en: string | null }, learningFigures: { cooperativesEnrolled: number, cooperativesTrained: number, womenTrained: number } | null }> };

export type LallaAlMoutaaouinaQueryVariables = Exact<{
  ocpFoundation?: string | number | null | undefined;
}>;


export type LallaAlMoutaaouinaQuery = { award: { code: string, target: AwardTarget, name: { fr: string, ar: string | null }, editions: Array<{ year: number, opensOn: string, status: EditionStatus, prizeCount: number, prizeAmount: { amount: string, currency: string }, sponsors: Array<{ name: string, prizeCount: number, organization: { acronym: string } }>, foundationWinners: { winners: number, amountAwarded: { amount: string } } }>, foundationTotal: { winners: number, amountAwarded: { amount: string } } } | null };

export type JilMoutadamine2022QueryVariables = Exact<{ [key: string]: never; }>;


export type JilMoutadamine2022Query = { award: { name: { fr: string }, edition: { year: number, prizeCount: number, figures: { applications: number, applicationsByCooperatives: number, applicationsByProjectHolders: number, projectHolders: number, winners: number, amountAwarded: { amount: string } }, subSaharanWinners: { winners: number, countries: Array<{ code: string, name: { fr: string } }> } } | null } | null };

export type MourafakaQueryVariables = Exact<{ [key: string]: never; }>;


export type MourafakaQuery = { program: { code: string, targetCooperatives: number | null, name: { fr: string, ar: string | null }, partners: Array<{ acronym: string }>, figures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number }, cohorts: Array<{ name: string, startsOn: string, endsOn: string | null, regions: Array<{ code: string, name: { fr: string } }>, figures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number, coachingSessions: number } }> } | null };

export type FigureF8RawabitQueryVariables = Exact<{ [key: string]: never; }>;


export type FigureF8RawabitQuery = { networkingFigures: { cooperativesNetworked: number, opportunities: number, experts: number, meetings: number, opportunitiesByStatus: Array<{ status: OpportunityStatus, count: number, estimatedValue: { amount: string, currency: string } }>, opportunitiesRealisedValue: { amount: string, currency: string } }, networkingEvents: { edges: Array<{ node: { startsOn: string, endsOn: string, place: string | null, name: { fr: string, en: string | null }, organizers: Array<{ acronym: string }> } }> } };

export type FirstCallWinnersQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstCallWinnersQuery = { award: { edition: { opensOn: string, winners: Array<{ rank: number, amount: { amount: string }, sponsor: { name: string, organization: { acronym: string } } | null, winner: { name: string, cooperative: { id: string, womenOnly: boolean, name: { fr: string } } | null } }> } | null } | null, program: { startsOn: string | null, partners: Array<{ acronym: string }>, cohorts: Array<{ enrollments: Array<{ cooperative: { id: string } }> | null }> } | null };

export type FirstCallQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstCallQuery = { program: { code: string, startsOn: string | null, name: { fr: string }, partners: Array<{ acronym: string }>, figures: { cooperativesEnrolled: number, cooperativesCoached: number, coachingSessions: number }, cohorts: Array<{ name: string, startsOn: string, enrollments: Array<{ status: EnrollmentStatus, cooperative: { womenOnly: boolean, name: { fr: string }, region: { code: string } | null } }> | null }> } | null };

export type ImpactByRegionQueryVariables = Exact<{
  programCode?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type ImpactByRegionQuery = { regions: Array<{ code: string, name: { fr: string, ar: string | null }, cooperativeFigures: { cooperatives: number, womenOnlyCooperatives: number, youthLedCooperatives: number, members: number, womenMembers: number, publishedProducts: number }, learningFigures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number, coachingSessions: number, participantsTrained: number, womenTrained: number } | null }> };

export type CooperativeJourneyQueryVariables = Exact<{
  id?: string | number;
}>;


export type CooperativeJourneyQuery = { cooperative: { foundedOn: string, priorityNeeds: Array<Dimension> | null, name: { fr: string }, region: { code: string, name: { fr: string } } | null, enrollments: Array<{ status: EnrollmentStatus, appliedOn: string, completedOn: string | null, cohort: { name: string, program: { code: string, name: { fr: string } } } }> | null, coachingTotals: { sessions: number, minutes: number } | null, coachingSessions: { totalCount: number, edges: Array<{ node: { heldOn: string, minutes: number, topic: string, mode: CoachingMode, program: { code: string } } }> } | null, latestAssessment: { assessedOn: string, assessor: string, scores: Array<{ dimension: Dimension, score: number }> } | null, developmentPlan: { progress: number | null, actions: Array<{ dimension: Dimension, action: string, dueOn: string, status: DevelopmentActionStatus }> } | null } | null };

export type VerifyCertificationQueryVariables = Exact<{
  code?: string;
}>;


export type VerifyCertificationQuery = { verifyCertification: { valid: boolean, status: VerificationStatus, code: string | null, checkedAt: string, certification: { trainerName: string, tool: CoopTool, level: CertificationLevel, issuedOn: string, expiresOn: string, status: CertificationStatus, issuer: { acronym: string, name: { fr: string } } } | null } };

export type BasketQuoteQueryVariables = Exact<{
  input: DeliveryQuoteInput;
}>;


export type BasketQuoteQuery = { deliveryQuote: { deliverable: boolean, deliveryRegion: { code: string, name: { fr: string } }, parts: Array<{ units: number, deliverable: boolean, cooperative: { id: string, name: { fr: string }, region: { code: string } | null }, subtotal: { centimes: number, amount: string }, options: Array<{ delayDays: number, partner: { id: string, acronym: string, name: { fr: string } }, fee: { centimes: number, amount: string }, total: { centimes: number, amount: string } }> }> } };

export type MarketplaceBrowseQueryVariables = Exact<{
  regions?: Array<string> | string | null | undefined;
  categories?: Array<ProductCategory> | ProductCategory | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MarketplaceBrowseQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, category: ProductCategory, unit: ProductUnit, labels: Array<QualityLabel>, stock: number, name: { fr: string, ar: string | null, en: string | null }, price: { centimes: number, amount: string }, cooperative: { id: string, name: { fr: string }, region: { code: string, name: { fr: string } } | null } } }> } };

export type ConfirmOrderMutationVariables = Exact<{
  orderId: string | number;
}>;


export type ConfirmOrderMutation = { confirmOrder: { id: string, status: OrderStatus, confirmedAt: string | null } };

export type CooperativeOrderQueueQueryVariables = Exact<{
  cooperativeId: string | number;
  statuses?: Array<OrderStatus> | OrderStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CooperativeOrderQueueQuery = { cooperative: { name: { fr: string }, orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: OrderStatus, placedAt: string, deliveryAddress: string, contactPhone: string | null, buyer: { name: string, kind: BuyerKind }, deliveryRegion: { code: string }, deliveryPartner: { acronym: string }, lines: Array<{ quantity: number, product: { id: string, stock: number } | null, productName: { fr: string } }>, total: { amount: string } } }> } | null, salesFigures: { orders: number, deliveredOrders: number, cancelledOrders: number, unitsSold: number, sameRegionShare: number | null, salesValue: { amount: string } } | null } | null };

export type MarketplaceFiguresByRegionQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketplaceFiguresByRegionQuery = { country: { marketplaceFigures: { orders: number, deliveredOrders: number, unitsSold: number, sameRegionShare: number | null, salesValue: { amount: string } }, regions: Array<{ code: string, name: { fr: string }, marketplaceFigures: { orders: number, deliveredOrders: number, cancelledOrders: number, unitsSold: number, sameRegionShare: number | null, salesValue: { centimes: number, amount: string } }, cooperativeFigures: { publishedProducts: number } }> } | null };

export type MyOrdersQueryVariables = Exact<{
  statuses?: Array<OrderStatus> | OrderStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyOrdersQuery = { myBuyerAccount: { id: string, name: string, orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: OrderStatus, placedAt: string, expectedDeliveryOn: string | null, cooperative: { name: { fr: string } }, deliveryPartner: { acronym: string }, lines: Array<{ quantity: number, productName: { fr: string } }>, total: { amount: string } } }> } | null } | null };

export type PartnerDeliveriesQueryVariables = Exact<{
  partnerId: string | number;
  statuses?: Array<OrderStatus> | OrderStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnerDeliveriesQuery = { organization: { acronym: string, kind: OrganizationKind, delivery: { delayDays: number, fee: { amount: string }, regions: Array<{ code: string, name: { fr: string } }> } | null, deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: OrderStatus, shippedAt: string | null, expectedDeliveryOn: string | null, deliveryAddress: string, contactPhone: string | null, paymentMethod: PaymentMethod, originRegion: { code: string }, cooperative: { commune: string | null, name: { fr: string } }, deliveryRegion: { code: string }, buyer: { name: string }, total: { amount: string } } }> } | null } | null };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { placeOrder: { id: string, status: OrderStatus, idempotencyKey: string, paymentMethod: PaymentMethod, placedAt: string, cooperative: { id: string, name: { fr: string } }, deliveryPartner: { id: string, acronym: string }, deliveryRegion: { code: string }, lines: Array<{ quantity: number, productName: { fr: string }, unitPrice: { amount: string }, amount: { amount: string } }>, subtotal: { centimes: number, amount: string }, deliveryFee: { centimes: number, amount: string }, total: { centimes: number, amount: string } } };

export type NetworkingRegionFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkingRegionFiguresQuery = { regions: Array<{ code: string, name: { fr: string }, networkingFigures: { cooperativesNetworked: number, matches: number, meetings: number, opportunities: number, experts: number, opportunitiesEstimatedValue: { amount: string } } }> };

export type NetworkingSuggestMatchesQueryVariables = Exact<{
  id?: string | number;
}>;


export type NetworkingSuggestMatchesQuery = { cooperatives: Array<{ rank: number, score: number, reasons: Array<string>, distanceKm: number | null, needsMet: Array<{ code: string, label: { fr: string } }>, needsServed: Array<{ code: string }>, cooperative: { id: string, name: { fr: string }, region: { name: { fr: string } } | null } | null }> | null, experts: Array<{ rank: number, score: number, reasons: Array<string>, expert: { name: string, email: string | null, expertise: Array<{ label: { fr: string } }> } | null }> | null };

export type AdvisersTrainingQueryVariables = Exact<{ [key: string]: never; }>;


export type AdvisersTrainingQuery = { programs: { edges: Array<{ node: { code: string, name: { fr: string, en: string | null }, partners: Array<{ acronym: string }>, cohorts: Array<{ name: string, startsOn: string, endsOn: string | null, capacity: number, regions: Array<{ code: string }> }> } }> } };

export type BootCoopQueryVariables = Exact<{ [key: string]: never; }>;


export type BootCoopQuery = { program: { code: string, kind: ProgramKind, targetCooperatives: number | null, name: { fr: string, en: string | null }, partners: Array<{ acronym: string }>, cohorts: Array<{ name: string, startsOn: string, endsOn: string | null, figures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number, coachingSessions: number } }>, figures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number, coachingSessions: number, participantsTrained: number } } | null };

export type RemoteSupport2020QueryVariables = Exact<{ [key: string]: never; }>;


export type RemoteSupport2020Query = { program: { code: string, kind: ProgramKind, startsOn: string | null, name: { fr: string, en: string | null }, partners: Array<{ acronym: string }>, cohorts: Array<{ name: string, startsOn: string, endsOn: string | null, regions: Array<{ code: string, name: { fr: string } }> }>, figures: { cooperativesEnrolled: number, cooperativesTrained: number, cooperativesCoached: number, coachingSessions: number } } | null };


export const AwardEditionRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardEditionRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"LALLA-AL-MOUTAAOUINA","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"2025"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"jurorsCounted"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AwardEditionRankingQuery, AwardEditionRankingQueryVariables>;
export const AwardFiguresByRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardFiguresByRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"awardCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awardFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"awardCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"awardCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"winners"}},{"kind":"Field","name":{"kind":"Name","value":"amountAwarded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"awardFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"awardCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"awardCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsByProjectHolders"}},{"kind":"Field","name":{"kind":"Name","value":"winners"}}]}}]}}]}}]} as unknown as DocumentNode<AwardFiguresByRegionQuery, AwardFiguresByRegionQueryVariables>;
export const MyJuryAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyJuryAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myJuryAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conflictDeclaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"projectHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyJuryAssignmentsQuery, MyJuryAssignmentsQueryVariables>;
export const Grants360Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Grants360"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"LALLA-AL-MOUTAAOUINA","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"2020"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"winners"}},{"kind":"Field","name":{"kind":"Name","value":"amountAwarded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants360"}}]}}]}}]}}]} as unknown as DocumentNode<Grants360Query, Grants360QueryVariables>;
export const AwardWinnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwardWinners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"JIL-MOUTADAMINE","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"2022"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"winners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projectTitle"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AwardWinnersQuery, AwardWinnersQueryVariables>;
export const BenchCooperativeProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchCooperativeProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coachingTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueChain"}},{"kind":"Field","name":{"kind":"Name","value":"openToMeetings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchCooperativeProfilesQuery, BenchCooperativeProfilesQueryVariables>;
export const BenchMarketplacePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchMarketplacePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"MA-09","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualityLabel"}}},"defaultValue":{"kind":"EnumValue","value":"ORGANIC"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"region"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"labels"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"label"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"published"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"PRICE_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centimes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchMarketplacePageQuery, BenchMarketplacePageQueryVariables>;
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
export const LallaAlMoutaaouinaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LallaAlMoutaaouina"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ocpFoundation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}},"defaultValue":{"kind":"StringValue","value":"830370db-482e-5faa-80f0-0f35ef47a73a","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"LALLA-AL-MOUTAAOUINA","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"ar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"prizeCount"}},{"kind":"Field","name":{"kind":"Name","value":"prizeAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prizeCount"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"foundationWinners"},"name":{"kind":"Name","value":"figures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sponsorOrganizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ocpFoundation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"winners"}},{"kind":"Field","name":{"kind":"Name","value":"amountAwarded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"foundationTotal"},"name":{"kind":"Name","value":"figures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sponsorOrganizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ocpFoundation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"winners"}},{"kind":"Field","name":{"kind":"Name","value":"amountAwarded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LallaAlMoutaaouinaQuery, LallaAlMoutaaouinaQueryVariables>;
export const JilMoutadamine2022Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JilMoutadamine2022"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"JIL-MOUTADAMINE","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2022"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"prizeCount"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsByCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsByProjectHolders"}},{"kind":"Field","name":{"kind":"Name","value":"projectHolders"}},{"kind":"Field","name":{"kind":"Name","value":"winners"}},{"kind":"Field","name":{"kind":"Name","value":"amountAwarded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subSaharanWinners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"winners"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JilMoutadamine2022Query, JilMoutadamine2022QueryVariables>;
export const MourafakaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mourafaka"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"MOURAFAKA","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"ar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}},{"kind":"Field","name":{"kind":"Name","value":"coachingSessions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MourafakaQuery, MourafakaQueryVariables>;
export const FigureF8RawabitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FigureF8Rawabit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkingFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesNetworked"}},{"kind":"Field","name":{"kind":"Name","value":"opportunities"}},{"kind":"Field","name":{"kind":"Name","value":"experts"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"opportunitiesByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunitiesRealisedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkingEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"organizers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FigureF8RawabitQuery, FigureF8RawabitQueryVariables>;
export const FirstCallWinnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstCallWinners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"award"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"LALLA-AL-MOUTAAOUINA","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2020"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"winners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"winner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"womenOnly"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"PREMIER-APPEL-2020","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstCallWinnersQuery, FirstCallWinnersQueryVariables>;
export const FirstCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"PREMIER-APPEL-2020","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}},{"kind":"Field","name":{"kind":"Name","value":"coachingSessions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"womenOnly"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstCallQuery, FirstCallQueryVariables>;
export const ImpactByRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactByRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"ar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"womenOnlyCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"youthLedCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"womenMembers"}},{"kind":"Field","name":{"kind":"Name","value":"publishedProducts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learningFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}},{"kind":"Field","name":{"kind":"Name","value":"coachingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"participantsTrained"}},{"kind":"Field","name":{"kind":"Name","value":"womenTrained"}}]}}]}}]}}]} as unknown as DocumentNode<ImpactByRegionQuery, ImpactByRegionQueryVariables>;
export const CooperativeJourneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativeJourney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"a83a7b62-5ec6-5c69-8719-941c74c09917","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coachingTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coachingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"developmentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooperativeJourneyQuery, CooperativeJourneyQueryVariables>;
export const VerifyCertificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCertification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"F9GV-MP5T-C7NA","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCertification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainerName"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VerifyCertificationQuery, VerifyCertificationQueryVariables>;
export const BasketQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BasketQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverable"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centimes"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliverable"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centimes"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delayDays"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centimes"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BasketQuoteQuery, BasketQuoteQueryVariables>;
export const MarketplaceBrowseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceBrowse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regions"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categories"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductCategory"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regions"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"categories"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categories"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"PRICE_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"ar"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centimes"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceBrowseQuery, MarketplaceBrowseQueryVariables>;
export const ConfirmOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]} as unknown as DocumentNode<ConfirmOrderMutation, ConfirmOrderMutationVariables>;
export const CooperativeOrderQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativeOrderQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PLACED"},{"kind":"EnumValue","value":"CONFIRMED"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOrders"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOrders"}},{"kind":"Field","name":{"kind":"Name","value":"unitsSold"}},{"kind":"Field","name":{"kind":"Name","value":"salesValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sameRegionShare"}}]}}]}}]}}]} as unknown as DocumentNode<CooperativeOrderQueueQuery, CooperativeOrderQueueQueryVariables>;
export const MarketplaceFiguresByRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceFiguresByRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"MA","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketplaceFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOrders"}},{"kind":"Field","name":{"kind":"Name","value":"unitsSold"}},{"kind":"Field","name":{"kind":"Name","value":"salesValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sameRegionShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marketplaceFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOrders"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledOrders"}},{"kind":"Field","name":{"kind":"Name","value":"unitsSold"}},{"kind":"Field","name":{"kind":"Name","value":"salesValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centimes"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sameRegionShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedProducts"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceFiguresByRegionQuery, MarketplaceFiguresByRegionQueryVariables>;
export const MyOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBuyerAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDeliveryOn"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyOrdersQuery, MyOrdersQueryVariables>;
export const PartnerDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SHIPPED"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delayDays"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDeliveryOn"}},{"kind":"Field","name":{"kind":"Name","value":"originRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerDeliveriesQuery, PartnerDeliveriesQueryVariables>;
export const PlaceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centimes"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centimes"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centimes"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}}]}}]}}]} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const NetworkingRegionFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkingRegionFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkingFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesNetworked"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"opportunities"}},{"kind":"Field","name":{"kind":"Name","value":"experts"}},{"kind":"Field","name":{"kind":"Name","value":"opportunitiesEstimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkingRegionFiguresQuery, NetworkingRegionFiguresQueryVariables>;
export const NetworkingSuggestMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkingSuggestMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"44321b82-d8de-59de-8449-31002c8d919a","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"cooperatives"},"name":{"kind":"Name","value":"suggestMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COOPERATIVE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"needsMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsServed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"experts"},"name":{"kind":"Name","value":"suggestMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"EXPERT"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkingSuggestMatchesQuery, NetworkingSuggestMatchesQueryVariables>;
export const AdvisersTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdvisersTraining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"TRAINING_OF_TRAINERS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdvisersTrainingQuery, AdvisersTrainingQueryVariables>;
export const BootCoopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BootCoop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"BOOTCOOP","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}},{"kind":"Field","name":{"kind":"Name","value":"coachingSessions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}},{"kind":"Field","name":{"kind":"Name","value":"coachingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"participantsTrained"}}]}}]}}]}}]} as unknown as DocumentNode<BootCoopQuery, BootCoopQueryVariables>;
export const RemoteSupport2020Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemoteSupport2020"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"ACCOMPAGNEMENT-A-DISTANCE-2020","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fr"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesTrained"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativesCoached"}},{"kind":"Field","name":{"kind":"Name","value":"coachingSessions"}}]}}]}}]}}]} as unknown as DocumentNode<RemoteSupport2020Query, RemoteSupport2020QueryVariables>;