/**
 * `npm start`: the whole graph on this machine. Starts PostgreSQL from node_modules (data kept in .data/),
 * or uses DATABASE_URL; creates one database per subgraph, migrates, loads the demo data into empty
 * databases, starts every subgraph and the gateway, and prints the URL with a demo token per role.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { DEMO_PRINCIPALS, createLogger, runProcess, stableId, type LogLevel, type Role } from '@cooplab/kit';
import { issueApiKey, type ApiKeyRecord } from '@cooplab/gateway/apikeys';
import { mintJwt } from '@cooplab/gateway/tokens';
import { randomSecret, startGraph } from './graph.js';
import { DATABASE_PREFIX, DATA_DIR, localPostgres } from './postgres.js';
import { configuredSubgraphs } from './subgraphs.js';
import { SUPERGRAPH_PATH } from './supergraph.js';

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
  await mkdir(DATA_DIR, { recursive: true });
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
      gatewayPort: Number(process.env.GATEWAY_PORT ?? 4000),
      subgraphPort: (def) => Number(process.env[`${def.name.toUpperCase()}_PORT`] ?? def.defaultPort),
      jwtSecret: process.env.JWT_SECRET ?? secrets.jwtSecret,
      internalSecret: secrets.internalSecret,
      apiKeys: [secrets.partnerApiKeyRecord],
      log,
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
        `  database:  ${postgres.description}`,
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
        await postgres.stop();
      },
    };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
});
