import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '@cooplab/kit';
import { DEFAULT_SUPERGRAPH_PATH, loadGatewayConfig, supergraphSubgraphs } from '../src/config.js';

const subgraph = (name: string) => ({
  name,
  url: `http://localhost:4001/${name}`,
  typeDefs: parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"])
    type Query { ${name}Version: String }`),
});

describe('gateway configuration', () => {
  let dir: string;
  let supergraphPath: string;
  const valid = () => ({
    INTERNAL_AUTH_SECRET: 'internal-secret-0123456789abcdef-0123',
    SUPERGRAPH_PATH: supergraphPath,
    CATALOG_URL: 'http://catalog:4001/graphql',
    LEARNING_URL: 'http://learning:4002/graphql',
  });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cooplab-gateway-config-'));
    supergraphPath = join(dir, 'supergraph.graphql');
    const composed = composeServices([subgraph('catalog'), subgraph('learning')]);
    await writeFile(supergraphPath, composed.supergraphSdl!);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads operation limits, introspection and the subgraph timeout, with production defaults under NODE_ENV=production', () => {
    const dev = loadGatewayConfig(valid());
    expect(dev).toMatchObject({ introspection: true, limits: {}, subgraphTimeoutMs: undefined });
    const prod = loadGatewayConfig({ ...valid(), NODE_ENV: 'production', GATEWAY_MAX_COST: '900', GATEWAY_MAX_ALIASES: '5', GATEWAY_SUBGRAPH_TIMEOUT_MS: '2500' });
    expect(prod).toMatchObject({ introspection: false, limits: { maxCost: 900, maxAliases: 5 }, subgraphTimeoutMs: 2500 });
    expect(loadGatewayConfig({ ...valid(), NODE_ENV: 'production', GATEWAY_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(() => loadGatewayConfig({ ...valid(), GATEWAY_MAX_DEPTH: '0' })).toThrow(/GATEWAY_MAX_DEPTH: must be a positive integer/);
  });

  it('reads the subgraphs a supergraph names', async () => {
    const sdl = composeServices([subgraph('catalog'), subgraph('learning')]).supergraphSdl!;
    expect(supergraphSubgraphs(sdl)).toEqual([
      { enumValue: 'CATALOG', name: 'catalog', url: 'http://localhost:4001/catalog' },
      { enumValue: 'LEARNING', name: 'learning', url: 'http://localhost:4001/learning' },
    ]);
  });

  it('applies defaults, and treats empty variables as absent', () => {
    const config = loadGatewayConfig({ ...valid(), JWT_SECRET: '', JWKS_URL: '', METRICS_PORT: '' });
    expect(config).toMatchObject({
      port: 4000,
      metricsPort: undefined,
      host: '127.0.0.1',
      logLevel: 'info',
      jwtSecret: undefined,
      jwksUrl: undefined,
      readyChecksSubgraphs: false,
      subgraphUrls: { catalog: 'http://catalog:4001/graphql', learning: 'http://learning:4002/graphql' },
    });
    expect(config.supergraphSdl).toContain('join__Graph');
    expect(DEFAULT_SUPERGRAPH_PATH).toMatch(/\/schema\/supergraph\.graphql$/);
    expect(DEFAULT_SUPERGRAPH_PATH).not.toContain('/gateway/');
  });

  it('reads the port of /metrics', () => {
    expect(loadGatewayConfig({ ...valid(), METRICS_PORT: '9464' }).metricsPort).toBe(9464);
  });

  it('lists every problem at once, requiring the URL of each subgraph the supergraph names', () => {
    const error = (() => {
      try {
        loadGatewayConfig({ SUPERGRAPH_PATH: supergraphPath, JWT_SECRET: 'short', JWKS_URL: 'not a url', LEARNING_URL: 'ftp://x', GATEWAY_PORT: 'x', METRICS_PORT: '70000' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const variable of ['GATEWAY_PORT', 'METRICS_PORT', 'INTERNAL_AUTH_SECRET', 'JWT_SECRET', 'JWKS_URL', 'CATALOG_URL', 'LEARNING_URL']) {
      expect(problems).toContain(`${variable}:`);
    }
    expect(problems).not.toContain('AWARDS_URL');
  });

  it('reports a missing or broken supergraph', async () => {
    expect(() => loadGatewayConfig({ ...valid(), SUPERGRAPH_PATH: join(dir, 'nope.graphql') })).toThrow(/SUPERGRAPH_PATH: cannot use/);
    const notSupergraph = join(dir, 'plain.graphql');
    await writeFile(notSupergraph, 'type Query { a: Int }');
    expect(() => loadGatewayConfig({ ...valid(), SUPERGRAPH_PATH: notSupergraph })).toThrow(/not a supergraph/);
  });
});
