/**
 * In-flight deduplication of subgraph requests: while a subgraph request is on its way, an identical one joins it
 * instead of being sent again, and each gets its own copy of the answer. Many callers asking the same thing at the
 * same moment (a marketplace page, a dashboard) then cost the subgraph one request.
 *
 * Identical means the same answer: the same subgraph URL, the same body (query, operation name, variables,
 * extensions) and the same caller — the claims of the signed principal (role, subject, organisation, trainer,
 * cooperative, buyer), not the token's times. Two callers are never merged, even when their requests are
 * otherwise the same; the subgraphs read nothing else from a request. Only queries: a mutation (or anything whose
 * operation is not a query) is always sent. Nothing is kept once the answer is in: this is not a cache.
 */
import { LRUCache } from 'lru-cache';
import { PRINCIPAL_HEADER } from '@cooplab/kit';
import { SubgraphAnswer, type Fetch } from './subgraph-fetch.js';

export type { Fetch };

export interface DedupStats {
  /** Requests sent to a subgraph. */
  sent: number;
  /** Requests answered by joining one in flight. */
  joined: number;
}

interface Answer {
  url: string;
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** The kind of operation a subgraph request body carries: "query", "mutation", … or undefined when it has no query. */
export function operationOfBody(body: string): string | undefined {
  const query = queryOf(body);
  return query === undefined ? undefined : operationKind(query);
}

/** The first word of the operation of a GraphQL document ("query" for the shorthand `{ … }`). */
function operationKind(query: string): string {
  const text = query.replace(/^(?:\s|#[^\n]*\n?)*/, '');
  if (text.startsWith('{')) return 'query';
  return /^[a-z]+/.exec(text)?.[0] ?? '';
}

/** Callers by signed principal: a caller's principal is signed once for many requests (kit's signPrincipal). */
const callers = new LRUCache<string, string>({ max: 10_000 });

/** The claims of a signed principal that say who is calling (not when the token was made or expires). */
function callerOf(token: string | undefined): string {
  if (!token) return '';
  let caller = callers.get(token);
  if (caller === undefined) {
    caller = claimsOf(token);
    callers.set(token, caller);
  }
  return caller;
}

function claimsOf(token: string): string {
  const payload = token.split('.')[1];
  if (!payload) return token;
  try {
    const { iat: _iat, exp: _exp, nbf: _nbf, jti: _jti, ...claims } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    return JSON.stringify(Object.entries(claims).sort(([a], [b]) => a.localeCompare(b)));
  } catch {
    return token; // not a JWT: the token itself says who calls
  }
}

/**
 * The query of a request body as the data sources write it, `{"query":"…`: its first word is read from the JSON
 * text itself (a GraphQL document's leading whitespace and comments aside) without parsing the whole body.
 */
function queryOf(body: string): string | undefined {
  if (body.startsWith('{"query":"')) {
    const start = body.slice(10, 400).replace(/^(?:\\[nrt]|\s|,)+/, '');
    if (!start.startsWith('#')) return start;
  }
  try {
    const query = (JSON.parse(body) as { query?: unknown }).query;
    return typeof query === 'string' ? query : undefined;
  } catch {
    return undefined;
  }
}

/** Wraps `fetch` so that identical subgraph queries in flight at the same time are sent once. */
export function deduplicatingFetch(fetch: Fetch): Fetch & { stats: DedupStats } {
  const inFlight = new Map<string, Promise<Answer>>();
  const stats: DedupStats = { sent: 0, joined: 0 };

  // Each gets its own answer to read; the body is an immutable string, shared.
  const answer = (a: Answer) => new SubgraphAnswer(a.url, a.status, a.headers, a.body);

  const deduplicated = (async (url, init) => {
    const body = init?.body;
    const method = (init?.method ?? 'GET').toUpperCase();
    let key: string | undefined;
    if (method === 'POST' && typeof body === 'string') {
      if (operationOfBody(body) === 'query') {
        key = `${url}\n${callerOf(init?.headers?.[PRINCIPAL_HEADER])}\n${body}`;
      }
    }
    if (key === undefined) {
      stats.sent++;
      return fetch(url, init);
    }
    const pending = inFlight.get(key);
    if (pending) {
      stats.joined++;
      return answer(await pending);
    }
    stats.sent++;
    const sent = (async (): Promise<Answer> => {
      const response = await fetch(url, init);
      return { url, status: response.status, headers: new Map(response.headers), body: await response.text() };
    })();
    inFlight.set(key, sent);
    try {
      return answer(await sent);
    } finally {
      inFlight.delete(key);
    }
  }) as Fetch & { stats: DedupStats };
  deduplicated.stats = stats;
  return deduplicated;
}
