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
import { PRINCIPAL_HEADER } from '@cooplab/kit';

/** The shape of fetch the gateway's data sources use (undici's). */
export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface DedupStats {
  /** Requests sent to a subgraph. */
  sent: number;
  /** Requests answered by joining one in flight. */
  joined: number;
}

interface Answer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ArrayBuffer;
}

/** The first word of the operation of a GraphQL document ("query" for the shorthand `{ … }`). */
function operationKind(query: string): string {
  const text = query.replace(/^(?:\s|#[^\n]*\n?)*/, '');
  if (text.startsWith('{')) return 'query';
  return /^[a-z]+/.exec(text)?.[0] ?? '';
}

/** The claims of a signed principal that say who is calling (not when the token was made or expires). */
function callerOf(token: string | null): string {
  if (!token) return '';
  const payload = token.split('.')[1];
  if (!payload) return token;
  try {
    const { iat: _iat, exp: _exp, nbf: _nbf, jti: _jti, ...claims } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    return JSON.stringify(Object.entries(claims).sort(([a], [b]) => a.localeCompare(b)));
  } catch {
    return token; // not a JWT: the token itself says who calls
  }
}

function headersOf(init: RequestInit | undefined): Headers {
  return new Headers(init?.headers);
}

/** Wraps `fetch` so that identical subgraph queries in flight at the same time are sent once. */
export function deduplicatingFetch(fetch: Fetch): Fetch & { stats: DedupStats } {
  const inFlight = new Map<string, Promise<Answer>>();
  const stats: DedupStats = { sent: 0, joined: 0 };

  const answer = (a: Answer) => new Response(a.body.byteLength ? a.body.slice(0) : null, { status: a.status, statusText: a.statusText, headers: a.headers });

  const deduplicated = (async (url: string, init?: RequestInit) => {
    const body = init?.body;
    const method = (init?.method ?? 'GET').toUpperCase();
    let key: string | undefined;
    if (method === 'POST' && typeof body === 'string') {
      let query: unknown;
      try {
        query = (JSON.parse(body) as { query?: unknown }).query;
      } catch {
        query = undefined;
      }
      if (typeof query === 'string' && operationKind(query) === 'query') {
        key = JSON.stringify([url, callerOf(headersOf(init).get(PRINCIPAL_HEADER)), body]);
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
      return { status: response.status, statusText: response.statusText, headers: [...response.headers].filter(([name]) => name !== 'content-encoding' && name !== 'content-length'), body: await response.arrayBuffer() };
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
