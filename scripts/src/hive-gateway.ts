/**
 * Hive Gateway in a process of its own, over running subgraphs: the start-up of hive.ts on GATEWAY_PORT, each
 * subgraph at `<NAME>_URL`, JWT_SECRET to read bearer tokens, the principal signed with INTERNAL_AUTH_SECRET as
 * our gateway does; HIVE_DEDUPLICATE=false turns its in-flight deduplication of subgraph requests off. Started by
 * the benchmark (scale.ts, through addGateway) and by the suite (startHiveGatewayProcess).
 */
import { createAuthenticator } from '@cooplab/gateway/auth';
import { startHiveGateway } from './hive.js';

// Hive's logger checks LOG_LEVEL against its own levels whenever it makes a logger, and throws on ours (pino's
// `silent`, `fatal`; even on `false`, which its message offers). It logs nothing here (`logging: false`).
delete process.env.LOG_LEVEL;
const subgraphUrls = Object.fromEntries(
  Object.entries(process.env)
    .filter(([key, value]) => key.endsWith('_URL') && value)
    .map(([key, value]) => [key.slice(0, -'_URL'.length).toLowerCase(), value!]),
);
const hive = await startHiveGateway({
  subgraphUrls,
  authenticate: createAuthenticator({ jwtSecret: process.env.JWT_SECRET }),
  internalSecret: process.env.INTERNAL_AUTH_SECRET!,
  port: Number(process.env.GATEWAY_PORT),
  host: process.env.HOST ?? '127.0.0.1',
  deduplicate: process.env.HIVE_DEDUPLICATE !== 'false',
});
process.on('disconnect', () => process.exit(0)); // whoever started it is gone
process.on('SIGTERM', () => void hive.stop().then(() => process.exit(0)));
