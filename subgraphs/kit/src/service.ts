import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import { loadConfig, subgraphEnvSchema } from './config.js';
import { createContext, type SubgraphContext } from './context.js';
import { markReadOnly } from './loaders.js';
import { ensureDatabase } from './database.js';
import { createErrorFormatter } from './errors.js';
import { serveHttp, type RunningHttpService } from './http.js';
import { apolloLogger, createLogger, type Logger, type LogLevel } from './logger.js';
import { openDatabase, type Database } from './orm.js';
import { createMetrics, observePool, type KnexPool, type ServiceMetrics } from './observability.js';
import { explainStartupError } from './startup.js';
import { ANONYMOUS, PRINCIPAL_HEADER, verifyPrincipal, type Principal } from './principal.js';
import type { SubgraphDefinition } from './subgraph.js';
import { startTracingFromEnv } from './tracing.js';
import { demoWorld } from '@cooplab/world';

export interface SubgraphOptions {
  /** URL of the subgraph's own database. */
  databaseUrl: string;
  port: number;
  host?: string;
  /** Secret the gateway signs principals with. Required unless `allowUnsignedRequests`. */
  internalSecret?: string;
  /** Development only: a request without a principal is served as ANONYMOUS (a warning is logged). */
  allowUnsignedRequests?: boolean;
  log?: Logger;
  /** Load the demo data when the database is empty. */
  seed?: boolean;
  /** /metrics on a port of its own (see serveHttp). */
  metricsPort?: number;
}

export interface RunningSubgraph extends RunningHttpService {
  name: string;
  db: Database;
  metrics: ServiceMetrics;
}

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** Reads the principal the gateway forwarded; refuses a missing one (unless allowed) or a forged one. */
export function principalReader(options: Pick<SubgraphOptions, 'internalSecret' | 'allowUnsignedRequests'>) {
  return async (req: IncomingMessage): Promise<Principal> => {
    const token = req.headers[PRINCIPAL_HEADER];
    if (typeof token !== 'string' || token.length === 0) {
      if (options.allowUnsignedRequests) return ANONYMOUS;
      throw unauthenticated('This service answers the gateway only: the request carries no signed principal');
    }
    if (!options.internalSecret) throw unauthenticated('This service cannot check signed principals (no secret configured)');
    try {
      return await verifyPrincipal(token, options.internalSecret);
    } catch {
      throw unauthenticated('The forwarded principal is invalid or expired');
    }
  };
}

/** Opens the database (migrating it), optionally seeds it, and serves the subgraph over HTTP. */
export async function startSubgraph(def: SubgraphDefinition, options: SubgraphOptions): Promise<RunningSubgraph> {
  const log = (options.log ?? createLogger({})).child({ service: def.name });
  if (!options.internalSecret && !options.allowUnsignedRequests) {
    throw new Error(`${def.name}: an internal secret is required unless unsigned requests are allowed`);
  }
  if (options.allowUnsignedRequests) {
    log.warn('DEVELOPMENT MODE: requests without a signed principal are served as ANONYMOUS; never run so in production');
  }
  const db = await openDatabase({ service: def.name, url: options.databaseUrl, entities: def.entities, migrations: def.migrations, migrationsPath: def.migrationsPath, log });
  try {
    if (options.seed && def.seed) {
      const seeded = await def.seed({ em: db.orm.em.fork(), log, world: demoWorld(), mode: 'if-empty' });
      if (seeded) log.info('demo data loaded');
    }
    const schema = await def.schema();
    const metrics = createMetrics(def.name);
    observePool(metrics, () => (db.orm.em.getConnection().getKnex().client as { pool?: KnexPool }).pool);
    const apollo = new ApolloServer<SubgraphContext>({
      schema,
      formatError: createErrorFormatter(log, metrics),
      includeStacktraceInErrorResponses: false,
      stopOnTerminationSignals: false,
      logger: apolloLogger(log),
      // Federated traces are for Apollo's hosted usage reporting, which this graph does not use.
      plugins: [
        ApolloServerPluginInlineTraceDisabled(),
        // No field carries a cache hint: the default cache-control plugin would only wrap every field's resolver
        // (a hook per field per request) to compute a policy nobody reads.
        ApolloServerPluginCacheControlDisabled(),
        // A query reads only: its entity manager skips the identity map (see markReadOnly).
        {
          async requestDidStart() {
            return {
              async didResolveOperation({ operation, contextValue }) {
                if (operation?.operation === 'query') markReadOnly(contextValue.em);
              },
            };
          },
        },
      ],
      // Compact JSON: Apollo Server pretty-prints by default, which costs CPU and bytes on every response.
      stringifyResult: (value) => JSON.stringify(value),
    });
    await apollo.start();
    const readPrincipal = principalReader(options);
    const http = await serveHttp<SubgraphContext>({
      apollo,
      port: options.port,
      host: options.host ?? '127.0.0.1',
      routes: def.routes,
      log,
      metrics,
      metricsPort: options.metricsPort,
      context: async (req) => createContext(db.orm.em, await readPrincipal(req), log),
      ready: async () => {
        await db.orm.em.getConnection().execute('select 1');
      },
    });
    log.info('subgraph listening', { url: http.url });
    const background = def.background?.({ em: db.orm.em, log });
    return {
      ...http,
      name: def.name,
      db,
      metrics,
      async stop() {
        await http.stop();
        await background?.stop();
        await db.orm.close();
      },
    };
  } catch (error) {
    await db.orm.close();
    throw error;
  }
}

/** Runs `main` as a process: config problems are printed and exit 1; SIGINT/SIGTERM call `stop` once. */
export function runProcess(name: string, main: () => Promise<{ stop(): Promise<void> }>): void {
  const log = createLogger({ service: name });
  const tracing = startTracingFromEnv(name);
  if (tracing) log.info('tracing on', { endpoint: process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? process.env.OTEL_EXPORTER_OTLP_ENDPOINT });
  // Started by a parent with an IPC channel (`npm start`, the benchmark): when the parent goes away — even killed
  // — the channel closes and this process stops too, instead of living on as an orphan holding its port.
  let onParentGone: () => void = () => process.exit(1);
  if (process.channel) {
    process.channel.unref();
    process.once('disconnect', () => onParentGone());
  }
  main().then(
    (running) => {
      let stopping = false;
      const shutdown = (signal: string) => {
        if (stopping) return;
        stopping = true;
        log.info('stopping', { signal });
        running
          .stop()
          .then(() => tracing?.shutdown())
          .then(
            () => process.exit(0),
            (error: unknown) => {
              log.error('stop failed', { error });
              process.exit(1);
            },
          );
      };
      onParentGone = () => shutdown('parent gone');
      if (process.channel && !process.connected) shutdown('parent gone');
      process.on('SIGINT', () => shutdown('SIGINT'));
      process.on('SIGTERM', () => shutdown('SIGTERM'));
    },
    (error: unknown) => {
      if (error instanceof Error && error.name === 'ConfigError') process.stderr.write(`${name}: ${error.message}\n`);
      else {
        // Said at any log level but silent: the cause and what to do (the error in full when its cause is not known).
        const { cause, hint, known } = explainStartupError(error);
        log.error(`failed to start: ${cause}`, { hint, ...(known ? {} : { error }) });
      }
      process.exit(1);
    },
  );
}

/** The entry point of a subgraph process: configuration from the environment. */
export function runSubgraph(def: SubgraphDefinition): void {
  runProcess(def.name, async () => {
    const config = loadConfig(subgraphEnvSchema(def.name.toUpperCase(), def.defaultPort));
    const log = createLogger({}, config.logLevel as LogLevel);
    const databaseUrl = config.sharedServer ? await ensureDatabase(config.databaseUrl, `cooplab_${def.name}`) : config.databaseUrl;
    return startSubgraph(def, {
      databaseUrl,
      port: config.port,
      host: config.host,
      internalSecret: config.internalSecret,
      allowUnsignedRequests: config.allowUnsignedRequests,
      log,
      seed: config.seedDemoData,
      metricsPort: config.metricsPort,
    });
  });
}
