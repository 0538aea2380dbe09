import { MikroORM, UniqueConstraintViolationException, type EntityManager, type Logger as OrmLogger, type LogContext, type Constructor, type AnyEntity, type EntityClass } from '@mikro-orm/postgresql';
import { recordSqlSpan } from './tracing.js';
import { Migrator, type Migration } from '@mikro-orm/migrations';
import type { Logger } from './logger.js';

/** Counts the SQL statements an ORM sends: the measure behind the "no N+1" tests and benchmarks. */
export class QueryCounter {
  count = 0;
  reset(): void {
    this.count = 0;
  }
}

export interface OrmOptions {
  url: string;
  entities: EntityClass<AnyEntity>[];
  migrations: { name: string; class: Constructor<Migration> }[];
  /** Folder of the migration sources, for `npm run migration:create`. */
  migrationsPath?: string;
  log: Logger;
  poolMax?: number;
  /** The service the database belongs to, named on its SQL spans. */
  service?: string;
}

export interface Database {
  orm: MikroORM;
  queries: QueryCounter;
}

/** Opens MikroORM on PostgreSQL with explicit entities and migrations (no folder discovery), then migrates. */
export async function openDatabase(options: OrmOptions, migrate = true): Promise<Database> {
  const queries = new QueryCounter();
  const sqlLog = process.env.LOG_SQL === 'true';
  const orm = await MikroORM.init({
    clientUrl: options.url,
    entities: options.entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true, warnWhenNoEntities: false },
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations,
      path: options.migrationsPath,
      pathTs: options.migrationsPath,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    // Summary tables maintained by triggers (`figures_*`) have no entity: the migration generator leaves them be.
    schemaGenerator: { skipTables: [/^figures_/] },
    pool: { min: 0, max: options.poolMax ?? 10 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: ['query'],
    loggerFactory: () => countingLogger(queries, options.log, sqlLog, options.service ?? ''),
  });
  if (migrate) await orm.getMigrator().up();
  return { orm, queries };
}

function countingLogger(queries: QueryCounter, log: Logger, printSql: boolean, service: string): OrmLogger {
  return {
    log: (namespace: string, message: string) => {
      if (namespace !== 'query') log.debug(message, { namespace });
    },
    error: (namespace: string, message: string) => log.error(message, { namespace }),
    warn: (namespace: string, message: string) => log.warn(message, { namespace }),
    logQuery: (context: LogContext) => {
      queries.count++;
      recordSqlSpan(service, context.query ?? '', context.took);
      if (printSql) log.info('sql', { query: context.query, took: context.took });
    },
    setDebugMode: () => undefined,
    isEnabled: () => true,
  };
}

/**
 * Flushes the unit of work; a unique violation that slipped past a service's own checks (a concurrent insert)
 * becomes the service's CONFLICT instead of an internal error.
 */
export async function flushUnique(em: EntityManager, conflict: () => Error): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict();
    throw error;
  }
}

/**
 * Sets on `entity` each field of `changes` that is given, neither undefined nor null: the update of an input
 * whose fields are all optional. (A field that null clears is set on its own.)
 */
export function assignGiven<T extends object>(entity: T, changes: { [K in keyof T]?: T[K] | null }): T {
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined && value !== null) (entity as Record<string, unknown>)[key] = value;
  }
  return entity;
}
