import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@cooplab/kit';
import { loadLearningConfig } from '../src/subgraph.js';
import { testKeyPem } from './support.js';

const silent = createLogger({}, 'silent');

describe('learning configuration', () => {
  it('reads an Ed25519 key from a PKCS#8 PEM (also with escaped newlines) and derives its kid', () => {
    const pem = testKeyPem();
    const config = loadLearningConfig({ LEARNING_CREDENTIAL_KEY: pem }, silent);
    expect(config.credentialKey.ephemeral).toBe(false);
    expect(config.credentialKey.publicJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(config.credentialKey.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const escaped = loadLearningConfig({ LEARNING_CREDENTIAL_KEY: pem.replace(/\n/g, '\\n') }, silent);
    expect(escaped.credentialKey.kid).toBe(config.credentialKey.kid);
  });

  it('reads a private JWK', () => {
    const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
    const config = loadLearningConfig({ LEARNING_CREDENTIAL_KEY: JSON.stringify(jwk) }, silent);
    expect(config.credentialKey.publicJwk.x).toBe(jwk.x);
    expect(JSON.stringify(config.credentialKey.publicJwk)).not.toContain(String(jwk.d));
  });

  it('refuses other keys and, in production, a missing key; lists the problem', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => loadLearningConfig({ LEARNING_CREDENTIAL_KEY: rsa }, silent)).toThrow(/LEARNING_CREDENTIAL_KEY: must be an Ed25519 key/);
    expect(() => loadLearningConfig({ LEARNING_CREDENTIAL_KEY: 'secret' }, silent)).toThrow(/LEARNING_CREDENTIAL_KEY/);
    expect(() => loadLearningConfig({ LEARNING_CREDENTIAL_KEY: '{"kty":"oct","k":"x"}' }, silent)).toThrow(/Ed25519 private JWK/);
    expect(() => loadLearningConfig({ NODE_ENV: 'production' }, silent)).toThrow(/LEARNING_CREDENTIAL_KEY: is required in production/);
  });

  it('generates an ephemeral key in development, with a warning', () => {
    const warnings: string[] = [];
    const log = { ...silent, warn: (m: string) => void warnings.push(m) };
    const config = loadLearningConfig({}, log);
    expect(config.credentialKey.ephemeral).toBe(true);
    expect(warnings[0]).toMatch(/ephemeral/);
    expect(config.verifyMissesAnonymous).toBe(300);
  });
});
