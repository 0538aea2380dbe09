/**
 * `npm start`: the whole graph on this machine. Starts PostgreSQL from node_modules (data kept in .data/),
 * or uses DATABASE_URL; creates one database per subgraph, migrates, loads the demo data into empty
 * databases, starts every subgraph and the gateway, and prints the URL with a demo token per role.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigError, DEMO_PRINCIPALS, createLogger, envBoolean, envPort, loadConfig, logLevel, runProcess, stableId, type Role } from '@cooplab/kit';
import { issueApiKey, loadApiKeys, type ApiKeyRecord } from '@cooplab/gateway/apikeys';
import { parseCorsOrigins } from '@cooplab/gateway/cors';
import { loadExampleOperations } from '@cooplab/gateway/explorer';
import { mintJwt } from '@cooplab/gateway/tokens';
import { devApiKeysFile } from './data-dir.js';
import { randomSecret, startGraph } from './graph.js';
import { DATABASE_PREFIX, DATA_DIR, localPostgres } from './postgres.js';
import { configuredSubgraphs, subgraphs as subgraphShapes } from './subgraphs.js';
import { SUPERGRAPH_PATH } from './supergraph.js';

/** What `npm start` reads from the environment, checked once: every problem is listed before anything starts. */
const devEnv = z.object({
  LOG_LEVEL: logLevel.default('warn'),
  GATEWAY_PORT: envPort(4000),
  EMBEDDED_POSTGRES_PORT: envPort(54329),
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
  JWT_SECRET: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(32, 'must be at least 32 characters').optional()),
  // Any origin may call the graph of `npm start` (a front end on its own dev server), unless CORS_ORIGINS says otherwise.
  CORS_ORIGINS: z.string().default('*'),
  GATEWAY_EXPLORER: envBoolean(true),
  ...Object.fromEntries(subgraphShapes.map((def) => [`${def.name.toUpperCase()}_PORT`, envPort(def.defaultPort)])),
});

interface DevSecrets {
  jwtSecret: string;
  internalSecret: string;
  partnerApiKey: string;
  partnerApiKeyRecord: ApiKeyRecord;
  /** Signs exported credentials (Ed25519, PKCS#8 PEM): kept so that they stay verifiable across restarts. */
  learningCredentialKey: string;
}

/** Secrets made once and kept in .data/, so that demo tokens and credentials stay valid across restarts. */
async function devSecrets(): Promise<DevSecrets> {
  const path = `${DATA_DIR}dev-secrets.json`;
  const kept: Partial<DevSecrets> = existsSync(path) ? (JSON.parse(await readFile(path, 'utf8')) as Partial<DevSecrets>) : {};
  const issued = kept.partnerApiKey && kept.partnerApiKeyRecord ? null : issueApiKey({ organizationId: stableId('organization', 'odco'), label: 'ODCO (demo)', id: 'demo-odco' });
  const secrets: DevSecrets = {
    jwtSecret: kept.jwtSecret ?? randomSecret(),
    internalSecret: kept.internalSecret ?? randomSecret(),
    partnerApiKey: issued?.key ?? kept.partnerApiKey!,
    partnerApiKeyRecord: issued?.record ?? kept.partnerApiKeyRecord!,
    learningCredentialKey: kept.learningCredentialKey ?? generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
  await writeFile(path, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

runProcess('dev', async () => {
  const env = loadConfig(devEnv);
  const log = createLogger({}, env.LOG_LEVEL);
  const cors = parseCorsOrigins(env.CORS_ORIGINS, false);
  if (cors.problems.length) throw new ConfigError(cors.problems);
  const explorer = env.GATEWAY_EXPLORER;
  await mkdir(DATA_DIR, { recursive: true });
  // Keys minted with `npm run token -- api-key` (kept in .data/api-keys.json, or API_KEYS_FILE) beside the demo key.
  const apiKeysFile = devApiKeysFile();
  const mintedKeys = existsSync(apiKeysFile) ? await loadApiKeys(apiKeysFile) : [];
  const secrets = await devSecrets();
  const postgres = await localPostgres(log);
  const postgresUrl = postgres.url;
  try {
    const odco = stableId('organization', 'odco');
    const subgraphs = configuredSubgraphs({ ...process.env, LEARNING_CREDENTIAL_KEY: process.env.LEARNING_CREDENTIAL_KEY ?? secrets.learningCredentialKey });
    const graph = await startGraph({
      subgraphs,
      postgresUrl,
      databasePrefix: DATABASE_PREFIX,
      seed: true,
      supergraphSdl: await readFile(SUPERGRAPH_PATH, 'utf8'),
      gatewayPort: env.GATEWAY_PORT,
      subgraphPort: (def) => ((env as Record<string, unknown>)[`${def.name.toUpperCase()}_PORT`] as number | undefined) ?? def.defaultPort,
      jwtSecret: env.JWT_SECRET ?? secrets.jwtSecret,
      internalSecret: secrets.internalSecret,
      apiKeys: [secrets.partnerApiKeyRecord, ...mintedKeys.filter((k) => k.sha256 !== secrets.partnerApiKeyRecord.sha256)],
      log,
      cors: cors.policy,
      explorer: explorer ? { operations: await loadExampleOperations() } : undefined,
    });
    const jwt = (role: Exclude<Role, 'ANONYMOUS'>, extra: { org?: string; trainer?: string; coop?: string; buyer?: string } = {}) =>
      mintJwt({ role, secret: env.JWT_SECRET ?? secrets.jwtSecret, ttl: '30d', ...extra });
    const tokens = {
      STAFF: await jwt('STAFF'),
      PARTNER: await jwt('PARTNER', { org: odco }),
      JURY: await jwt('JURY', { org: odco }),
      TRAINER: await jwt('TRAINER', { trainer: DEMO_PRINCIPALS.trainerId }),
      COOPERATIVE: await jwt('COOPERATIVE', { coop: DEMO_PRINCIPALS.cooperativeId }),
      BUYER: await jwt('BUYER', { buyer: DEMO_PRINCIPALS.buyerId }),
    };
    const example = `{ cooperatives(first: 3, filter: { regions: ["MA-09"], womenOnly: true }) { totalCount edges { node { name { fr ar } sector products { name { fr } price { amount } } } } } }`;
    process.stdout.write(
      [
        '',
        `CoopLab graph is running: ${graph.url}`,
        `  subgraphs: ${subgraphs.map((s) => `${s.name} ${graph.subgraphs[s.name]?.url}`).join(', ')}`,
        `  database:  ${postgres.description}`,
        `  runtime:   Node.js ${process.version}`,
        `  CORS:      ${cors.policy.origins === '*' ? 'any origin (CORS_ORIGINS=*)' : cors.policy.origins.join(', ') || 'none'}`,
        ...(explorer ? [`  explorer:  open ${graph.url} in a browser (the example operations are its tabs; put a token in Headers)`] : []),
        '',
        'Try it (anonymous):',
        `  curl -s ${graph.url} -H 'content-type: application/json' -d '${JSON.stringify({ query: example })}'`,
        '',
        'Demo tokens (send as "Authorization: Bearer <token>"):',
        ...Object.entries(tokens).map(([role, token]) => `  ${role.padEnd(8)} ${token}`),
        `  API key (PARTNER, ODCO) ${secrets.partnerApiKey}`,
        `  ${mintedKeys.length} more API key(s) from ${apiKeysFile} (npm run token -- api-key adds there; restart to load new ones)`,
        '',
        'Ctrl-C (or SIGTERM to npm) stops everything.',
        '',
      ].join('\n'),
    );
    return {
      async stop() {
        await graph.stop();
        await postgres.stop();
      },
    };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
});
