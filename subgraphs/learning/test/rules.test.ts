import { describe, expect, it } from 'vitest';
import { planProgress, priorityNeeds, canMoveAction } from '../src/modules/assessment/assessment.rules.js';
import {
  CODE_ALPHABET,
  CODE_ENTROPY_BITS,
  certificationTransition,
  effectiveStatus,
  generateVerificationCode,
  normalizeVerificationCode,
} from '../src/modules/certification/certification.rules.js';
import { FixedWindowLimiter } from '../src/modules/certification/rate-limit.js';
import { canMoveEnrollment } from '../src/modules/enrollment/enrollment.rules.js';
import {
  ActionStatus,
  CertificationAction,
  CertificationStatus,
  Dimension,
  EnrollmentStatus,
  StoredCertificationStatus,
} from '../src/modules/learning.enums.js';

describe('verification codes', () => {
  it('are 12 symbols in three groups of four, from an alphabet without look-alikes, with at least 50 bits', () => {
    for (let i = 0; i < 200; i++) expect(generateVerificationCode()).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    for (const c of '01OILU') expect(CODE_ALPHABET).not.toContain(c);
    expect(CODE_ALPHABET).toHaveLength(30);
    expect(CODE_ENTROPY_BITS).toBeGreaterThanOrEqual(50);
    const codes = new Set(Array.from({ length: 2000 }, () => generateVerificationCode()));
    expect(codes.size).toBe(2000);
  });

  it('normalise case, spaces and dashes, and refuse what cannot be a code', () => {
    expect(normalizeVerificationCode(' k7qx m4pt-9whr ')).toBe('K7QX-M4PT-9WHR');
    expect(normalizeVerificationCode('K7QXM4PT9WHR')).toBe('K7QX-M4PT-9WHR');
    expect(normalizeVerificationCode('k7qx—m4pt—9whr')).toBe('K7QX-M4PT-9WHR');
    expect(normalizeVerificationCode('K7QX-M4PT-9WH')).toBeNull();
    expect(normalizeVerificationCode('K7QX-M4PT-9WHO')).toBeNull();
    expect(normalizeVerificationCode('K7QX-M4PT-9WH1')).toBeNull();
    expect(normalizeVerificationCode('')).toBeNull();
  });
});

describe('certification status', () => {
  it('is derived from the expiry date: EXPIRED the day after the last valid day', () => {
    expect(effectiveStatus(StoredCertificationStatus.ACTIVE, '2026-06-30', '2026-06-30')).toBe(CertificationStatus.ACTIVE);
    expect(effectiveStatus(StoredCertificationStatus.ACTIVE, '2026-06-30', '2026-07-01')).toBe(CertificationStatus.EXPIRED);
    expect(effectiveStatus(StoredCertificationStatus.SUSPENDED, '2020-01-01', '2026-07-01')).toBe(CertificationStatus.SUSPENDED);
    expect(effectiveStatus(StoredCertificationStatus.REVOKED, '2099-01-01', '2026-07-01')).toBe(CertificationStatus.REVOKED);
  });

  it('moves only along the allowed transitions; revoked is final', () => {
    const { ACTIVE, SUSPENDED, REVOKED } = StoredCertificationStatus;
    expect(certificationTransition(CertificationAction.SUSPENDED, ACTIVE)).toEqual({ ok: true, to: SUSPENDED });
    expect(certificationTransition(CertificationAction.REINSTATED, SUSPENDED)).toEqual({ ok: true, to: ACTIVE });
    expect(certificationTransition(CertificationAction.RENEWED, ACTIVE)).toEqual({ ok: true, to: ACTIVE });
    expect(certificationTransition(CertificationAction.REVOKED, SUSPENDED)).toEqual({ ok: true, to: REVOKED });
    expect(certificationTransition(CertificationAction.REINSTATED, ACTIVE).ok).toBe(false);
    expect(certificationTransition(CertificationAction.RENEWED, SUSPENDED).ok).toBe(false);
    for (const action of [CertificationAction.RENEWED, CertificationAction.SUSPENDED, CertificationAction.REINSTATED, CertificationAction.REVOKED] as const) {
      expect(certificationTransition(action, REVOKED)).toEqual({ ok: false, message: 'is revoked, which is final' });
    }
  });
});

describe('enrolment transitions', () => {
  it('go APPLIED → ACTIVE → COMPLETED, or to WITHDRAWN before completion', () => {
    const { APPLIED, ACTIVE, COMPLETED, WITHDRAWN } = EnrollmentStatus;
    expect(canMoveEnrollment(APPLIED, ACTIVE)).toBe(true);
    expect(canMoveEnrollment(ACTIVE, COMPLETED)).toBe(true);
    expect(canMoveEnrollment(APPLIED, WITHDRAWN)).toBe(true);
    expect(canMoveEnrollment(ACTIVE, WITHDRAWN)).toBe(true);
    expect(canMoveEnrollment(APPLIED, COMPLETED)).toBe(false);
    expect(canMoveEnrollment(COMPLETED, WITHDRAWN)).toBe(false);
    expect(canMoveEnrollment(WITHDRAWN, ACTIVE)).toBe(false);
    expect(canMoveEnrollment(ACTIVE, APPLIED)).toBe(false);
  });
});

describe('priority needs', () => {
  const scores = (values: number[]) => Object.fromEntries(
    [Dimension.MANAGEMENT, Dimension.GOVERNANCE, Dimension.PRODUCTION, Dimension.MARKET_ACCESS, Dimension.FINANCE, Dimension.DIGITAL].map((d, i) => [d, values[i]!]),
  ) as Record<Dimension, number>;

  it('are the weakest dimensions', () => {
    expect(priorityNeeds(scores([3, 2, 4, 1, 3, 2]))).toEqual([Dimension.MARKET_ACCESS]);
  });
  it('include every tie, in dimension order', () => {
    expect(priorityNeeds(scores([1, 3, 1, 2, 4, 1]))).toEqual([Dimension.MANAGEMENT, Dimension.PRODUCTION, Dimension.DIGITAL]);
    expect(priorityNeeds(scores([2, 2, 2, 2, 2, 2]))).toHaveLength(6);
    expect(priorityNeeds(scores([0, 0, 4, 4, 4, 4]))).toEqual([Dimension.MANAGEMENT, Dimension.GOVERNANCE]);
  });
  it('are none when every dimension is mastered', () => {
    expect(priorityNeeds(scores([4, 4, 4, 4, 4, 4]))).toEqual([]);
  });
});

describe('development plans', () => {
  it('progress is the share of actions done, dropped ones left out', () => {
    const { TODO, IN_PROGRESS, DONE, DROPPED } = ActionStatus;
    expect(planProgress([DONE, TODO, IN_PROGRESS, DONE])).toBe(0.5);
    expect(planProgress([DONE, DROPPED])).toBe(1);
    expect(planProgress([DROPPED])).toBeNull();
    expect(planProgress([])).toBeNull();
    expect(planProgress([TODO])).toBe(0);
  });
  it('actions move forward; DONE and DROPPED are final', () => {
    expect(canMoveAction(ActionStatus.TODO, ActionStatus.IN_PROGRESS)).toBe(true);
    expect(canMoveAction(ActionStatus.IN_PROGRESS, ActionStatus.TODO)).toBe(true);
    expect(canMoveAction(ActionStatus.DONE, ActionStatus.TODO)).toBe(false);
    expect(canMoveAction(ActionStatus.DROPPED, ActionStatus.DONE)).toBe(false);
  });
});

describe('fixed-window rate limiter', () => {
  it('allows `limit` hits per key and window, then resets with the next window', () => {
    let now = 1_000_000;
    const limiter = new FixedWindowLimiter(3, 60_000, () => now);
    expect(limiter.exhausted('a')).toBe(false);
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('a')]).toEqual([2, 1, 0]);
    expect(limiter.exhausted('a')).toBe(true);
    expect(limiter.exhausted('b')).toBe(false);
    now += 60_000;
    expect(limiter.exhausted('a')).toBe(false);
  });

  it('takes a hit only while one remains, and takes back a refund', () => {
    const limiter = new FixedWindowLimiter(2, 60_000, () => 0);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([true, true, false]);
    limiter.refund('a');
    expect([limiter.take('a'), limiter.take('a')]).toEqual([true, false]);
  });
});
