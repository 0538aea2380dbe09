/**
 * `npm start`: the whole graph on this machine. Starts PostgreSQL from node_modules (data kept in .data/),
 * or uses DATABASE_URL; creates one database per subgraph, migrates, loads the demo data into empty
 * databases, starts every subgraph and the gateway, and prints the URL with a demo token per role.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ConfigError, DEMO_PRINCIPALS, createLogger, runProcess, startEmbeddedPostgres, stableId, type EmbeddedServer, type LogLevel, type Role } from '@cooplab/kit';
import { issueApiKey, type ApiKeyRecord } from '@cooplab/gateway/apikeys';
import { parseCorsOrigins } from '@cooplab/gateway/cors';
import { loadExampleOperations } from '@cooplab/gateway/explorer';
import { mintJwt } from '@cooplab/gateway/tokens';
import { randomSecret, startGraph } from './graph.js';
import { configuredSubgraphs } from './subgraphs.js';
import { SUPERGRAPH_PATH } from './supergraph.js';

const DATA_DIR = fileURLToPath(new URL('../../.data/', import.meta.url));

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
  const log = createLogger({}, (process.env.LOG_LEVEL as LogLevel | undefined) ?? 'warn');
  // Any origin may call the graph of `npm start` (a front end on its own dev server), unless CORS_ORIGINS says otherwise.
  const cors = parseCorsOrigins(process.env.CORS_ORIGINS || '*', false);
  if (cors.problems.length) throw new ConfigError(cors.problems);
  const explorer = process.env.GATEWAY_EXPLORER !== 'false';
  await mkdir(DATA_DIR, { recursive: true });
  const secrets = await devSecrets();
  let embedded: EmbeddedServer | undefined;
  let postgresUrl = process.env.DATABASE_URL;
  if (!postgresUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: `${DATA_DIR}postgres`,
      port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329),
      persistent: true,
      log,
    });
    postgresUrl = embedded.url;
  }
  try {
    const odco = stableId('organization', 'odco');
    const subgraphs = configuredSubgraphs({ ...process.env, LEARNING_CREDENTIAL_KEY: process.env.LEARNING_CREDENTIAL_KEY ?? secrets.learningCredentialKey });
    const graph = await startGraph({
      subgraphs,
      postgresUrl,
      databasePrefix: 'cooplab',
      seed: true,
      supergraphSdl: await readFile(SUPERGRAPH_PATH, 'utf8'),
      gatewayPort: Number(process.env.GATEWAY_PORT ?? 4000),
      subgraphPort: (def) => Number(process.env[`${def.name.toUpperCase()}_PORT`] ?? def.defaultPort),
      jwtSecret: process.env.JWT_SECRET ?? secrets.jwtSecret,
      internalSecret: secrets.internalSecret,
      apiKeys: [secrets.partnerApiKeyRecord],
      log,
      cors: cors.policy,
      explorer: explorer ? { operations: await loadExampleOperations() } : undefined,
    });
    const jwt = (role: Exclude<Role, 'ANONYMOUS'>, extra: { org?: string; trainer?: string; coop?: string; buyer?: string } = {}) =>
      mintJwt({ role, secret: process.env.JWT_SECRET ?? secrets.jwtSecret, ttl: '30d', ...extra });
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
        `  database:  ${embedded ? `embedded PostgreSQL (data in .data/postgres)` : 'DATABASE_URL'}`,
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
        '',
        'Ctrl-C stops everything.',
        '',
      ].join('\n'),
    );
    return {
      async stop() {
        await graph.stop();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
});
