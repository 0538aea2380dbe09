import { ensureDatabase, openDatabase, type Logger, type SeedProgress, type SubgraphDefinition } from '@cooplab/kit';
import { world as worldOf, type World, type WorldSize } from '@cooplab/world';
import { subgraphs as allSubgraphs } from './subgraphs.js';

export interface LoadWorldOptions {
  /** URL of the PostgreSQL server; each subgraph's database is `<databasePrefix>_<name>` on it. */
  postgresUrl: string;
  databasePrefix: string;
  size: WorldSize;
  /** Scales the scale size down (0 < factor ≤ 1). */
  factor?: number;
  subgraphs?: SubgraphDefinition[];
  log: Logger;
  /** Called with a line of progress or summary to show. */
  report?: (line: string) => void;
}

export interface LoadedTable {
  subgraph: string;
  table: string;
  rows: number;
  seconds: number;
}

export interface LoadWorldResult {
  world: World;
  /** Seconds spent building the world. */
  buildSeconds: number;
  /** Seconds spent writing it. */
  loadSeconds: number;
  tables: LoadedTable[];
  rows: number;
}

const n = (value: number) => value.toLocaleString('en-US');

/**
 * Loads a world into every subgraph's database (created and migrated if needed), merging with what is there:
 * rows already present are kept, so the scale world goes over the demo one. Each subgraph's seed writes its
 * slice in one transaction with multi-row inserts; progress is reported per table.
 */
export async function loadWorld(options: LoadWorldOptions): Promise<LoadWorldResult> {
  const report = options.report ?? (() => undefined);
  const started = performance.now();
  const world = worldOf(options.size, { factor: options.factor });
  const buildSeconds = (performance.now() - started) / 1000;
  report(
    `world ${options.size}${options.factor ? ` ×${options.factor}` : ''} built in ${buildSeconds.toFixed(1)} s: ${n(world.cooperatives.length)} cooperatives, ` +
      `${n(world.products.length)} products, ${n(world.learning.enrollments.length)} enrolments, ${n(world.learning.coachingSessions.length)} coaching sessions, ` +
      `${n(world.awards.applications.length)} prize applications`,
  );

  const tables: LoadedTable[] = [];
  const loadStarted = performance.now();
  for (const def of options.subgraphs ?? allSubgraphs) {
    if (!def.seed) continue;
    const url = await ensureDatabase(options.postgresUrl, `${options.databasePrefix}_${def.name}`);
    const db = await openDatabase({ url, entities: def.entities, migrations: def.migrations, migrationsPath: def.migrationsPath, log: options.log });
    try {
      let table = '';
      let tableStarted = 0;
      let lastLine = 0;
      const finish = (p: SeedProgress) => {
        const seconds = (performance.now() - tableStarted) / 1000;
        tables.push({ subgraph: def.name, table: p.table, rows: p.total, seconds });
        report(`${def.name.padEnd(10)} ${p.table.padEnd(24)} ${n(p.total).padStart(9)} rows  ${seconds.toFixed(1).padStart(5)} s  ${n(Math.round(p.total / Math.max(seconds, 0.001))).padStart(9)} rows/s`);
      };
      await def.seed({
        em: db.orm.em.fork(),
        log: options.log,
        world,
        mode: 'merge',
        progress: (p) => {
          const now = performance.now();
          if (p.table !== table) {
            table = p.table;
            tableStarted = now - 1;
            lastLine = now;
          }
          if (p.rows === p.total) finish(p);
          else if (now - lastLine > 2_000) {
            lastLine = now;
            const seconds = (now - tableStarted) / 1000;
            report(`${def.name.padEnd(10)} ${p.table.padEnd(24)} ${n(p.rows).padStart(9)} / ${n(p.total)} rows  ${n(Math.round(p.rows / seconds))} rows/s`);
          }
        },
      });
    } finally {
      await db.orm.close();
    }
  }
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const rows = tables.reduce((s, t) => s + t.rows, 0);
  report(`loaded ${n(rows)} rows in ${loadSeconds.toFixed(1)} s (${n(Math.round(rows / loadSeconds))} rows/s); world built in ${buildSeconds.toFixed(1)} s; total ${(buildSeconds + loadSeconds).toFixed(1)} s`);
  return { world, buildSeconds, loadSeconds, tables, rows };
}
