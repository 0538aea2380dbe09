import { createLogger, runProcess } from '@cooplab/kit';
import { createAuthenticator, loadApiKeys } from './auth.js';
import { loadGatewayConfig } from './config.js';
import { loadExampleOperations } from './explorer.js';
import { startGateway } from './gateway.js';
import { loadManifest } from './persisted.js';

// The gateway process. Importing this module starts it: other code imports '@cooplab/gateway/gateway',
// '@cooplab/gateway/auth', '@cooplab/gateway/tokens'.
runProcess('gateway', async () => {
  const config = loadGatewayConfig();
  const log = createLogger({ service: 'gateway' }, config.logLevel);
  const apiKeys = config.apiKeysFile ? await loadApiKeys(config.apiKeysFile) : [];
  if (!config.jwtSecret && !config.jwksUrl && !config.apiKeysFile) {
    log.warn('no JWT_SECRET, JWKS_URL or API_KEYS_FILE: every call is served as ANONYMOUS, and any token is refused');
  }
  const gateway = await startGateway({
    supergraphSdl: config.supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    authenticate: createAuthenticator({
      jwtSecret: config.jwtSecret,
      jwksUrl: config.jwksUrl,
      issuer: config.issuer,
      audience: config.audience,
      apiKeys,
    }),
    internalSecret: config.internalSecret,
    port: config.port,
    metricsPort: config.metricsPort,
    host: config.host,
    log,
    readyChecksSubgraphs: config.readyChecksSubgraphs,
    limits: config.limits,
    introspection: config.introspection,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    rateLimit: config.rateLimit,
    safelist: config.safelist ? await loadManifest(config.operationsManifestPath) : undefined,
    trustedProxies: config.trustedProxies,
    cors: config.cors,
    explorer: config.explorer ? { operations: await loadExampleOperations() } : undefined,
    // GATEWAY_DEDUPLICATE=false sends every subgraph request (to measure what deduplication saves).
    deduplicate: process.env.GATEWAY_DEDUPLICATE !== 'false',
  });
  log.info('gateway listening', {
    url: gateway.url,
    metrics: gateway.metricsUrl,
    supergraph: config.supergraphPath,
    subgraphs: config.subgraphUrls,
    cors: config.cors.origins,
    explorer: config.explorer,
    auth: { hs256: Boolean(config.jwtSecret), jwks: config.jwksUrl ?? null, apiKeys: apiKeys.length },
  });
  return gateway;
});
