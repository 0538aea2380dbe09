import type { IncomingMessage } from 'node:http';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import proxyaddr from 'proxy-addr';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger, Principal } from '@cooplab/kit';
import type { Authenticate } from './auth.js';

export interface RateLimitOptions {
  /** Requests a caller may make in each window; 0 turns rate limiting off. */
  points: number;
  windowSeconds: number;
  /**
   * A PostgreSQL URL: the counters live in a table there, shared by every gateway replica using the same URL.
   * Without it they live in this process (right for one replica: n replicas would allow n times the budget).
   */
  postgresUrl?: string;
  /** Table of the shared counters (created when missing). */
  tableName?: string;
}

export const DEFAULT_RATE_LIMIT: Readonly<RateLimitOptions> = Object.freeze({ points: 600, windowSeconds: 60 });

export interface RateLimiter {
  /** Counts one request of `key`; throws TOO_MANY_REQUESTS (HTTP 429 with Retry-After) once its budget is spent. */
  consume(key: string): Promise<void>;
  close(): Promise<void>;
}

export function tooManyRequests(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests: try again in ${retryAfterSeconds} s`, {
    extensions: {
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/**
 * Per-caller budgets with rate-limiter-flexible: in process, or in PostgreSQL for several replicas. A shared
 * store that fails (database down) does not stop the gateway: an in-process limiter takes over until it is back.
 */
export async function createRateLimiter(options: RateLimitOptions, log: Logger): Promise<RateLimiter> {
  const memory = () => new RateLimiterMemory({ points: options.points, duration: options.windowSeconds });
  let limiter: RateLimiterAbstract;
  let pool: pg.Pool | undefined;
  if (options.postgresUrl) {
    pool = new pg.Pool({ connectionString: options.postgresUrl, max: 4 });
    pool.on('error', (error) => log.warn('rate limit store connection failed', { error }));
    const p = pool;
    limiter = await new Promise<RateLimiterAbstract>((resolve, reject) => {
      const store: RateLimiterPostgres = new RateLimiterPostgres(
        {
          storeClient: p,
          storeType: 'pool',
          tableName: options.tableName ?? 'gateway_rate_limits',
          points: options.points,
          duration: options.windowSeconds,
          insuranceLimiter: memory(),
        },
        (error?: unknown) => (error ? reject(error as Error) : resolve(store)),
      );
    }).catch(async (error: unknown) => {
      await p.end();
      throw new Error(`cannot prepare the rate limit table in PostgreSQL: ${(error as Error).message}`, { cause: error });
    });
  } else {
    limiter = memory();
  }
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw tooManyRequests(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
        // Neither the store nor its in-process insurance answered: serve rather than refuse everybody.
        log.warn('rate limiter failed; request served', { error: rejection });
      }
    },
    async close() {
      await pool?.end();
    },
  };
}

/**
 * The client's address: the socket's, or, when the socket is a trusted proxy (TRUSTED_PROXIES: addresses,
 * CIDR ranges or proxy-addr's names `loopback`, `linklocal`, `uniquelocal`), the last untrusted hop of
 * X-Forwarded-For. Without trusted proxies X-Forwarded-For is ignored: any client could write it.
 */
export function clientAddressReader(trustedProxies: readonly string[]): (req: IncomingMessage) => string {
  const trust = proxyaddr.compile([...trustedProxies]);
  return (req) => {
    try {
      return proxyaddr(req, trust);
    } catch {
      return req.socket.remoteAddress ?? 'unknown';
    }
  };
}

/** Who a caller is, for budgets: the API key, else the token's subject, else the client's address. */
export function callerKey(principal: Principal, address: string): string {
  if (principal.subject?.startsWith('api-key:')) return principal.subject;
  if (principal.subject) return `sub:${principal.subject}`;
  return `ip:${address}`;
}

export interface CallerOptions {
  authenticate: Authenticate;
  limiter?: RateLimiter;
  trustedProxies?: readonly string[];
}

/**
 * The gateway's context step: authenticates the caller, charges its budget and returns its principal with
 * `client` set, so that subgraphs keep their own budgets per caller. A refused credential is charged to the
 * address, so that guessing tokens is rate limited too.
 */
export function identifyCaller(options: CallerOptions): (req: IncomingMessage) => Promise<Principal> {
  const addressOf = clientAddressReader(options.trustedProxies ?? []);
  return async (req) => {
    const address = addressOf(req);
    let principal: Principal;
    try {
      principal = await options.authenticate(req.headers.authorization);
    } catch (error) {
      await options.limiter?.consume(`ip:${address}`);
      throw error;
    }
    const client = callerKey(principal, address);
    await options.limiter?.consume(client);
    return { ...principal, client };
  };
}
