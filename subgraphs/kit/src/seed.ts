import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { World } from '@cooplab/world';
import type { Logger } from './logger.js';

/** Rows written so far into one table by a seed. */
export interface SeedProgress {
  table: string;
  rows: number;
  total: number;
}

/** What a subgraph's seed gets: its database, the world to load and how. */
export interface SeedRun {
  em: EntityManager;
  log: Logger;
  world: World;
  /**
   * `if-empty`: load only into an empty database (start-up); returns false when there is data already.
   * `merge`: add what is missing and keep the rows already there (loading the scale world over the demo one).
   */
  mode: 'if-empty' | 'merge';
  progress?: (progress: SeedProgress) => void;
}

/** Inserts rows in multi-row statements; rows whose key is already there are skipped. */
export interface BulkWriter {
  /** Inserts `rows` (values in the order of `columns`); returns how many were new. */
  insert(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<number>;
}

/** PostgreSQL takes at most 65,535 parameters per statement; a few thousand rows per statement is the sweet spot. */
const MAX_PARAMETERS = 60_000;
const MAX_ROWS = 2_000;

/** From this many rows on, a table's secondary indexes are dropped before the insert and built again after it. */
const REBUILD_INDEXES_FROM = 20_000;

const quote = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bulk insert: unsafe name ${name}`);
  return `"${name}"`;
};

/**
 * Runs `load` in one transaction on a connection of its own (the driver's, not the ORM's unit of work): the
 * bulk path of every seed, fast enough for a country-sized world. All or nothing.
 */
export async function bulkLoad(run: Pick<SeedRun, 'em' | 'progress'>, load: (writer: BulkWriter) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: run.em.config.get('clientUrl') });
  await client.connect();
  try {
    await client.query('begin');
    // Index builds after a large insert are much faster with room to sort.
    await client.query(`set local maintenance_work_mem = '256MB'`);
    const statements = new Map<string, string>();
    const written = new Set<string>();
    const writer: BulkWriter = {
      async insert(table, columns, rows) {
        written.add(table);
        // Maintaining trigram and other secondary indexes row by row costs more than building them once: for a large
        // insert they are dropped and built again, in the same transaction (the keys that detect conflicts stay).
        const rebuild = rows.length >= REBUILD_INDEXES_FROM ? await secondaryIndexes(client, table) : [];
        for (const index of rebuild) await client.query(`drop index ${quote(index.name)}`);
        const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length)));
        const head = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values `;
        let inserted = 0;
        for (let start = 0; start < rows.length; start += perStatement) {
          const chunk = rows.slice(start, start + perStatement);
          const key = `${table}:${chunk.length}`;
          let sql = statements.get(key);
          if (!sql) {
            const tuples: string[] = [];
            for (let r = 0; r < chunk.length; r++) tuples.push(`(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
            sql = `${head}${tuples.join(', ')} on conflict do nothing`;
            statements.set(key, sql);
          }
          const values: unknown[] = [];
          for (const row of chunk) {
            if (row.length !== columns.length) throw new Error(`bulk insert into ${table}: ${row.length} values for ${columns.length} columns`);
            for (const value of row) values.push(value);
          }
          inserted += (await client.query(sql, values)).rowCount ?? 0;
          if (start + perStatement < rows.length) run.progress?.({ table, rows: start + perStatement, total: rows.length });
        }
        for (const index of rebuild) await client.query(index.definition);
        run.progress?.({ table, rows: rows.length, total: rows.length });
        return inserted;
      },
    };
    await load(writer);
    await client.query('commit');
    // Fresh statistics for what was loaded: without them the planner guesses (a substring search of the whole
    // country estimated at 6 rows, sorted after a trigram scan of 60,000), until autovacuum gets round to it. And a
    // vacuum: it marks the pages all-visible, so index-only scans are costed as what they are from the start —
    // not from whenever autovacuum happens to pass after a large insert, which changed plans under running queries.
    for (const table of written) await client.query(`vacuum (analyze) ${quote(table)}`);
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The indexes of `table` that neither are its primary key nor enforce a unique or exclusion constraint, with their definitions. */
async function secondaryIndexes(client: pg.Client, table: string): Promise<{ name: string; definition: string }[]> {
  const result = await client.query<{ name: string; definition: string }>(
    `select i.relname as name, pg_get_indexdef(x.indexrelid) as definition
       from pg_index x join pg_class i on i.oid = x.indexrelid
      where x.indrelid = $1::regclass and not x.indisprimary and not x.indisunique and not x.indisexclusion
        and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
      order by 1`,
    [quote(table)],
  );
  return result.rows;
}
