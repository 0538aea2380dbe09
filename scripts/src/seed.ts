/**
 * `npm run seed -- [--size demo|scale] [--factor 0.1]`: loads the world into the databases of the local
 * configuration — DATABASE_URL, or the embedded PostgreSQL of `npm start` (.data/postgres; the running one is
 * reused) — creating and migrating them as needed. Rows already there are kept: `--size scale` over a database
 * holding the demo world adds the rest of the country. Prints a line per table (rows, time, rate) and a summary.
 */
import { parseArgs } from 'node:util';
import { createLogger, type LogLevel } from '@cooplab/kit';
import type { WorldSize } from '@cooplab/world';
import { loadWorld } from './load-world.js';
import { DATABASE_PREFIX, localPostgres } from './postgres.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'demo' },
    factor: { type: 'string' },
  },
});
if (values.size !== 'demo' && values.size !== 'scale') {
  process.stderr.write(`seed: --size must be demo or scale, not "${values.size}"\n`);
  process.exit(2);
}
const factor = values.factor === undefined ? undefined : Number(values.factor);
if (factor !== undefined && !(factor > 0 && factor <= 1)) {
  process.stderr.write(`seed: --factor must be a number in (0, 1], not "${values.factor}"\n`);
  process.exit(2);
}

const log = createLogger({ service: 'seed' }, (process.env.LOG_LEVEL as LogLevel | undefined) ?? 'warn');
const postgres = await localPostgres(log, { reuseRunning: true });
const say = (line: string) => process.stdout.write(`${line}\n`);
say(`seed: ${values.size} world into ${postgres.description}`);
try {
  await loadWorld({ postgresUrl: postgres.url, databasePrefix: DATABASE_PREFIX, size: values.size as WorldSize, factor, log, report: say });
} catch (error) {
  process.stderr.write(`seed failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await postgres.stop();
}
