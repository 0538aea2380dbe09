/**
 * `npm start`: the whole graph on this machine, as deployed. Starts PostgreSQL from node_modules (data kept in
 * .data/), or uses DATABASE_URL; creates one database per subgraph; starts every subgraph (which migrates and
 * loads the demo data into its empty database) and the gateway, each in a process of its own so that they use
 * every core; prints the URL with a demo token per role. A part that stops on its own is reported at once and
 * the whole graph stops (exit code 1); Ctrl-C or SIGTERM stops every part, then PostgreSQL.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigError, DEMO_PRINCIPALS, createLogger, envBoolean, envPort, loadConfig, logLevel, runProcess, stableId, type Role } from '@cooplab/kit';
import { issueApiKey, loadApiKeys, type ApiKeyRecord } from '@cooplab/gateway/apikeys';
import { parseCorsOrigins } from '@cooplab/gateway/cors';
import { mintJwt } from '@cooplab/gateway/tokens';
import { devApiKeysFile } from './data-dir.js';
import { randomSecret } from './graph.js';
import { startGraphProcesses, type GraphProcesses } from './processes.js';
import { DATABASE_PREFIX, DATA_DIR, localPostgres } from './postgres.js';
import { subgraphs as subgraphShapes } from './subgraphs.js';
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
  // The gateway process reads its keys from a file: the demo key and the minted ones.
  const gatewayKeysFile = `${DATA_DIR}gateway-api-keys.json`;
  const apiKeys = [secrets.partnerApiKeyRecord, ...mintedKeys.filter((k) => k.sha256 !== secrets.partnerApiKeyRecord.sha256)];
  await writeFile(gatewayKeysFile, JSON.stringify(apiKeys, null, 2), { mode: 0o600 });

  // A signal during start-up stops what has started (after it, runProcess's handlers take over).
  const starting = new AbortController();
  const interrupt = () => starting.abort();
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  const postgres = await localPostgres(log);
  const postgresUrl = postgres.url;
  let graph: GraphProcesses | undefined;
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      starting.abort();
      await graph?.stop();
      await postgres.stop();
    })());
  try {
    const odco = stableId('organization', 'odco');
    const jwtSecret = env.JWT_SECRET ?? secrets.jwtSecret;
    const port = (name: string) => ((env as Record<string, unknown>)[`${name.toUpperCase()}_PORT`] as number | undefined) ?? 0;
    graph = await startGraphProcesses({
      postgresUrl,
      databasePrefix: DATABASE_PREFIX,
      seed: true,
      gatewayPort: env.GATEWAY_PORT,
      subgraphPort: port,
      internalSecret: secrets.internalSecret,
      env: { LOG_LEVEL: env.LOG_LEVEL, LEARNING_CREDENTIAL_KEY: process.env.LEARNING_CREDENTIAL_KEY ?? secrets.learningCredentialKey },
      gatewayEnv: {
        JWT_SECRET: jwtSecret,
        API_KEYS_FILE: gatewayKeysFile,
        CORS_ORIGINS: env.CORS_ORIGINS,
        GATEWAY_EXPLORER: String(explorer),
        SUPERGRAPH_PATH,
      },
      inheritOutput: true,
      log,
      signal: starting.signal,
      onExit: (part, code, signal) => {
        log.error(`${part.name} stopped on its own (${signal ?? `exit code ${code}`}): stopping the whole graph`, { service: part.name });
        void stopAll().finally(() => process.exit(1));
      },
    });
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    const jwt = (role: Exclude<Role, 'ANONYMOUS'>, extra: { org?: string; trainer?: string; coop?: string; buyer?: string } = {}) =>
      mintJwt({ role, secret: jwtSecret, ttl: '30d', ...extra });
    const tokens = {
      STAFF: await jwt('STAFF'),
      PARTNER: await jwt('PARTNER', { org: odco }),
      JURY: await jwt('JURY', { org: odco }),
      TRAINER: await jwt('TRAINER', { trainer: DEMO_PRINCIPALS.trainerId }),
      COOPERATIVE: await jwt('COOPERATIVE', { coop: DEMO_PRINCIPALS.cooperativeId }),
      BUYER: await jwt('BUYER', { buyer: DEMO_PRINCIPALS.buyerId }),
    };
    const example = `{ cooperatives(first: 3, filter: { regions: ["MA-09"], womenOnly: true }) { totalCount edges { node { name { fr ar } sector products(first: 5) { totalCount edges { node { name { fr } price { amount } } } } } } } }`;
    process.stdout.write(
      [
        '',
        `CoopLab graph is running: ${graph.url}`,
        `  subgraphs: ${Object.values(graph.subgraphs).map((s) => `${s.name} ${s.url}`).join(', ')}`,
        `  processes: ${graph.parts.map((p) => `${p.name} ${p.child.pid}`).join(', ')} (one per service)`,
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
    return { stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
});
