import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import { Agent, fetch } from 'undici';
import {
  ANONYMOUS,
  apolloLogger,
  PRINCIPAL_HEADER,
  REQUEST_ID_HEADER,
  createErrorFormatter,
  createMetrics,
  currentRequest,
  injectTraceContext,
  serveHttp,
  signPrincipal,
  type Logger,
  type Principal,
  type RunningHttpService,
} from '@cooplab/kit';
import type { Authenticate } from './auth.js';
import { operationChecksPlugin } from './operations.js';
import { manifestCache, safelistPlugin, type OperationManifest } from './persisted.js';
import { createRateLimiter, identifyCaller, type RateLimitOptions } from './ratelimit.js';
import { DEFAULT_LIMITS, MAX_SELECTIONS, costLimitPlugin, limitRules, type OperationLimits } from './limits.js';
import { SAME_ORIGIN_ONLY, corsMiddleware, type CorsPolicy } from './cors.js';
import { deduplicatingFetch, type DedupStats } from './dedup.js';
import { subgraphFetch } from './subgraph-fetch.js';
import { explorerLandingPage, explorerRoutes, type ExplorerOptions } from './explorer.js';

/** Per incoming request. */
export interface GatewayContext {
  principal: Principal;
  /** The principal signed for the subgraphs, made once per request on its first subgraph fetch. */
  principalToken?: Promise<string>;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URLs by subgraph name (lower case); a subgraph not listed keeps the URL of the supergraph. */
  subgraphUrls: Record<string, string>;
  authenticate: Authenticate;
  /** Shared with the subgraphs (INTERNAL_AUTH_SECRET). */
  internalSecret: string;
  port: number;
  /** /metrics on a port of its own, off the public port (METRICS_PORT); on `port` when left out. */
  metricsPort?: number;
  host: string;
  log: Logger;
  /**
   * When true, /ready also requires every subgraph's /ready to answer. Off by default: a load balancer that
   * drops the gateway whenever one subgraph is down also drops the queries the other subgraphs could answer.
   */
  readyChecksSubgraphs?: boolean;
  /** Operation limits; each one left out keeps its default (DEFAULT_LIMITS). */
  limits?: Partial<OperationLimits>;
  /** Whether introspection is served, and whether errors suggest field names: on unless NODE_ENV=production. */
  introspection?: boolean;
  /** Per-caller budgets (see ratelimit.ts); none when left out or when `points` is 0. */
  rateLimit?: RateLimitOptions;
  /** Proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES). */
  trustedProxies?: readonly string[];
  /**
   * Safelist mode: only this manifest's operations run (built by `npm run compose` from schema/operations/).
   * Without it, any operation runs and automatic persisted queries are on.
   */
  safelist?: OperationManifest;
  /** How long one subgraph fetch may take before it is abandoned (its fields come back null with an error). */
  subgraphTimeoutMs?: number;
  /** Browser origins allowed to call the gateway (CORS_ORIGINS); none but its own by default. */
  cors?: CorsPolicy;
  /** The explorer (GraphiQL) served to browsers at the GraphQL URL; off when absent. */
  explorer?: ExplorerOptions;
  /** Identical subgraph queries of one caller in flight at the same time are sent once (see dedup.ts); on by default. */
  deduplicate?: boolean;
}

export interface RunningGateway extends RunningHttpService {
  /** Subgraph requests sent and joined (deduplicated). */
  subgraphRequests: DedupStats;
}

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5_000;

type Fetcher = RemoteGraphQLDataSource['fetcher'];

const SUBGRAPH_READY_TIMEOUT_MS = 2_000;

/**
 * The supergraph documents authorisation with `@authenticated` and `@requiresScopes`, linked `for: SECURITY`.
 * Apollo Gateway refuses to serve a supergraph with security features it does not implement; here the
 * subgraphs enforce those rules themselves (every subgraph checks the signed principal), so the gateway may
 * load them as plain, ignored features. The checked-in file keeps them for routers that enforce them.
 */
export function withoutSecurityFeatures(supergraphSdl: string): string {
  return supergraphSdl.replace(/(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes)\/v[\d.]+"), for: SECURITY\)/g, '$1)');
}

/** Serves the static supergraph: authenticates each caller and forwards a signed principal to the subgraphs. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { log, internalSecret } = options;

  // One pool of kept-alive connections for all subgraphs: without it each subgraph fetch would pay a TCP
  // handshake. 30 s stays under the subgraphs' own 65 s keep-alive, so the gateway never reuses a socket the
  // subgraph is closing.
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: 64 });
  // Every fetch has a deadline: a subgraph that hangs costs its own fields, not the whole answer.
  const timeoutMs = options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  const pooled = subgraphFetch(agent, timeoutMs);
  // Identical queries of one caller in flight at the same moment are sent once (dedup.ts).
  const counted: DedupStats = { sent: 0, joined: 0 };
  const deduplicated = options.deduplicate === false ? undefined : deduplicatingFetch(pooled);
  const fetcher: Fetcher =
    deduplicated ??
    ((url, init) => {
      counted.sent++;
      return pooled(url, init);
    });
  const rateLimiter = options.rateLimit?.points ? await createRateLimiter(options.rateLimit, log) : undefined;
  const caller = identifyCaller({ authenticate: options.authenticate, limiter: rateLimiter, trustedProxies: options.trustedProxies });
  const metrics = createMetrics('gateway');
  /** The fetcher of one subgraph: timed by subgraph and outcome for /metrics. */
  const timedFetcher = (subgraph: string): Fetcher =>
    (async (url, init) => {
      const end = metrics.subgraphFetch.startTimer({ subgraph });
      try {
        const response = await fetcher(url, init);
        end({ outcome: response.ok ? 'ok' : 'error' });
        return response;
      } catch (error) {
        end({ outcome: (error as Error).name === 'TimeoutError' ? 'timeout' : 'error' });
        throw error;
      }
    }) as Fetcher;
  const limits: OperationLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const introspection = options.introspection ?? process.env.NODE_ENV !== 'production';

  /** The URL each data source was built with, for the optional readiness check. */
  const subgraphUrls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: withoutSecurityFeatures(options.supergraphSdl),
    logger: apolloLogger(log),
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      subgraphUrls.set(name, target);
      return new RemoteGraphQLDataSource<GatewayContext>({
        url: target,
        fetcher: timedFetcher(name),
        async willSendRequest({ request, context }) {
          // The subgraph logs under the same request id as the gateway.
          const requestId = currentRequest()?.requestId;
          if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
          injectTraceContext((header, value) => request.http?.headers.set(header, value));
          // Health checks and schema loads have no caller: they go as ANONYMOUS (neither happens with a static supergraph).
          const ctx = context as Partial<GatewayContext>;
          ctx.principalToken ??= signPrincipal(ctx.principal ?? ANONYMOUS, internalSecret);
          request.http?.headers.set(PRINCIPAL_HEADER, await ctx.principalToken);
        },
        // A subgraph answering with an HTTP error is our failure, never the caller's (a 401 means the internal
        // secrets differ). Apollo would pass the status as the client's code, with the subgraph's URL and body:
        // this error has no code, so the formatter logs it in full and the client sees it masked.
        async errorFromResponse(response) {
          const body = (await response.text()).slice(0, 500);
          return new GraphQLError(`subgraph ${name} answered HTTP ${response.status} ${response.statusText}: ${body}`);
        },
        // Names the subgraph in the log of a failed fetch ("fetch failed" alone does not say which one).
        didEncounterError(error) {
          if (error instanceof GraphQLError) throw error;
          throw new Error(`subgraph ${name} at ${target} is unreachable: ${error.message}`, { cause: error });
        },
      });
    },
  });
  let schemaLoaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    schemaLoaded = true;
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: apolloLogger(log),
    formatError: createErrorFormatter(log, metrics),
    includeStacktraceInErrorResponses: false,
    // Signals are handled by the process (kit's runProcess), which calls stop() once.
    stopOnTerminationSignals: false,
    maxRecursiveSelections: MAX_SELECTIONS,
    validationRules: limitRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    introspection,
    hideSchemaDetailsFromClientErrors: !introspection,
    // Compact JSON, as the subgraphs answer: Apollo Server pretty-prints by default, at a cost in CPU and bytes.
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      options.explorer ? explorerLandingPage(options.explorer) : ApolloServerPluginLandingPageDisabled(),
      ...(options.safelist ? [safelistPlugin(options.safelist)] : []),
      operationChecksPlugin(),
      costLimitPlugin(options.supergraphSdl, limits),
    ],
    ...(options.safelist ? { persistedQueries: { cache: manifestCache(options.safelist) } } : {}),
  });
  await apollo.start();

  /** Each subgraph's /ready, asked at once with a short deadline: `ready`, or why not. */
  async function subgraphStates(): Promise<Record<string, string>> {
    const entries = await Promise.all(
      [...subgraphUrls].map(async ([name, graphqlUrl]) => {
        try {
          const response = await fetch(new URL('/ready', graphqlUrl), { dispatcher: agent, signal: AbortSignal.timeout(SUBGRAPH_READY_TIMEOUT_MS) });
          await response.body?.cancel();
          return [name, response.ok ? 'ready' : `answered ${response.status}`] as const;
        } catch (error) {
          return [name, (error as Error).name === 'TimeoutError' ? 'no answer in time' : 'unreachable'] as const;
        }
      }),
    );
    return Object.fromEntries(entries);
  }

  try {
    const http = await serveHttp<GatewayContext>({
      apollo,
      port: options.port,
      host: options.host,
      log,
      metrics,
      metricsPort: options.metricsPort,
      middleware: corsMiddleware(options.cors ?? SAME_ORIGIN_ONLY),
      ...(options.explorer ? { routes: explorerRoutes() } : {}),
      context: async (req) => ({ principal: await caller(req) }),
      // Reports every subgraph that does not answer; fails only when asked to (readyChecksSubgraphs).
      ready: async () => {
        if (!schemaLoaded) throw new Error('the supergraph is not loaded');
        const subgraphs = await subgraphStates();
        const down = Object.entries(subgraphs).filter(([, state]) => state !== 'ready');
        if (down.length && options.readyChecksSubgraphs) {
          throw Object.assign(new Error(`subgraphs not ready: ${down.map(([name, state]) => `${name} ${state}`).join(', ')}`), { report: { subgraphs } });
        }
        return { subgraphs };
      },
    });
    return {
      ...http,
      subgraphRequests: deduplicated?.stats ?? counted,
      async stop() {
        await http.stop();
        await agent.close();
        await rateLimiter?.close();
      },
    };
  } catch (error) {
    await apollo.stop();
    await agent.close();
    await rateLimiter?.close();
    throw error;
  }
}
