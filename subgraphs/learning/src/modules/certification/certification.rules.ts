import { randomInt } from 'node:crypto';
import { CertificationAction, CertificationStatus, StoredCertificationStatus } from '../learning.enums.js';

/**
 * Verification codes are read aloud and typed by people: 30 symbols without the look-alikes 0/O, 1/I/L and U
 * (U/V). 12 symbols carry 12·log2(30) ≈ 58.9 bits, drawn from the operating system's CSPRNG: far too many to
 * guess, which the rate limit on unknown codes makes even more hopeless.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;
export const CODE_GROUP = 4;
export const CODE_ENTROPY_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);

const format = (symbols: string): string => symbols.match(new RegExp(`.{1,${CODE_GROUP}}`, 'g'))!.join('-');

/** A fresh code such as `K7QX-M4PT-9WHR`. `pick(n)` must return a uniform integer in [0, n): the CSPRNG by default. */
export function generateVerificationCode(pick: (n: number) => number = randomInt): string {
  let symbols = '';
  for (let i = 0; i < CODE_LENGTH; i++) symbols += CODE_ALPHABET[pick(CODE_ALPHABET.length)];
  return format(symbols);
}

/** The stored form of what someone typed: case, spaces and dashes ignored; null when it cannot be a code. */
export function normalizeVerificationCode(input: string): string | null {
  const symbols = input.toUpperCase().replace(/[\s\-‐‑‒–—_.]/g, '');
  if (symbols.length !== CODE_LENGTH) return null;
  for (const c of symbols) if (!CODE_ALPHABET.includes(c)) return null;
  return format(symbols);
}

/** Today's date (UTC) as an ISO date; the only clock the certification rules read. */

/**
 * The status as of `today`: REVOKED and SUSPENDED as stored; an ACTIVE certification whose last valid day
 * (`expiresOn`) is before today is EXPIRED. Never stored, so it can never be stale.
 */
export function effectiveStatus(stored: StoredCertificationStatus, expiresOn: string, today: string): CertificationStatus {
  if (stored === StoredCertificationStatus.REVOKED) return CertificationStatus.REVOKED;
  if (stored === StoredCertificationStatus.SUSPENDED) return CertificationStatus.SUSPENDED;
  return expiresOn < today ? CertificationStatus.EXPIRED : CertificationStatus.ACTIVE;
}

/** The same rule as a filter on stored columns, so that lists filter by status in SQL (and use its indexes). */
export function effectiveStatusWhere(status: CertificationStatus, today: string): { storedStatus: StoredCertificationStatus; expiresOn?: { $gte: string } | { $lt: string } } {
  switch (status) {
    case CertificationStatus.ACTIVE:
      return { storedStatus: StoredCertificationStatus.ACTIVE, expiresOn: { $gte: today } };
    case CertificationStatus.EXPIRED:
      return { storedStatus: StoredCertificationStatus.ACTIVE, expiresOn: { $lt: today } };
    case CertificationStatus.SUSPENDED:
      return { storedStatus: StoredCertificationStatus.SUSPENDED };
    case CertificationStatus.REVOKED:
      return { storedStatus: StoredCertificationStatus.REVOKED };
  }
}

/** Which stored statuses each staff action starts from, and where it leads. Revoked is final. */
const TRANSITIONS: Record<Exclude<CertificationAction, CertificationAction.ISSUED>, { from: StoredCertificationStatus[]; to: StoredCertificationStatus }> = {
  [CertificationAction.RENEWED]: { from: [StoredCertificationStatus.ACTIVE], to: StoredCertificationStatus.ACTIVE },
  [CertificationAction.SUSPENDED]: { from: [StoredCertificationStatus.ACTIVE], to: StoredCertificationStatus.SUSPENDED },
  [CertificationAction.REINSTATED]: { from: [StoredCertificationStatus.SUSPENDED], to: StoredCertificationStatus.ACTIVE },
  [CertificationAction.REVOKED]: { from: [StoredCertificationStatus.ACTIVE, StoredCertificationStatus.SUSPENDED], to: StoredCertificationStatus.REVOKED },
};

/** The stored status after `action`, or a message saying why the action does not apply. */
export function certificationTransition(
  action: Exclude<CertificationAction, CertificationAction.ISSUED>,
  from: StoredCertificationStatus,
): { ok: true; to: StoredCertificationStatus } | { ok: false; message: string } {
  const rule = TRANSITIONS[action];
  if (rule.from.includes(from)) return { ok: true, to: rule.to };
  if (from === StoredCertificationStatus.REVOKED) return { ok: false, message: 'is revoked, which is final' };
  return { ok: false, message: `cannot be ${action.toLowerCase()} when ${from.toLowerCase()}` };
}
