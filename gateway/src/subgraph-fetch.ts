/**
 * The gateway's HTTP client for subgraph requests: undici's request API over one pool of kept-alive connections,
 * answering with a small response object of the shape Apollo's data sources read (status, headers, text/json).
 * The WHATWG fetch the data sources default to builds streams, an abort signal, a timer and a Request per call:
 * about a fifth of the gateway's CPU per request, for a body that is one JSON text read whole.
 *
 * A subgraph that does not answer within `timeoutMs` (no response headers, or a pause that long in its body)
 * fails with an error named `TimeoutError`: its fields come back null with an error, and the rest of the answer
 * is served.
 */
import { STATUS_CODES } from 'node:http';
import { errors, type Agent } from 'undici';
import type { FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';

export type Fetch = (url: string, init?: FetcherRequestInit) => Promise<FetcherResponse>;

/** Response headers, read-only, by lower-case name. */
class AnswerHeaders implements FetcherHeaders {
  constructor(private readonly byName: ReadonlyMap<string, string>) {}
  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }
  append(): void {
    throw new TypeError('the headers of a subgraph answer are read-only');
  }
  delete(): void {
    throw new TypeError('the headers of a subgraph answer are read-only');
  }
  set(): void {
    throw new TypeError('the headers of a subgraph answer are read-only');
  }
  entries(): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
  keys(): IterableIterator<string> {
    return this.byName.keys();
  }
  values(): IterableIterator<string> {
    return this.byName.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
}

/** A subgraph's answer, read whole: its body can be read as text or JSON (once, as a fetch Response's). */
export class SubgraphAnswer implements FetcherResponse {
  readonly redirected = false;
  readonly headers: AnswerHeaders;
  private used = false;

  constructor(
    readonly url: string,
    readonly status: number,
    headers: ReadonlyMap<string, string>,
    /** The whole body. */
    readonly body: string,
  ) {
    this.headers = new AnswerHeaders(headers);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  get statusText(): string {
    return STATUS_CODES[this.status] ?? '';
  }
  get bodyUsed(): boolean {
    return this.used;
  }
  private take(): string {
    if (this.used) throw new TypeError('the body of this answer was read already');
    this.used = true;
    return this.body;
  }
  async text(): Promise<string> {
    return this.take();
  }
  async json(): Promise<any> {
    return JSON.parse(this.take());
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.take(), 'utf8');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  /** Another answer with the same status, headers and body, unread. */
  clone(): SubgraphAnswer {
    return new SubgraphAnswer(this.url, this.status, new Map(this.headers), this.body);
  }
}

const TIMEOUTS = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** A fetch for subgraph requests over `agent`, each with a deadline of `timeoutMs`. */
export function subgraphFetch(agent: Agent, timeoutMs: number): Fetch {
  return async (url, init = {}) => {
    const target = new URL(url);
    try {
      const { statusCode, headers, body } = await agent.request({
        origin: target.origin,
        path: `${target.pathname}${target.search}`,
        method: (init.method ?? 'GET') as 'GET',
        headers: init.headers,
        body: init.body,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        ...(init.signal ? { signal: init.signal } : {}),
      });
      const names = new Map<string, string>();
      for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined) names.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      return new SubgraphAnswer(url, statusCode, names, await body.text());
    } catch (error) {
      if (error instanceof errors.UndiciError && TIMEOUTS.has((error as { code?: string }).code ?? '')) {
        throw Object.assign(new Error(`no answer within ${timeoutMs} ms`, { cause: error }), { name: 'TimeoutError' });
      }
      throw error;
    }
  };
}
