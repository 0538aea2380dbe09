import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { createLogger, loadConfig, type Logger } from '@cooplab/kit';

/** The Ed25519 key that signs exported credentials, with the public half as a JWK (`kid` = RFC 7638 thumbprint). */
export interface CredentialKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: { kty: 'OKP'; crv: 'Ed25519'; x: string; kid: string; alg: 'EdDSA'; use: 'sig' };
  kid: string;
  /** true when generated at start-up (development and tests): credentials do not survive a restart. */
  ephemeral: boolean;
}

export interface LearningConfig {
  credentialKey: CredentialKey;
  /** Public base URL of the graph, used in the ids of exported credentials. */
  publicUrl: string;
  /** Name of the issuer of exported credentials (the signer: the lab's platform). */
  issuerName: string;
  /** Unknown-code answers allowed per minute and per caller the gateway names (API key, subject or address). */
  verifyMissesPerCaller: number;
  /** Unknown-code answers allowed per minute to all anonymous callers whose principal names no client, together. */
  verifyMissesAnonymous: number;
}

const privateJwk = z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), d: z.string().min(1), x: z.string().min(1) }).loose();

/** Reads an Ed25519 private key from a PKCS#8 PEM or a private JWK (JSON); throws with a message on anything else. */
export function parseCredentialKey(text: string): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      throw new Error('is neither a PKCS#8 PEM nor valid JSON');
    }
    const jwk = privateJwk.safeParse(json);
    if (!jwk.success) throw new Error('must be an Ed25519 private JWK ({"kty":"OKP","crv":"Ed25519","d":…,"x":…})');
    key = createPrivateKey({ key: jwk.data as never, format: 'jwk' });
  } else if (trimmed.includes('-----BEGIN PRIVATE KEY-----')) {
    key = createPrivateKey({ key: trimmed.replace(/\\n/g, '\n'), format: 'pem' });
  } else {
    throw new Error('must be a PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----…") or an Ed25519 private JWK');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`must be an Ed25519 key, not ${key.asymmetricKeyType ?? 'unknown'}`);
  return key;
}

/** The public JWK of an Ed25519 private key, with its RFC 7638 thumbprint as `kid`. */
export function credentialKeyOf(privateKey: KeyObject, ephemeral: boolean): CredentialKey {
  const publicKey = createPublicKey(privateKey);
  const { x } = publicKey.export({ format: 'jwk' }) as { x: string };
  // RFC 7638: SHA-256 of the required members, in lexicographic order, without whitespace.
  const kid = createHash('sha256').update(JSON.stringify({ crv: 'Ed25519', kty: 'OKP', x })).digest('base64url');
  return { privateKey, publicKey, publicJwk: { kty: 'OKP', crv: 'Ed25519', x, kid, alg: 'EdDSA', use: 'sig' }, kid, ephemeral };
}

const envSchema = z
  .object({
    NODE_ENV: z.string().optional(),
    // Parsed here, field by field, so that a bad key is reported together with the other problems.
    LEARNING_CREDENTIAL_KEY: z
      .string()
      .optional()
      .transform((text, ctx): KeyObject | null => {
        if (!text?.trim()) return null;
        try {
          return parseCredentialKey(text);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
          return z.NEVER;
        }
      }),
    LEARNING_PUBLIC_URL: z.url().default('http://localhost:4000'),
    LEARNING_ISSUER_NAME: z.string().min(1).default('CoopLab'),
    LEARNING_VERIFY_MISSES_PER_CALLER: z.coerce.number().int().min(1).default(60),
    LEARNING_VERIFY_MISSES_ANONYMOUS: z.coerce.number().int().min(1).default(300),
  })
  .superRefine((env, ctx) => {
    if (!env.LEARNING_CREDENTIAL_KEY && env.NODE_ENV === 'production') {
      ctx.addIssue({ code: 'custom', path: ['LEARNING_CREDENTIAL_KEY'], message: 'is required in production (an Ed25519 PKCS#8 PEM or private JWK)' });
    }
  });

/**
 * Parses the learning subgraph's own environment once. Without LEARNING_CREDENTIAL_KEY (development and
 * tests only) an ephemeral key is generated and a warning logged: credentials it signs die with the process.
 */
export function loadLearningConfig(env: NodeJS.ProcessEnv = process.env, log: Logger = createLogger({ service: 'learning' })): LearningConfig {
  const parsed = loadConfig(envSchema, env);
  let credentialKey: CredentialKey;
  if (parsed.LEARNING_CREDENTIAL_KEY) {
    credentialKey = credentialKeyOf(parsed.LEARNING_CREDENTIAL_KEY, false);
  } else {
    log.warn('LEARNING_CREDENTIAL_KEY is not set: credentials are signed with an ephemeral key that changes at each start');
    credentialKey = credentialKeyOf(generateKeyPairSync('ed25519').privateKey, true);
  }
  return {
    credentialKey,
    publicUrl: parsed.LEARNING_PUBLIC_URL.replace(/\/+$/, ''),
    issuerName: parsed.LEARNING_ISSUER_NAME,
    verifyMissesPerCaller: parsed.LEARNING_VERIFY_MISSES_PER_CALLER,
    verifyMissesAnonymous: parsed.LEARNING_VERIFY_MISSES_ANONYMOUS,
  };
}
