import { describe, expect, it } from 'vitest';
import { Problems, ValidationError } from '@cooplab/kit';
import { checkMembers, cooperativeSearchText } from '../src/modules/cooperative/cooperative.service.js';
import { isWomenOnly, isYouthLed } from '../src/modules/cooperative/cooperative.entity.js';
import { canSeeUnpublished } from '../src/modules/product/product.policy.js';
import { productSearchText, productWhere } from '../src/modules/product/product.service.js';

describe('cooperative rules', () => {
  it('derives women-only and youth-led from the member counts', () => {
    expect(isWomenOnly({ membersTotal: 12, membersWomen: 12 })).toBe(true);
    expect(isWomenOnly({ membersTotal: 12, membersWomen: 11 })).toBe(false);
    expect(isYouthLed({ membersTotal: 10, membersYouth: 6 })).toBe(true);
    expect(isYouthLed({ membersTotal: 10, membersYouth: 5 })).toBe(false);
  });

  it('names each inconsistent member count', () => {
    const problems = new Problems();
    checkMembers({ membersTotal: 10, membersWomen: 11, membersYouth: 12 }, problems);
    expect(() => problems.throwIfAny()).toThrow(ValidationError);
    try {
      problems.throwIfAny();
    } catch (e) {
      expect((e as ValidationError).fields.map((f) => f.field)).toEqual(['input.membersWomen', 'input.membersYouth']);
    }
  });

  it('folds every name and the registry number into the search text', () => {
    expect(cooperativeSearchText({ name: { fr: 'Coopérative Tafyoucht', ar: 'تعاونية تافيوشت', en: null }, registryNumber: 'RC-09-2010-0042' })).toBe(
      'cooperative tafyoucht تعاونيه تافيوشت rc-09-2010-0042',
    );
    expect(productSearchText({ name: { fr: "Huile d'argan", en: 'Argan oil' } })).toBe("huile d'argan argan oil");
  });
});

describe('marketplace visibility', () => {
  it('lets partners and staff see unpublished products, no one else', () => {
    expect(canSeeUnpublished({ role: 'STAFF' })).toBe(true);
    expect(canSeeUnpublished({ role: 'PARTNER' })).toBe(true);
    expect(canSeeUnpublished({ role: 'TRAINER' })).toBe(false);
    expect(canSeeUnpublished({ role: 'ANONYMOUS' })).toBe(false);
  });

  it('forces the published filter for the public, whatever they ask', () => {
    expect(productWhere({ published: false }, { role: 'ANONYMOUS' })).toMatchObject({ published: true });
    expect(productWhere({ published: false }, { role: 'PARTNER' })).toMatchObject({ published: false });
    expect(productWhere({}, { role: 'STAFF' })).not.toHaveProperty('published');
  });
});
