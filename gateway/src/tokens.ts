import { SignJWT } from 'jose';
import { ROLES, isRole, isUuid, type Principal, type Role } from '@cooplab/kit';

/**
 * The claims a caller's JWT must carry, turned into a Principal. One rule for both sides, so that `mintJwt`
 * never mints a token the gateway would refuse. Throws an Error whose message says what is wrong.
 */
export function principalFromClaims(claims: { role?: unknown; org?: unknown; trainer?: unknown; coop?: unknown; buyer?: unknown; sub?: unknown }): Principal {
  const { role } = claims;
  if (!isRole(role)) throw new Error(`the role claim must be one of ${ROLES.join(', ')}`);
  const org = optionalId(claims.org, 'org');
  const trainer = optionalId(claims.trainer, 'trainer');
  const coop = optionalId(claims.coop, 'coop');
  const buyer = optionalId(claims.buyer, 'buyer');
  // Without these ids the subgraphs could not scope a partner's or a trainer's data to its own.
  if (role === 'PARTNER' && !org) throw new Error('a PARTNER token needs an org claim (the organisation id)');
  if (role === 'TRAINER' && !trainer) throw new Error('a TRAINER token needs a trainer claim (the trainer id)');
  if (role === 'COOPERATIVE' && !coop) throw new Error('a COOPERATIVE token needs a coop claim (the cooperative id)');
  if (role === 'BUYER' && !buyer) throw new Error('a BUYER token needs a buyer claim (the buyer id)');
  if (claims.sub !== undefined && typeof claims.sub !== 'string') throw new Error('the sub claim must be a string');
  return {
    role,
    ...(claims.sub ? { subject: claims.sub } : {}),
    ...(org ? { organizationId: org } : {}),
    ...(trainer ? { trainerId: trainer } : {}),
    ...(coop ? { cooperativeId: coop } : {}),
    ...(buyer ? { buyerId: buyer } : {}),
  };
}

function optionalId(value: unknown, claim: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !isUuid(value)) throw new Error(`the ${claim} claim must be a UUID`);
  return value;
}

export interface MintJwtOptions {
  role: Role;
  /** Organisation id (PARTNER, JURY). */
  org?: string;
  /** Trainer id (TRAINER). */
  trainer?: string;
  /** Cooperative id (COOPERATIVE). */
  coop?: string;
  /** Buyer id (BUYER). */
  buyer?: string;
  /** Subject; defaults to `<role>-demo`. */
  sub?: string;
  /** Lifetime: seconds, or a jose time span such as "8h", "30m". Default 8h. */
  ttl?: string | number;
  /** The gateway's JWT_SECRET (at least 32 characters). */
  secret: string;
  /** Set these when the gateway checks JWT_ISSUER / JWT_AUDIENCE. */
  issuer?: string;
  audience?: string;
}

/** Signs an HS256 JWT the gateway accepts with JWT_SECRET: for development, demos and tests. */
export async function mintJwt(options: MintJwtOptions): Promise<string> {
  if (options.secret.length < 32) throw new Error('the secret must be at least 32 characters');
  const sub = options.sub ?? `${options.role.toLowerCase()}-demo`;
  principalFromClaims({ role: options.role, org: options.org, trainer: options.trainer, coop: options.coop, buyer: options.buyer, sub });
  const jwt = new SignJWT({
    role: options.role,
    ...(options.org ? { org: options.org } : {}),
    ...(options.trainer ? { trainer: options.trainer } : {}),
    ...(options.coop ? { coop: options.coop } : {}),
    ...(options.buyer ? { buyer: options.buyer } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(typeof options.ttl === 'number' ? `${options.ttl}s` : (options.ttl ?? '8h'));
  if (options.issuer) jwt.setIssuer(options.issuer);
  if (options.audience) jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(options.secret));
}
