import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedServer } from '@cooplab/kit';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a PostgreSQL server the tests may create databases on. */
    postgresUrl: string;
  }
}

let server: EmbeddedServer | undefined;

/**
 * One real PostgreSQL for the whole run: the embedded one on a free port, or the server of DATABASE_URL.
 * Each test file creates its own databases on it.
 */
export async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('postgresUrl', process.env.DATABASE_URL);
    return;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'cooplab-test-pg-'));
  server = await startEmbeddedPostgres({ dataDir, persistent: false });
  project.provide('postgresUrl', server.url);
}

export async function teardown() {
  await server?.stop();
}
