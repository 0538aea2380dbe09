import { ObjectType } from 'type-graphql';
import { ConnectionOf } from '@cooplab/kit';
import { Cooperative } from './cooperative.entity.js';

@ObjectType({ description: 'A page of cooperatives.' })
export class CooperativeConnection extends ConnectionOf(Cooperative, 'Cooperative') {}
