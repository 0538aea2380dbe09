import { Directive, Field, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';

/** An amount of money. Stored as integer centimes; never a float. */
@ObjectType({ description: 'An amount of money in Moroccan dirhams (MAD).' })
@Directive('@shareable')
export class Money {
  @Field(() => GraphQLSafeInt, {
    description:
      'The amount in centimes (1 MAD = 100 centimes), exact up to 2^53 − 1 centimes (about 90 trillion MAD): safe for sums at country scale, where a GraphQL `Int` (32 bits) would stop at about 21 million MAD. `amount` gives the same value as a decimal string.',
  })
  centimes!: number;

  @Field(() => String, { description: 'The amount in MAD as a decimal string, e.g. "125.50".' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 currency code: always "MAD".' })
  currency!: string;
}

/** Money of integer centimes; throws on a value past 2^53 − 1, which a JSON number no longer carries exactly. */
export function money(centimes: number): Money {
  if (!Number.isSafeInteger(centimes)) throw new RangeError(`money: ${centimes} centimes is not a safe integer`);
  const sign = centimes < 0 ? '-' : '';
  const abs = Math.abs(centimes);
  return { centimes, amount: `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`, currency: 'MAD' };
}
