import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';

/**
 * Which browser origins may call the gateway (CORS_ORIGINS). Callers authenticate with a bearer token, never a
 * cookie, so no credentials are allowed across origins. Requests that a browser sends without a preflight are
 * still refused by Apollo's CSRF prevention (on by default), whatever the origin.
 */
export interface CorsPolicy {
  /** `*` (any origin; refused in production), or the exact origins allowed (`https://app.example.org`). */
  origins: '*' | readonly string[];
}

/** No browser origin but the gateway's own (the explorer). */
export const SAME_ORIGIN_ONLY: CorsPolicy = { origins: [] };

/** Request headers a front end may send: the token, JSON, Apollo's preflight and client headers, tracing. */
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'x-request-id',
  'traceparent',
];

/** Browsers keep a preflight this long (seconds), so that every call does not pay for one. */
export const CORS_MAX_AGE = 600;

/**
 * Parses CORS_ORIGINS: a comma- or space-separated list of origins, or `*`. Returns the problems instead of
 * throwing, for the configuration to list them with the others.
 */
export function parseCorsOrigins(value: string | undefined, production: boolean): { policy: CorsPolicy; problems: string[] } {
  const items = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (items.includes('*')) {
    if (production) {
      return {
        policy: SAME_ORIGIN_ONLY,
        problems: ["CORS_ORIGINS: '*' is refused in production (NODE_ENV=production): list the origins of your front ends, e.g. https://app.example.org"],
      };
    }
    if (items.length > 1) return { policy: SAME_ORIGIN_ONLY, problems: ["CORS_ORIGINS: '*' must be alone (it already allows every origin)"] };
    return { policy: { origins: '*' }, problems: [] };
  }
  const problems: string[] = [];
  const origins: string[] = [];
  for (const item of items) {
    let url: URL | undefined;
    try {
      url = new URL(item);
    } catch {
      // reported below
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== item.replace(/\/$/, '')) {
      problems.push(`CORS_ORIGINS: "${item}" is not an origin (scheme://host[:port], no path), e.g. https://app.example.org`);
      continue;
    }
    origins.push(url.origin);
  }
  return { policy: { origins }, problems };
}

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * The CORS middleware of the gateway (the `cors` package). A preflight (`OPTIONS` with an Origin) is answered
 * 204 here, with the allowed origin, methods and headers when the origin is allowed and without them when it
 * is not (so the browser blocks the call). Other requests go on, carrying `Access-Control-Allow-Origin` for an
 * allowed origin.
 */
export function corsMiddleware(policy: CorsPolicy): Middleware {
  const allowed = new Set(policy.origins === '*' ? [] : policy.origins);
  return cors({
    origin: policy.origins === '*' ? '*' : (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    credentials: false,
    maxAge: CORS_MAX_AGE,
    optionsSuccessStatus: 204,
  }) as Middleware;
}
