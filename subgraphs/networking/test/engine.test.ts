import { describe, expect, it } from 'vitest';
import { subsetsOf } from '../src/modules/match/candidates.js';
import { bestScoreOutside, DIVERSITY_DECAY, diversify, rankWithDiversity, scoreCooperative, scoreExpert, type ProfileFacts, type Scored } from '../src/modules/match/engine.js';
import { slotProblem } from '../src/modules/event/event.service.js';
import { canMoveOpportunity } from '../src/modules/opportunity/opportunity.rules.js';
import { OpportunityStatus } from '../src/modules/networking.enums.js';
import { REGION_CAPITALS, ValueChain, checkTags } from '../src/modules/vocabulary/vocabulary.js';
import { Problems, ValidationError } from '@cooplab/kit';

const at = (regionCode: string) => ({ regionCode, countryCode: 'MA', latitude: REGION_CAPITALS[regionCode]!.latitude, longitude: REGION_CAPITALS[regionCode]!.longitude });
const profile = (id: string, p: Partial<ProfileFacts>): ProfileFacts => ({
  cooperativeId: id,
  ...at('MA-09'),
  valueChain: ValueChain.ARGAN,
  offers: [],
  needs: [],
  languages: ['ar'],
  ...p,
});

const me = profile('me', { offers: ['RAW_MATERIAL_SUPPLY'], needs: ['PACKAGING', 'EXPORT_MARKET_ACCESS'] });

describe('scoreCooperative', () => {
  it('ranks the partner that meets my needs and whose needs I meet, nearby and in my value chain, above a one-way partner far away', () => {
    const best = scoreCooperative(me, profile('best', { offers: ['PACKAGING', 'EXPORT_MARKET_ACCESS'], needs: ['RAW_MATERIAL_SUPPLY'] }))!;
    const oneWayFar = scoreCooperative(me, profile('far', { ...at('MA-02'), valueChain: ValueChain.POTTERY_AND_CERAMICS, offers: ['PACKAGING'], needs: ['DESIGN'] }))!;
    expect(best.score).toBe(1);
    expect(oneWayFar.score).toBeGreaterThan(0);
    expect(oneWayFar.score).toBeLessThan(0.4);
    expect(best.needsMet).toEqual(['PACKAGING', 'EXPORT_MARKET_ACCESS']);
    expect(best.needsServed).toEqual(['RAW_MATERIAL_SUPPLY']);
    expect(best.reasons).toEqual([
      'They offer what you need: Packaging, Export market access',
      'You offer what they need: Supply of a raw material',
      'Same value chain: Argan',
      'Same region (capital Agadir)',
    ]);
    expect(oneWayFar.reasons.at(-1)).toMatch(/^Regional capitals \d+ km apart \(Agadir – Oujda\)$/);
    expect(oneWayFar.distanceKm).toBeGreaterThan(700);
  });

  it('counts a complementary value chain less than the same one, and more than an unrelated one', () => {
    const offer = { offers: ['PACKAGING'] };
    const same = scoreCooperative(me, profile('a', offer))!.score;
    const complementary = scoreCooperative(me, profile('b', { ...offer, valueChain: ValueChain.AROMATIC_AND_MEDICINAL_PLANTS }))!;
    const unrelated = scoreCooperative(me, profile('c', { ...offer, valueChain: ValueChain.LEATHER }))!.score;
    expect(same).toBeGreaterThan(complementary.score);
    expect(complementary.score).toBeGreaterThan(unrelated);
    expect(complementary.reasons).toContain('Complementary value chains: Argan and Aromatic and medicinal plants');
  });

  it('is null when neither side meets a need of the other', () => {
    expect(scoreCooperative(me, profile('x', { offers: ['DESIGN'], needs: ['TRAINING'] }))).toBeNull();
  });

  it('keeps scores within [0, 1] and counts no distance outside Morocco', () => {
    const abroad = scoreCooperative(me, profile('sn', { regionCode: null, countryCode: 'SN', latitude: null, longitude: null, offers: ['PACKAGING'] }))!;
    expect(abroad.distanceKm).toBeNull();
    expect(abroad.score).toBeGreaterThanOrEqual(0);
    expect(abroad.score).toBeLessThanOrEqual(1);
  });
});

describe('scoreExpert', () => {
  const expert = (id: string, regionCodes: string[], languages = ['fr']) => ({ id, expertise: ['PACKAGING'], languages, regionCodes, countryCode: 'MA', organizationId: null });
  it('prefers an expert serving my region, then one serving the whole country, then one elsewhere; a shared language counts', () => {
    const local = scoreExpert(me, expert('local', ['MA-09']))!.score;
    const national = scoreExpert(me, expert('national', []))!.score;
    const elsewhere = scoreExpert(me, expert('elsewhere', ['MA-01']))!.score;
    expect(local).toBeGreaterThan(national);
    expect(national).toBeGreaterThan(elsewhere);
    expect(scoreExpert(me, expert('ar', ['MA-01'], ['ar']))!.score).toBeGreaterThan(elsewhere);
  });
  it('is null when the expert meets none of my needs', () => {
    expect(scoreExpert(me, { id: 'e', expertise: ['TRAINING'], languages: [], regionCodes: [], countryCode: 'MA', organizationId: null })).toBeNull();
  });
});

describe('rankWithDiversity', () => {
  const s = (partnerId: string, score: number, similarity: string): Scored => ({ partnerId, score, similarity, reasons: [], needsMet: [], needsServed: [], distanceKm: null });
  it('lets a different partner through before a third look-alike, and says why the look-alike moved', () => {
    const ranked = rankWithDiversity([s('a', 0.9, 'X'), s('b', 0.89, 'X'), s('c', 0.88, 'X'), s('d', 0.8, 'Y')], 4);
    expect(ranked.map((r) => r.partnerId)).toEqual(['a', 'd', 'b', 'c']);
    expect(ranked[2]!.reasons.at(-1)).toMatch(/to vary the list/);
    expect(ranked[0]!.reasons).toEqual([]);
  });
  it('keeps pure score order when all differ, cuts at `first`, and breaks ties by id', () => {
    expect(rankWithDiversity([s('b', 0.5, 'B'), s('a', 0.5, 'A'), s('c', 0.9, 'C')], 2).map((r) => r.partnerId)).toEqual(['c', 'a']);
  });
});

describe('vocabulary and rules', () => {
  it('reports unknown tags with the list of valid ones', () => {
    const problems = new Problems();
    expect(checkTags(['packaging', 'FLYING_CARPETS'], 'input.offers', problems)).toEqual(['PACKAGING']);
    const error = (() => {
      try {
        problems.throwIfAny();
      } catch (e) {
        return e as ValidationError;
      }
    })()!;
    expect(error.fields[0]!.field).toBe('input.offers');
    expect(error.fields[0]!.message).toMatch(/unknown tag FLYING_CARPETS; valid tags: .*PACKAGING/);
  });

  it('places meetings on the slot grid of the event only', () => {
    const event = { startsOn: '2025-06-10', endsOn: '2025-06-11', dayStartsAt: '09:00', dayEndsAt: '12:00', slotMinutes: 30 };
    expect(slotProblem(event, new Date('2025-06-10T09:30:00Z'))).toBeNull();
    expect(slotProblem(event, new Date('2025-06-10T09:15:00Z'))).toMatch(/slot start/);
    expect(slotProblem(event, new Date('2025-06-10T11:45:00Z'))).toMatch(/slot start/);
    expect(slotProblem(event, new Date('2025-06-10T12:00:00Z'))).toMatch(/end by/);
    expect(slotProblem(event, new Date('2025-06-12T09:00:00Z'))).toMatch(/within the event/);
  });

  it('moves opportunities forward only', () => {
    expect(canMoveOpportunity(OpportunityStatus.OPEN, OpportunityStatus.IN_PROGRESS)).toBe(true);
    expect(canMoveOpportunity(OpportunityStatus.IN_PROGRESS, OpportunityStatus.WON)).toBe(true);
    expect(canMoveOpportunity(OpportunityStatus.WON, OpportunityStatus.OPEN)).toBe(false);
    expect(canMoveOpportunity(OpportunityStatus.LOST, OpportunityStatus.WON)).toBe(false);
  });
});

describe('the candidate search’s strata', () => {
  it('enumerates every non-empty subset of my offers, sorted, as the needs a partner may hold', () => {
    expect(subsetsOf(['PACKAGING', 'DESIGN', 'PACKAGING'])).toEqual([['DESIGN'], ['PACKAGING'], ['DESIGN', 'PACKAGING']]);
    expect(subsetsOf(['A', 'B', 'C'])).toHaveLength(7);
    expect(subsetsOf([])).toEqual([]);
  });

  it('bounds the score of a partner outside each stratum: not all of either way; then one way only', () => {
    const mine = { needs: ['A', 'B'], offers: ['C'] };
    // Outside TOP: at most one of my two needs met (0.4 × 1/2) and two of their three needs served (0.3 × 2/3); chain and place in full.
    expect(bestScoreOutside('TOP', mine, 3)).toBeCloseTo(0.2 + 0.2 + 0.3 + 0.001, 6);
    // Outside BOTH_WAYS: one way only.
    expect(bestScoreOutside('BOTH_WAYS', mine, 3)).toBeCloseTo(0.2 + 0.3 + 0.001, 6);
    expect(bestScoreOutside('ALL', mine, 3)).toBe(-Infinity);
    // A partner outside TOP, scored by the engine, stays below the bound.
    const partner = scoreCooperative(me, profile('p', { offers: ['PACKAGING'], needs: ['DESIGN', 'RAW_MATERIAL_SUPPLY'] }))!;
    expect(partner.score).toBeLessThan(bestScoreOutside('TOP', me, 2));
    // Without the subsets of my offers enumerated, a partner I serve in full may be outside TOP: B up to 1.
    expect(bestScoreOutside('TOP', { needs: [], offers: ['C'] }, 3, false)).toBeCloseTo(0.3 + 0.3 + 0.001, 6);
  });

  it('tells the lowest value a pick had, which a left-out partner must stay under', () => {
    const s = (partnerId: string, score: number, similarity: string): Scored => ({ partnerId, score, similarity, reasons: [], needsMet: [], needsServed: [], distanceKm: null });
    const { picked, lowest } = diversify([s('a', 0.9, 'X'), s('b', 0.89, 'X'), s('d', 0.8, 'Y')], 3);
    expect(picked.map((p) => p.partnerId)).toEqual(['a', 'd', 'b']);
    expect(lowest).toBeCloseTo(0.89 * DIVERSITY_DECAY, 9);
    expect(diversify([], 3).lowest).toBe(Infinity);
  });
});
