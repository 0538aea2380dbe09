import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import { stableId } from './ids.js';

export const ROLES = ['ANONYMOUS', 'TRAINER', 'COOPERATIVE', 'BUYER', 'PARTNER', 'JURY', 'STAFF'] as const;
export type Role = (typeof ROLES)[number];
export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Who is calling, as verified by the gateway. */
export interface Principal {
  role: Role;
  /** The subject of the caller's token (user id or API key id). */
  subject?: string;
  /** The partner organisation the caller stands for (PARTNER, JURY). */
  organizationId?: string;
  /** The trainer the caller is (TRAINER). */
  trainerId?: string;
  /** The cooperative a member acts for (COOPERATIVE). */
  cooperativeId?: string;
  /** The marketplace customer the caller is (BUYER). */
  buyerId?: string;
  /**
   * Who is calling, for budgets: `api-key:<id>`, `sub:<subject>` or `ip:<address>` of an anonymous caller. Set by
   * the gateway, so that a subgraph's own limits (e.g. unknown verification codes) count per caller.
   */
  client?: string;
}

export const ANONYMOUS: Principal = Object.freeze({ role: 'ANONYMOUS' });

/**
 * Who the demo tokens of `npm start` (and the end-to-end tests) stand for: ids of the demo world, stable across
 * runs. The cooperative is RC-01-2020-0001, a founder of CoopStore with published products.
 */
export const DEMO_PRINCIPALS = Object.freeze({
  organizationId: stableId('organization', 'odco'),
  trainerId: stableId('trainer', 'demo'),
  cooperativeId: stableId('cooperative', 'RC-01-2020-0001'),
  buyerId: stableId('buyer', 'demo'),
});

/** The header that carries the principal from the gateway to the subgraphs. */
export const PRINCIPAL_HEADER = 'x-cooplab-principal';

const ISSUER = 'cooplab-gateway';
const AUDIENCE = 'cooplab-subgraphs';
/** Short-lived: it only has to outlive one request's trip through the subgraphs. */
const LIFETIME_SECONDS = 60;

/** The HMAC key of a secret, made once: importing it anew on every signature and check is a measurable share of a request. */
const keys = new Map<string, KeyObject>();
const key = (secret: string): KeyObject => {
  let made = keys.get(secret);
  if (!made) {
    made = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, made);
  }
  return made;
};

/** The claims of a principal as signed. */
function claimsOf(principal: Principal): Record<string, string> {
  return {
    role: principal.role,
    ...(principal.organizationId ? { org: principal.organizationId } : {}),
    ...(principal.trainerId ? { trainer: principal.trainerId } : {}),
    ...(principal.cooperativeId ? { coop: principal.cooperativeId } : {}),
    ...(principal.buyerId ? { buyer: principal.buyerId } : {}),
    ...(principal.client ? { client: principal.client } : {}),
  };
}

/**
 * Signed principals by secret and caller, reused while they have more than half their lifetime left (so a reused
 * one still outlives any request's trip): a caller's requests then cost one signature every 30 s, not one each,
 * and the subgraphs find the token in their own cache of verified ones.
 */
const signed = new LRUCache<string, Promise<string>>({ max: 10_000, ttl: (LIFETIME_SECONDS / 2) * 1000 });

/** Signs the principal for the subgraphs (gateway side). */
export function signPrincipal(principal: Principal, secret: string): Promise<string> {
  const claims = claimsOf(principal);
  const subject = principal.subject ?? 'anonymous';
  const cacheKey = JSON.stringify([secret, subject, claims]);
  let token = signed.get(cacheKey);
  if (!token) {
    token = new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime(`${LIFETIME_SECONDS}s`)
      .sign(key(secret));
    signed.set(cacheKey, token);
    token.catch(() => signed.delete(cacheKey));
  }
  return token;
}

/**
 * Principals of tokens verified before, each until its token expires (the token's `exp`): the same string checked
 * again gives the same answer, so only its first request pays for the check. A forged or altered token is another
 * string, and a token that failed is not kept. Used for the gateway's principals here and callers' tokens at the
 * gateway.
 */
export class VerifiedTokens {
  private readonly known = new LRUCache<string, Principal>({ max: 10_000 });
  get(token: string): Principal | undefined {
    return this.known.get(token);
  }
  /** Keeps `principal` (frozen: requests of the token share it) until `exp`, in seconds since the epoch; returns it. */
  keep(token: string, principal: Principal, exp: unknown): Principal {
    const frozen = Object.freeze(principal);
    const ttl = Number(exp) * 1000 - Date.now();
    if (ttl > 0) this.known.set(token, frozen, { ttl });
    return frozen;
  }
}

const verified = new VerifiedTokens();

/** Verifies a forwarded principal (subgraph side); throws when it is forged, expired or malformed. */
export async function verifyPrincipal(token: string, secret: string): Promise<Principal> {
  const cacheKey = `${secret}\n${token}`;
  const known = verified.get(cacheKey);
  if (known) return known;
  const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
  if (!isRole(payload.role)) throw new Error('principal has no valid role');
  return verified.keep(cacheKey, {
    role: payload.role,
    ...(payload.sub && payload.sub !== 'anonymous' ? { subject: payload.sub } : {}),
    ...(typeof payload.org === 'string' ? { organizationId: payload.org } : {}),
    ...(typeof payload.trainer === 'string' ? { trainerId: payload.trainer } : {}),
    ...(typeof payload.coop === 'string' ? { cooperativeId: payload.coop } : {}),
    ...(typeof payload.buyer === 'string' ? { buyerId: payload.buyer } : {}),
    ...(typeof payload.client === 'string' ? { client: payload.client } : {}),
  }, payload.exp);
}
