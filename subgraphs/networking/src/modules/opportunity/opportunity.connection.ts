import { ObjectType } from 'type-graphql';
import { ConnectionOf } from '@cooplab/kit';
import { Opportunity } from './opportunity.entity.js';

@ObjectType({ description: 'A page of opportunities, newest first.' })
export class OpportunityConnection extends ConnectionOf(Opportunity, 'Opportunity') {}
