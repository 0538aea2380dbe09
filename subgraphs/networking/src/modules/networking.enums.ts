import { registerEnumType } from 'type-graphql';

export enum MatchKind {
  COOPERATIVE = 'COOPERATIVE',
  EXPERT = 'EXPERT',
}
registerEnumType(MatchKind, {
  name: 'MatchKind',
  description: 'Whom a cooperative is matched with.',
  valuesConfig: { COOPERATIVE: { description: 'Another cooperative.' }, EXPERT: { description: 'An expert of the pool.' } },
});

export enum MatchStatus {
  SUGGESTED = 'SUGGESTED',
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  MET = 'MET',
}
registerEnumType(MatchStatus, {
  name: 'MatchStatus',
  description: 'Where a match stands.',
  valuesConfig: {
    SUGGESTED: { description: 'Recorded from the engine’s suggestions; the cooperative has not acted yet.' },
    PROPOSED: { description: 'The cooperative proposed a meeting to the partner.' },
    ACCEPTED: { description: 'The partner accepted; a meeting can be scheduled.' },
    DECLINED: { description: 'One side declined; the pair is never suggested again.' },
    MET: { description: 'The two sides met.' },
  },
});

/** Statuses of a match that block a new match of the same pair (DECLINED blocks too, for good). */
export const ACTIVE_MATCH = [MatchStatus.SUGGESTED, MatchStatus.PROPOSED, MatchStatus.ACCEPTED, MatchStatus.MET];

export enum OpportunityKind {
  JOINT_SALE = 'JOINT_SALE',
  SUPPLY_AGREEMENT = 'SUPPLY_AGREEMENT',
  SHARED_LOGISTICS = 'SHARED_LOGISTICS',
  CO_BRANDING = 'CO_BRANDING',
  SUBCONTRACTING = 'SUBCONTRACTING',
  TRAINING_EXCHANGE = 'TRAINING_EXCHANGE',
  EXPERT_MISSION = 'EXPERT_MISSION',
}
registerEnumType(OpportunityKind, {
  name: 'OpportunityKind',
  description: 'What kind of collaboration an opportunity is.',
  valuesConfig: {
    JOINT_SALE: { description: 'Selling together (a joint offer, a shared stand or catalogue).' },
    SUPPLY_AGREEMENT: { description: 'One supplies the other.' },
    SHARED_LOGISTICS: { description: 'Sharing transport, storage or equipment.' },
    CO_BRANDING: { description: 'A product or brand made together.' },
    SUBCONTRACTING: { description: 'One produces for the other.' },
    TRAINING_EXCHANGE: { description: 'Teaching each other a skill.' },
    EXPERT_MISSION: { description: 'An expert’s mission for the cooperative.' },
  },
});

export enum OpportunityStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  WON = 'WON',
  LOST = 'LOST',
}
registerEnumType(OpportunityStatus, {
  name: 'OpportunityStatus',
  description: 'Where an opportunity stands.',
  valuesConfig: {
    OPEN: { description: 'Identified, not yet worked on.' },
    IN_PROGRESS: { description: 'Being negotiated or carried out.' },
    WON: { description: 'Concluded; its realised value is known.' },
    LOST: { description: 'Abandoned or refused.' },
  },
});
