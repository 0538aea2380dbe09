import { z } from 'zod';

/** Raised when the environment cannot configure a service; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once, at start-up, against a zod schema of env variables. */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  // An empty variable (`X=`) means "not set", as a shell or a compose file would mean it.
  const present = new Proxy(env, { get: (target, key) => (target[key as string] === '' ? undefined : target[key as string]) });
  const result = schema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`),
    );
  }
  return result.data;
}

/** A boolean env variable: "true"/"1"/"yes" or "false"/"0"/"no". */
export const envBoolean = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['true', '1', 'yes'].includes(v)));

export const envPort = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
/** A port that may be left out (or empty): undefined then. */
export const envOptionalPort = z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(65535).optional());

export const logLevel = z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info');

/** Secrets shared by the gateway and the subgraphs to sign and check the forwarded principal. */
export const internalSecret = z
  .string({ error: 'is required (at least 32 characters)' })
  .min(32, 'must be at least 32 characters');

/** The variables every subgraph reads; `prefix` is the subgraph's name in upper case (CATALOG, LEARNING…). */
export function subgraphEnvSchema(prefix: string, defaultPort: number) {
  return z
    .object({
      [`${prefix}_PORT`]: envPort(defaultPort),
      HOST: z.string().default('127.0.0.1'),
      LOG_LEVEL: logLevel,
      DATABASE_URL: z.url().optional(),
      [`${prefix}_DATABASE_URL`]: z.url().optional(),
      INTERNAL_AUTH_SECRET: z.string().optional(),
      ALLOW_UNSIGNED_REQUESTS: envBoolean(false),
      SEED_DEMO_DATA: envBoolean(false),
      /** A port of its own for /metrics (then not served on the subgraph's port). */
      METRICS_PORT: envOptionalPort,
    })
    .superRefine((env, ctx) => {
      if (!env.DATABASE_URL && !env[`${prefix}_DATABASE_URL`]) {
        ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: `DATABASE_URL or ${prefix}_DATABASE_URL is required` });
      }
      if (!env.ALLOW_UNSIGNED_REQUESTS) {
        const parsed = internalSecret.safeParse(env.INTERNAL_AUTH_SECRET);
        if (!parsed.success) {
          ctx.addIssue({ code: 'custom', path: ['INTERNAL_AUTH_SECRET'], message: parsed.error.issues[0]!.message });
        }
      }
    }, { when: () => true }) // also when other variables are wrong: every problem is listed at once
    .transform((env) => ({
      port: env[`${prefix}_PORT`] as number,
      host: env.HOST as string,
      logLevel: env.LOG_LEVEL as z.infer<typeof logLevel>,
      databaseUrl: (env[`${prefix}_DATABASE_URL`] as string | undefined) ?? (env.DATABASE_URL as string),
      /** true when the URL names the server only: the subgraph then uses its own database on it. */
      sharedServer: !env[`${prefix}_DATABASE_URL`],
      internalSecret: env.INTERNAL_AUTH_SECRET as string | undefined,
      allowUnsignedRequests: env.ALLOW_UNSIGNED_REQUESTS as boolean,
      seedDemoData: env.SEED_DEMO_DATA as boolean,
      metricsPort: env.METRICS_PORT as number | undefined,
    }));
}
export type SubgraphConfig = z.infer<ReturnType<typeof subgraphEnvSchema>>;
