import { Directive, Field, Int, ObjectType } from 'type-graphql';

/** An amount of money. Stored as integer centimes; never a float. */
@ObjectType({ description: 'An amount of money in Moroccan dirhams (MAD).' })
@Directive('@shareable')
export class Money {
  @Field(() => Int, { description: 'The amount in centimes (1 MAD = 100 centimes).' })
  centimes!: number;

  @Field(() => String, { description: 'The amount in MAD as a decimal string, e.g. "125.50".' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 currency code: always "MAD".' })
  currency!: string;
}

export function money(centimes: number): Money {
  const sign = centimes < 0 ? '-' : '';
  const abs = Math.abs(centimes);
  return { centimes, amount: `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`, currency: 'MAD' };
}
