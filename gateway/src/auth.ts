import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { ANONYMOUS, VerifiedTokens, type Principal } from '@cooplab/kit';
import { API_KEY_PREFIX, hashApiKey, type ApiKeyRecord } from './apikeys.js';
import { principalFromClaims } from './tokens.js';

export { generateApiKey, hashApiKey, loadApiKeys, type ApiKeyRecord } from './apikeys.js';
export { mintJwt, type MintJwtOptions } from './tokens.js';

export interface AuthOptions {
  /** HS256 secret (JWT_SECRET). */
  jwtSecret?: string;
  /** Key set of an identity provider (JWKS_URL), for RS256 / ES256 / EdDSA tokens. */
  jwksUrl?: string;
  /** When set, tokens must carry this `iss` / `aud`. */
  issuer?: string;
  audience?: string;
  apiKeys?: readonly ApiKeyRecord[];
}

/** Turns the Authorization header into the caller's principal; throws UNAUTHENTICATED (HTTP 401) for a bad credential. */
export type Authenticate = (authorization: string | undefined) => Promise<Principal>;

const ASYMMETRIC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA', 'Ed25519'];
/** Tolerates small clock differences between the identity provider and the gateway. */
const CLOCK_TOLERANCE = '30s';

export const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** jose errors that say the token is bad (as opposed to the key set being unreachable or broken). */
const TOKEN_ERRORS = [
  errors.JWTExpired,
  errors.JWTClaimValidationFailed,
  errors.JWSSignatureVerificationFailed,
  errors.JOSEAlgNotAllowed,
  errors.JOSENotSupported,
  errors.JWKSNoMatchingKey,
  errors.JWSInvalid,
  errors.JWTInvalid,
];

/** What a caller is told about a token jose refused. */
function explain(error: Error): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is invalid: ${error.reason}`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature does not verify';
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return 'The token is signed with an algorithm this gateway does not accept';
  }
  if (error instanceof errors.JWKSNoMatchingKey) return 'No key of the identity provider matches the token';
  return 'The token is malformed';
}

export function createAuthenticator(options: AuthOptions): Authenticate {
  // Keys are looked up by their hash: the gateway never holds the keys themselves.
  const apiKeys = new Map((options.apiKeys ?? []).map((record) => [record.sha256, record]));
  const secret = options.jwtSecret ? new TextEncoder().encode(options.jwtSecret) : undefined;
  const jwks = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined;
  const algorithms = [...(secret ? ['HS256'] : []), ...(jwks ? ASYMMETRIC_ALGORITHMS : [])];
  // The token's own `alg` picks the key; `algorithms` above keeps it from picking one that is not configured.
  const getKey: JWTVerifyGetKey = async (header, token) => {
    if (header.alg === 'HS256' && secret) return secret;
    if (jwks) return jwks(header, token);
    throw new errors.JOSEAlgNotAllowed('algorithm not allowed');
  };

  // Tokens verified, until they expire: a client sends the same token with every request, and checking its
  // signature again would give the same answer. A token that failed is checked again (and fails again).
  const verified = new VerifiedTokens();

  async function fromJwt(token: string): Promise<Principal> {
    return verified.get(token) ?? verifyJwt(token);
  }

  async function verifyJwt(token: string): Promise<Principal> {
    if (algorithms.length === 0) throw unauthenticated('This gateway accepts no JWTs (neither JWT_SECRET nor JWKS_URL is configured)');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        algorithms,
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_TOLERANCE,
        ...(options.issuer ? { issuer: options.issuer } : {}),
        ...(options.audience ? { audience: options.audience } : {}),
      }));
    } catch (error) {
      if (TOKEN_ERRORS.some((type) => error instanceof type)) throw unauthenticated(explain(error as Error));
      // An identity provider that cannot be reached (or serves a broken key set) is our failure, not the
      // caller's: no 401, which would make a client drop a good token. The error formatter logs it in full
      // and the client sees a masked internal error with HTTP 503.
      throw new GraphQLError(`cannot verify the token with the key set at ${options.jwksUrl}: ${String(error)}`, {
        originalError: error as Error,
        extensions: { http: { status: 503 } },
      });
    }
    try {
      return verified.keep(token, principalFromClaims(payload), payload.exp);
    } catch (error) {
      throw unauthenticated(`The token is not valid here: ${(error as Error).message}`);
    }
  }

  function fromApiKey(key: string): Principal {
    const record = apiKeys.get(hashApiKey(key));
    if (!record) throw unauthenticated('Unknown API key');
    return { role: record.role, subject: `api-key:${record.id}`, organizationId: record.organizationId };
  }

  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return ANONYMOUS;
    const match = /^Bearer +(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must read "Bearer <token>" (a JWT or an API key)');
    const token = match[1]!;
    return token.startsWith(API_KEY_PREFIX) ? fromApiKey(token) : fromJwt(token);
  };
}
