import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '@cooplab/kit';
import { createAuthenticator, generateApiKey, hashApiKey, loadApiKeys, mintJwt } from '../src/auth.js';
import { issueApiKey } from '../src/apikeys.js';

const SECRET = 'test-jwt-secret-0123456789abcdef-0123';
const ORG = '3f2b8c1e-4a5d-4e6f-8a7b-9c0d1e2f3a4b';
const TRAINER = '0b6d2f4e-1c3a-4b5d-9e7f-a1b2c3d4e5f6';

/** Awaits a rejection and checks it is our 401: UNAUTHENTICATED with a message matching `message`. */
async function expectUnauthenticated(promise: Promise<unknown>, message: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  expect((error as GraphQLError).extensions).toMatchObject({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  expect((error as GraphQLError).message).toMatch(message);
}

const hs256 = (claims: Record<string, unknown>, options: { secret?: string; exp?: string | number | null } = {}) => {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('someone').setIssuedAt();
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? '5m');
  return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
};

describe('HS256 JWTs', () => {
  const authenticate = createAuthenticator({ jwtSecret: SECRET });

  it('turns a valid token into its principal', async () => {
    const token = await hs256({ role: 'PARTNER', org: ORG });
    await expect(authenticate(`Bearer ${token}`)).resolves.toEqual({ role: 'PARTNER', subject: 'someone', organizationId: ORG });
  });

  it('accepts the tokens mintJwt makes, with issuer and audience when checked', async () => {
    const checked = createAuthenticator({ jwtSecret: SECRET, issuer: 'cooplab-idp', audience: 'cooplab-graph' });
    const token = await mintJwt({ role: 'TRAINER', trainer: TRAINER, secret: SECRET, issuer: 'cooplab-idp', audience: 'cooplab-graph' });
    await expect(checked(`Bearer ${token}`)).resolves.toEqual({ role: 'TRAINER', subject: 'trainer-demo', trainerId: TRAINER });
    const noAudience = await mintJwt({ role: 'STAFF', secret: SECRET, issuer: 'cooplab-idp' });
    await expectUnauthenticated(checked(`Bearer ${noAudience}`), /aud/);
  });

  it('remembers a token it verified, and still refuses any other string', async () => {
    const token = await hs256({ role: 'PARTNER', org: ORG });
    const first = await authenticate(`Bearer ${token}`);
    expect(await authenticate(`Bearer ${token}`)).toBe(first); // the same principal, not checked again
    expect(Object.isFrozen(first)).toBe(true); // shared by the requests of the token: nobody may change it
    const [header, payload, signature] = token.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), role: 'STAFF' })).toString('base64url')}.${signature}`;
    await expectUnauthenticated(authenticate(`Bearer ${tampered}`), /signature/);
    await expectUnauthenticated(createAuthenticator({ jwtSecret: 'another-secret-0123456789abcdef-0123' })(`Bearer ${token}`), /signature/);
  });

  it('refuses an expired token', async () => {
    const token = await hs256({ role: 'STAFF' }, { exp: Math.floor(Date.now() / 1000) - 3600 });
    await expectUnauthenticated(authenticate(`Bearer ${token}`), /expired/);
  });

  it('refuses a token without expiry', async () => {
    const token = await hs256({ role: 'STAFF' }, { exp: null });
    await expectUnauthenticated(authenticate(`Bearer ${token}`), /exp/);
  });

  it('refuses a token signed with another secret', async () => {
    const token = await hs256({ role: 'STAFF' }, { secret: 'another-secret-0123456789abcdef-0123' });
    await expectUnauthenticated(authenticate(`Bearer ${token}`), /signature/);
  });

  it('refuses a token without a valid role, or without the id its role needs', async () => {
    await expectUnauthenticated(authenticate(`Bearer ${await hs256({})}`), /role/);
    await expectUnauthenticated(authenticate(`Bearer ${await hs256({ role: 'ADMIN' })}`), /role/);
    await expectUnauthenticated(authenticate(`Bearer ${await hs256({ role: 'PARTNER' })}`), /org/);
    await expectUnauthenticated(authenticate(`Bearer ${await hs256({ role: 'TRAINER', trainer: 'me' })}`), /trainer.*UUID/);
  });

  it('refuses garbage as a malformed token', async () => {
    await expectUnauthenticated(authenticate('Bearer not.a.jwt'), /malformed/);
  });

  it('will not mint a token the gateway would refuse', async () => {
    await expect(mintJwt({ role: 'PARTNER', secret: SECRET })).rejects.toThrow(/org/);
    await expect(mintJwt({ role: 'STAFF', secret: 'short' })).rejects.toThrow(/32/);
  });
});

describe('JWTs of an identity provider (JWKS)', () => {
  let server: Server;
  let jwksUrl: string;
  const keys: Record<string, { privateKey: CryptoKey; jwk: JWK }> = {};

  beforeAll(async () => {
    for (const [kid, alg] of [['rsa-1', 'RS256'], ['ed-1', 'EdDSA']] as const) {
      const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
      keys[kid] = { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
    }
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: Object.values(keys).map((k) => k.jwk) }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sign = (kid: string, alg: string, privateKey: CryptoKey, claims: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ alg, kid }).setSubject('idp-user').setExpirationTime('5m').sign(privateKey);

  it('verifies RS256 and EdDSA tokens against the key set', async () => {
    const authenticate = createAuthenticator({ jwksUrl });
    const rsa = await sign('rsa-1', 'RS256', keys['rsa-1']!.privateKey, { role: 'JURY', org: ORG });
    await expect(authenticate(`Bearer ${rsa}`)).resolves.toEqual({ role: 'JURY', subject: 'idp-user', organizationId: ORG });
    const ed = await sign('ed-1', 'EdDSA', keys['ed-1']!.privateKey, { role: 'STAFF' });
    await expect(authenticate(`Bearer ${ed}`)).resolves.toEqual({ role: 'STAFF', subject: 'idp-user' });
  });

  it('refuses a token signed by a key outside the set', async () => {
    const authenticate = createAuthenticator({ jwksUrl });
    const { privateKey } = await generateKeyPair('RS256');
    await expectUnauthenticated(authenticate(`Bearer ${await sign('rogue', 'RS256', privateKey, { role: 'STAFF' })}`), /No key/);
  });

  it('refuses an HS256 token when only a key set is configured', async () => {
    const authenticate = createAuthenticator({ jwksUrl });
    await expectUnauthenticated(authenticate(`Bearer ${await hs256({ role: 'STAFF' })}`), /algorithm/);
  });

  it('takes HS256 and JWKS tokens side by side', async () => {
    const authenticate = createAuthenticator({ jwksUrl, jwtSecret: SECRET });
    await expect(authenticate(`Bearer ${await hs256({ role: 'STAFF' })}`)).resolves.toMatchObject({ role: 'STAFF' });
    const rsa = await sign('rsa-1', 'RS256', keys['rsa-1']!.privateKey, { role: 'STAFF' });
    await expect(authenticate(`Bearer ${rsa}`)).resolves.toMatchObject({ role: 'STAFF' });
  });

  it('answers 503, not 401, when the key set cannot be fetched', async () => {
    const authenticate = createAuthenticator({ jwksUrl: 'http://127.0.0.1:1/jwks.json' });
    const rsa = await sign('rsa-1', 'RS256', keys['rsa-1']!.privateKey, { role: 'STAFF' });
    const error = await authenticate(`Bearer ${rsa}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toEqual({ http: { status: 503 } });
  });
});

describe('API keys', () => {
  const { key, record } = issueApiKey({ organizationId: ORG, label: 'ODCO dashboard' });
  const authenticate = createAuthenticator({ apiKeys: [record] });

  it('makes keys of the documented shape, stored only as their hash', () => {
    expect(key).toMatch(/^ck_[A-Za-z0-9_-]{43}$/);
    expect(generateApiKey()).not.toBe(generateApiKey());
    expect(record).toMatchObject({ sha256: hashApiKey(key), role: 'PARTNER', organizationId: ORG, label: 'ODCO dashboard' });
    expect(JSON.stringify(record)).not.toContain(key);
  });

  it('turns a known key into its organisation', async () => {
    await expect(authenticate(`Bearer ${key}`)).resolves.toEqual({ role: 'PARTNER', subject: `api-key:${record.id}`, organizationId: ORG });
  });

  it('refuses an unknown key', async () => {
    await expectUnauthenticated(authenticate(`Bearer ${generateApiKey()}`), /Unknown API key/);
  });

  it('loads and checks the keys file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cooplab-keys-'));
    try {
      const good = join(dir, 'keys.json');
      await writeFile(good, JSON.stringify([record]));
      await expect(loadApiKeys(good)).resolves.toEqual([record]);

      const bad = join(dir, 'bad.json');
      await writeFile(bad, JSON.stringify([record, record, { ...record, id: 'x', sha256: 'ABC', organizationId: 'odco' }]));
      const error = await loadApiKeys(bad).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.join('\n')).toMatch(/\[2\.sha256\][\s\S]*\[2\.organizationId\]/);

      await writeFile(bad, JSON.stringify([record, record]));
      await expect(loadApiKeys(bad)).rejects.toThrow(/duplicate id/);
      await expect(loadApiKeys(join(dir, 'missing.json'))).rejects.toThrow(/cannot read/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the Authorization header', () => {
  const authenticate = createAuthenticator({ jwtSecret: SECRET });

  it('is optional: no header (or a blank one) means ANONYMOUS', async () => {
    await expect(authenticate(undefined)).resolves.toEqual({ role: 'ANONYMOUS' });
    await expect(authenticate('  ')).resolves.toEqual({ role: 'ANONYMOUS' });
  });

  it('must read "Bearer <token>"', async () => {
    for (const header of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', 'Bearer a b', 'token abc']) {
      await expectUnauthenticated(authenticate(header), /Bearer <token>/);
    }
  });

  it('takes the scheme in any case', async () => {
    await expect(authenticate(`bearer ${await hs256({ role: 'STAFF' })}`)).resolves.toMatchObject({ role: 'STAFF' });
  });

  it('refuses JWTs when none can be verified', async () => {
    const keysOnly = createAuthenticator({ apiKeys: [] });
    await expectUnauthenticated(keysOnly(`Bearer ${await hs256({ role: 'STAFF' })}`), /accepts no JWTs/);
  });
});
