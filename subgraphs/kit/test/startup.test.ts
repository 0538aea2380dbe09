import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { explainPostgresFailure } from '../src/database.js';
import { StartupError, explainStartupError } from '../src/startup.js';

const listen = (port = 0) =>
  new Promise<Server>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });

describe('start-up failures explained', () => {
  it('names a port in use and what to do', async () => {
    const holder = await listen();
    const port = (holder.address() as { port: number }).port;
    const error = await listen(port).catch((e: unknown) => e);
    holder.close();
    const explained = explainStartupError(error);
    expect(explained).toMatchObject({ cause: `127.0.0.1:${port} is in use by another process`, known: true });
    expect(explained.hint).toMatch(/GATEWAY_PORT/);
  });

  it('names an unreachable database', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5999'), { code: 'ECONNREFUSED', address: '127.0.0.1', port: 5999 });
    expect(explainStartupError(error)).toMatchObject({ cause: 'cannot reach 127.0.0.1:5999 (ECONNREFUSED)', hint: expect.stringMatching(/DATABASE_URL/) });
  });

  it('keeps the message of an unknown failure, marked unknown so that it is logged in full', () => {
    expect(explainStartupError(new Error('boom'))).toMatchObject({ cause: 'boom', known: false });
    expect(explainStartupError(undefined)).toMatchObject({ cause: 'unknown error', known: false });
    expect(explainStartupError(new StartupError('it broke', 'fix it'))).toEqual({ cause: 'it broke', hint: 'fix it', known: true });
  });

  it('reads PostgreSQL’s own messages: its lock held by another instance, its port in use', () => {
    const where = { dataDir: '/data/postgres', port: 54329 };
    const lock = explainPostgresFailure(undefined, [
      '[STDERR] FATAL:  lock file "postmaster.pid" already exists',
      '[STDERR] HINT:  Is another postmaster (PID 4242) running in data directory "/data/postgres"?',
    ], where);
    expect(lock.message).toMatch(/in use by another PostgreSQL \(PID 4242\)/);
    expect(lock.hint).toMatch(/stop the other one first/);
    const port = explainPostgresFailure(undefined, ['LOG:  could not bind IPv4 address "127.0.0.1": Address already in use'], where);
    expect(port.hint).toMatch(/EMBEDDED_POSTGRES_PORT/);
    const other = explainPostgresFailure(undefined, ['[STDERR] initdb:', '[STDERR] error:', '[STDERR] something odd happened'], where);
    expect(other.message).toBe('the embedded PostgreSQL did not start: error: something odd happened');
  });
});
