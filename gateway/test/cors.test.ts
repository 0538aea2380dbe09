import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@cooplab/kit';
import { DEFAULT_SUPERGRAPH_PATH, loadGatewayConfig, supergraphSubgraphs } from '../src/config.js';
import { parseCorsOrigins } from '../src/cors.js';

describe('CORS_ORIGINS', () => {
  it('reads a list of origins, separated by commas or spaces, a trailing slash dropped', () => {
    expect(parseCorsOrigins('https://app.example.org, http://localhost:5173 https://b.example.org/', true)).toEqual({
      policy: { origins: ['https://app.example.org', 'http://localhost:5173', 'https://b.example.org'] },
      problems: [],
    });
  });

  it('allows no other origin when unset', () => {
    expect(parseCorsOrigins(undefined, false)).toEqual({ policy: { origins: [] }, problems: [] });
    expect(parseCorsOrigins('', true)).toEqual({ policy: { origins: [] }, problems: [] });
  });

  it('allows * outside production only', () => {
    expect(parseCorsOrigins('*', false)).toEqual({ policy: { origins: '*' }, problems: [] });
    expect(parseCorsOrigins('*', true).problems).toEqual([expect.stringMatching(/^CORS_ORIGINS: '\*' is refused in production/)]);
  });

  it('names each entry that is not an origin', () => {
    expect(parseCorsOrigins('app.example.org,https://a.org/path,ftp://x.org,https://ok.org', false).problems).toEqual([
      expect.stringContaining('"app.example.org" is not an origin'),
      expect.stringContaining('"https://a.org/path" is not an origin'),
      expect.stringContaining('"ftp://x.org" is not an origin'),
    ]);
  });
});

describe('the gateway configuration of CORS and the explorer', () => {
  const base = {
    INTERNAL_AUTH_SECRET: 'internal-secret-0123456789abcdef-0123',
    ...Object.fromEntries(supergraphSubgraphs(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')).map((s) => [`${s.enumValue}_URL`, 'http://127.0.0.1:1/graphql'])),
  };

  it('serves the explorer outside production, and in production only when GATEWAY_EXPLORER=true', () => {
    expect(loadGatewayConfig(base).explorer).toBe(true);
    expect(loadGatewayConfig({ ...base, NODE_ENV: 'production' }).explorer).toBe(false);
    expect(loadGatewayConfig({ ...base, NODE_ENV: 'production', GATEWAY_EXPLORER: 'true' }).explorer).toBe(true);
    expect(loadGatewayConfig({ ...base, GATEWAY_EXPLORER: 'false' }).explorer).toBe(false);
  });

  it('refuses to start in production with CORS_ORIGINS=*, saying what to set instead', () => {
    expect(loadGatewayConfig({ ...base, CORS_ORIGINS: '*' }).cors).toEqual({ origins: '*' });
    let error: unknown;
    try {
      loadGatewayConfig({ ...base, NODE_ENV: 'production', CORS_ORIGINS: '*' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([expect.stringMatching(/CORS_ORIGINS.*list the origins of your front ends/)]);
  });
});
