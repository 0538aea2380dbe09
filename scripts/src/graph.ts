import { randomBytes } from 'node:crypto';
import {
  createLogger,
  ensureDatabase,
  startSubgraph,
  type Logger,
  type RunningHttpService,
  type RunningSubgraph,
  type SubgraphDefinition,
} from '@cooplab/kit';
import { createAuthenticator, type ApiKeyRecord } from '@cooplab/gateway/auth';
import type { CorsPolicy } from '@cooplab/gateway/cors';
import type { ExplorerOptions } from '@cooplab/gateway/explorer';
import { startGateway } from '@cooplab/gateway/gateway';
import { compose } from './supergraph.js';
import { subgraphs as allSubgraphs } from './subgraphs.js';

export interface GraphOptions {
  /** URL of a PostgreSQL server; each subgraph gets the database `<databasePrefix>_<name>` on it. */
  postgresUrl: string;
  databasePrefix: string;
  /** Load the demo data into empty databases. */
  seed: boolean;
  subgraphs?: SubgraphDefinition[];
  /** The supergraph to serve; composed from the subgraphs when left out. */
  supergraphSdl?: string;
  /** 0 for any free port. */
  gatewayPort?: number;
  subgraphPort?: (def: SubgraphDefinition) => number;
  host?: string;
  jwtSecret: string;
  internalSecret?: string;
  apiKeys?: ApiKeyRecord[];
  log?: Logger;
  /** Browser origins allowed to call the gateway (none but its own by default). */
  cors?: CorsPolicy;
  /** Serve the explorer at the gateway's URL. */
  explorer?: ExplorerOptions;
}

export interface RunningGraph {
  /** The gateway's GraphQL endpoint. */
  url: string;
  gateway: RunningHttpService;
  subgraphs: Record<string, RunningSubgraph>;
  stop(): Promise<void>;
}

export const randomSecret = () => randomBytes(32).toString('base64url');

/** Starts every subgraph on its own database and the gateway in front of them, in this process. */
export async function startGraph(options: GraphOptions): Promise<RunningGraph> {
  const log = options.log ?? createLogger({});
  const defs = options.subgraphs ?? allSubgraphs;
  const internalSecret = options.internalSecret ?? randomSecret();
  const host = options.host ?? '127.0.0.1';
  const running: RunningSubgraph[] = [];
  try {
    for (const def of defs) {
      const databaseUrl = await ensureDatabase(options.postgresUrl, `${options.databasePrefix}_${def.name}`);
      running.push(
        await startSubgraph(def, { databaseUrl, port: options.subgraphPort?.(def) ?? 0, host, internalSecret, log, seed: options.seed }),
      );
    }
    const subgraphUrls = Object.fromEntries(running.map((s) => [s.name, s.url]));
    const supergraphSdl = options.supergraphSdl ?? (await compose(defs, subgraphUrls)).supergraph;
    const gateway = await startGateway({
      supergraphSdl,
      subgraphUrls,
      authenticate: createAuthenticator({ jwtSecret: options.jwtSecret, apiKeys: options.apiKeys ?? [] }),
      internalSecret,
      port: options.gatewayPort ?? 0,
      host,
      log: log.child({ service: 'gateway' }),
      cors: options.cors,
      explorer: options.explorer,
    });
    return {
      url: gateway.url,
      gateway,
      subgraphs: Object.fromEntries(running.map((s) => [s.name, s])),
      async stop() {
        await gateway.stop();
        await Promise.all(running.map((s) => s.stop()));
      },
    };
  } catch (error) {
    await Promise.all(running.map((s) => s.stop()));
    throw error;
  }
}
