import { ObjectType } from 'type-graphql';
import { ConnectionOf } from '@cooplab/kit';
import { Match } from './match.entity.js';

@ObjectType({ description: 'A page of matches, newest first.' })
export class MatchConnection extends ConnectionOf(Match, 'Match') {}
