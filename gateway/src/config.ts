import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse } from 'graphql';
import { z } from 'zod';
import { ConfigError, envBoolean, envOptionalPort, envPort, internalSecret, loadConfig, logLevel } from '@cooplab/kit';
import type { OperationLimits } from './limits.js';
import { DEFAULT_RATE_LIMIT } from './ratelimit.js';
import { parseCorsOrigins, type CorsPolicy } from './cors.js';

/** schema/supergraph.graphql of the repository (the same relative path from src/ and from dist/). */
export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));
/** schema/operations.manifest.json: the example operations of schema/operations/, built by `npm run compose`. */
export const DEFAULT_MANIFEST_PATH = fileURLToPath(new URL('../../schema/operations.manifest.json', import.meta.url));

/** docker-compose and .env files write `NAME=` for "not set": an empty value counts as absent. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** GATEWAY_MAX_DEPTH, GATEWAY_MAX_ALIASES, … : each operation limit (DEFAULT_LIMITS when unset). */
const LIMIT_VARIABLES = {
  GATEWAY_MAX_DEPTH: 'maxDepth',
  GATEWAY_MAX_ALIASES: 'maxAliases',
  GATEWAY_MAX_ROOT_FIELDS: 'maxRootFields',
  GATEWAY_MAX_TOKENS: 'maxTokens',
  GATEWAY_MAX_DIRECTIVES: 'maxDirectives',
  GATEWAY_MAX_COST: 'maxCost',
  GATEWAY_DEFAULT_LIST_SIZE: 'defaultListSize',
} as const satisfies Record<string, keyof OperationLimits>;
type LimitVariable = keyof typeof LIMIT_VARIABLES;
const limitsEnv = Object.fromEntries(
  Object.keys(LIMIT_VARIABLES).map((name) => [name, optional(z.coerce.number().int().min(1, 'must be a positive integer'))]),
) as unknown as Record<LimitVariable, z.ZodType<number | undefined>>;
const limitsFromEnv = (env: Partial<Record<LimitVariable, number | undefined>>): Partial<OperationLimits> =>
  Object.fromEntries(
    Object.entries(LIMIT_VARIABLES).flatMap(([variable, key]) => (env[variable as LimitVariable] === undefined ? [] : [[key, env[variable as LimitVariable]]])),
  );

const envSchema = z
  .object({
    GATEWAY_PORT: envPort(4000),
    /** A port of its own for /metrics, kept off the public one (then /metrics on GATEWAY_PORT answers 404). */
    METRICS_PORT: envOptionalPort,
    HOST: z.string().default('127.0.0.1'),
    LOG_LEVEL: logLevel,
    INTERNAL_AUTH_SECRET: internalSecret,
    JWT_SECRET: optional(z.string().min(32, 'must be at least 32 characters (HS256 secret)')),
    JWKS_URL: optional(z.url()),
    JWT_ISSUER: optional(z.string()),
    JWT_AUDIENCE: optional(z.string()),
    API_KEYS_FILE: optional(z.string()),
    SUPERGRAPH_PATH: optional(z.string()),
    /** When true, /ready also asks every subgraph's /ready (see startGateway). */
    GATEWAY_READY_CHECKS_SUBGRAPHS: envBoolean(false),
    /** `production` turns the explorer off by default and refuses CORS_ORIGINS=*. */
    NODE_ENV: optional(z.string()),
    /** Browser origins allowed to call the gateway: a comma-separated list, or * (outside production). */
    CORS_ORIGINS: optional(z.string()),
    /** The explorer (GraphiQL) at the GraphQL URL: on by default outside production. */
    GATEWAY_EXPLORER: optional(envBoolean(false)),
    /** Introspection and field suggestions in errors: on unless NODE_ENV=production. */
    GATEWAY_INTROSPECTION: optional(z.enum(['true', 'false', '1', '0', 'yes', 'no'])),
    GATEWAY_SUBGRAPH_TIMEOUT_MS: optional(z.coerce.number().int().min(100).max(600_000)),
    ...limitsEnv,
    /** Requests per caller and window; 0 turns rate limiting off. */
    RATE_LIMIT_POINTS: z.coerce.number().int().min(0).default(DEFAULT_RATE_LIMIT.points),
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMIT.windowSeconds),
    /** PostgreSQL holding the counters shared by several gateway replicas; in process when unset. */
    RATE_LIMIT_DATABASE_URL: optional(z.url()),
    /** Comma-separated proxies (addresses, CIDR, `loopback`, `uniquelocal`…) whose X-Forwarded-For is believed. */
    TRUSTED_PROXIES: optional(z.string()),
    /** Safelist mode: only the operations of the manifest run (GATEWAY_OPERATIONS_MANIFEST). */
    GATEWAY_SAFELIST: envBoolean(false),
    GATEWAY_OPERATIONS_MANIFEST: optional(z.string()),
  })
  .transform((env) => ({
    port: env.GATEWAY_PORT,
    metricsPort: env.METRICS_PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    internalSecret: env.INTERNAL_AUTH_SECRET,
    jwtSecret: env.JWT_SECRET,
    jwksUrl: env.JWKS_URL,
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
    apiKeysFile: env.API_KEYS_FILE,
    readyChecksSubgraphs: env.GATEWAY_READY_CHECKS_SUBGRAPHS,
    introspection: env.GATEWAY_INTROSPECTION ? ['true', '1', 'yes'].includes(env.GATEWAY_INTROSPECTION) : env.NODE_ENV !== 'production',
    subgraphTimeoutMs: env.GATEWAY_SUBGRAPH_TIMEOUT_MS,
    limits: limitsFromEnv(env),
    rateLimit: { points: env.RATE_LIMIT_POINTS, windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS, postgresUrl: env.RATE_LIMIT_DATABASE_URL },
    safelist: env.GATEWAY_SAFELIST,
    operationsManifestPath: env.GATEWAY_OPERATIONS_MANIFEST ?? DEFAULT_MANIFEST_PATH,
    trustedProxies: (env.TRUSTED_PROXIES ?? '').split(',').map((p) => p.trim()).filter(Boolean),
    production: env.NODE_ENV === 'production',
    explorer: env.GATEWAY_EXPLORER ?? env.NODE_ENV !== 'production',
  }));

export interface GatewayConfig extends z.infer<typeof envSchema> {
  /** From CORS_ORIGINS, checked against NODE_ENV (see parseCorsOrigins). */
  cors: CorsPolicy;
  supergraphPath: string;
  supergraphSdl: string;
  /** URL of each subgraph the supergraph names, by subgraph name (`catalog`), from `<NAME>_URL`. */
  subgraphUrls: Record<string, string>;
}

export interface SupergraphSubgraph {
  /** Value of the `join__Graph` enum, e.g. CATALOG: the env variable is `CATALOG_URL`. */
  enumValue: string;
  /** Subgraph name as composed, e.g. catalog. */
  name: string;
  /** URL recorded at composition time (a development default). */
  url: string;
}

/** The subgraphs a supergraph names: the values of its `join__Graph` enum and their `@join__graph` arguments. */
export function supergraphSubgraphs(supergraphSdl: string): SupergraphSubgraph[] {
  const graphEnum = parse(supergraphSdl).definitions.find(
    (d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph',
  );
  if (!graphEnum || graphEnum.kind !== Kind.ENUM_TYPE_DEFINITION) throw new Error('it is not a supergraph (no join__Graph enum)');
  return (graphEnum.values ?? []).map((value) => {
    const args = value.directives?.find((d) => d.name.value === 'join__graph')?.arguments ?? [];
    const arg = (name: string) => {
      const found = args.find((a) => a.name.value === name)?.value;
      return found?.kind === Kind.STRING ? found.value : '';
    };
    return { enumValue: value.name.value, name: arg('name') || value.name.value.toLowerCase(), url: arg('url') };
  });
}

const subgraphUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/**
 * Reads the gateway's configuration from the environment, once. The supergraph is read here too, because it
 * decides which `<NAME>_URL` variables are required: one per subgraph it names (CATALOG_URL, LEARNING_URL…).
 * Every problem is listed in one ConfigError.
 */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const problems: string[] = [];
  let base: z.infer<typeof envSchema> | undefined;
  try {
    base = loadConfig(envSchema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }

  const supergraphPath = env.SUPERGRAPH_PATH || DEFAULT_SUPERGRAPH_PATH;
  let supergraphSdl = '';
  const subgraphUrls: Record<string, string> = {};
  try {
    supergraphSdl = readFileSync(supergraphPath, 'utf8');
    for (const subgraph of supergraphSubgraphs(supergraphSdl)) {
      const variable = `${subgraph.enumValue}_URL`;
      const value = env[variable];
      if (!value) {
        problems.push(`${variable}: is required (the supergraph has a subgraph "${subgraph.name}", composed with ${subgraph.url})`);
        continue;
      }
      const parsed = subgraphUrl.safeParse(value);
      if (parsed.success) subgraphUrls[subgraph.name] = parsed.data;
      else problems.push(`${variable}: ${parsed.error.issues[0]!.message}`);
    }
  } catch (error) {
    problems.push(`SUPERGRAPH_PATH: cannot use ${supergraphPath}: ${(error as Error).message}`);
  }

  const cors = parseCorsOrigins(env.CORS_ORIGINS, env.NODE_ENV === 'production');
  problems.push(...cors.problems);

  if (problems.length || !base) throw new ConfigError(problems);
  return { ...base, cors: cors.policy, supergraphPath, supergraphSdl, subgraphUrls };
}
