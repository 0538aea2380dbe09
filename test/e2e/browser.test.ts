/**
 * What a front end meets in a browser (headless Chromium): CORS for a page of another origin, CSRF prevention
 * for requests a browser sends without a preflight, and the explorer served by the gateway itself.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORS_MAX_AGE } from '@cooplab/gateway/cors';
import { loadExampleOperations } from '@cooplab/gateway/explorer';
import { launchChromium } from '../support/browser.js';
import { startTestGraph, type TestGraph } from '../support/graph.js';

/** Where the run leaves its screenshot of the explorer (ignored by git). */
const SCREENSHOT = fileURLToPath(new URL('../../.artifacts/explorer.png', import.meta.url));
/** The README's copy, refreshed when UPDATE_DOCS=true. */
const README_SCREENSHOT = fileURLToPath(new URL('../../docs/explorer.png', import.meta.url));

/** A page on its own port (so its own origin) that a test drives; it has no script of its own. */
async function servePage(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>front end</title><p>a front end</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let t: TestGraph;
let browser: Browser;
let allowed: { server: Server; origin: string };
let other: { server: Server; origin: string };

beforeAll(async () => {
  [allowed, other] = await Promise.all([servePage(), servePage()]);
  [t, browser] = await Promise.all([
    startTestGraph({ cors: { origins: [allowed.origin] }, explorer: { operations: await loadExampleOperations() } }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
  for (const page of [allowed, other]) page?.server.close();
});

/** Calls the gateway with fetch from a page of `origin`, as a front end does: JSON, a bearer token. */
async function fetchFrom(origin: string, token?: string) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/`);
    return await page.evaluate(
      async ({ url, token }) => {
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ query: '{ cooperatives(first: 2) { totalCount edges { node { name { fr } phone } } } }' }),
          });
          return { status: response.status, body: (await response.json()) as { data?: { cooperatives: { totalCount: number; edges: { node: { phone: string | null } }[] } } } };
        } catch (error) {
          return { blocked: String(error) };
        }
      },
      { url: t.graph.url, token },
    );
  } finally {
    await page.close();
  }
}

describe('CORS, from a page of another origin in Chromium', () => {
  it('lets an allowed origin call the gateway with a token (a preflighted request) and read the answer', async () => {
    const result = await fetchFrom(allowed.origin, t.tokens.PARTNER);
    expect(result).not.toHaveProperty('blocked');
    expect(result.status).toBe(200);
    expect(result.body!.data!.cooperatives.totalCount).toBeGreaterThan(0);
    expect(result.body!.data!.cooperatives.edges[0]!.node.phone, 'the PARTNER token went through').toBeTruthy();
  });

  it('blocks any other origin', async () => {
    const result = await fetchFrom(other.origin);
    expect(result).toHaveProperty('blocked');
    expect((result as { blocked: string }).blocked).toMatch(/Failed to fetch/);
  });
});

describe('CORS and CSRF over HTTP', () => {
  const preflight = (origin: string) =>
    fetch(t.graph.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });

  it('answers a preflight from an allowed origin 204, with the origin, methods, headers and a max age', async () => {
    const response = await preflight(allowed.origin);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(allowed.origin);
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/content-type/);
    expect(response.headers.get('access-control-max-age')).toBe(String(CORS_MAX_AGE));
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/origin/i);
  });

  it('gives another origin no Access-Control-Allow-Origin, on the preflight or on the request', async () => {
    expect((await preflight(other.origin)).headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(t.graph.url, {
      method: 'POST',
      headers: { origin: other.origin, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('still refuses, from any origin, a request a browser would send without a preflight (CSRF prevention)', async () => {
    for (const origin of [allowed.origin, other.origin]) {
      const simple = await fetch(`${t.graph.url}?query=${encodeURIComponent('{ regions { code } }')}`, { headers: { origin } });
      expect(simple.status).toBe(400);
      expect(await simple.text()).toMatch(/CSRF/i);
      const form = await fetch(t.graph.url, { method: 'POST', headers: { origin, 'content-type': 'text/plain' }, body: '{"query":"{ regions { code } }"}' });
      expect(form.status).toBe(400);
    }
  });
});

describe('the explorer', () => {
  it('is served by the gateway with its own files only (no CDN), the example operations inside', async () => {
    const response = await fetch(t.graph.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<title>CoopLab graph/);
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source, 'served by the gateway itself').toMatch(/^\/explorer\//);
    expect(html).not.toMatch(/apollographql\.com|cdn\.|unpkg|jsdelivr|esm\.sh/);
    expect(html).toMatch(/query RegionFigures|catalog-region-figures/);
  });

  it('opens in Chromium, runs the first example operation and shows its result; nothing leaves the gateway', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    const origins = new Set<string>();
    page.on('request', (request) => {
      origins.add(new URL(request.url()).origin);
    });
    try {
      await page.goto(t.graph.url);
      await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
      expect(await page.locator('.graphiql-tab-button').count(), 'one tab per example operation').toBe((await loadExampleOperations()).length);
      await page.locator('.graphiql-execute-button').click();
      const result = page.locator('.result-window');
      await expect.poll(async () => result.textContent(), { timeout: 30_000 }).toMatch(/"totalCount": \d+/);
      expect(await result.textContent()).not.toMatch(/"errors"/);
      await page.screenshot({ path: SCREENSHOT, type: 'png' });
      if (process.env.UPDATE_DOCS === 'true') await page.screenshot({ path: README_SCREENSHOT, type: 'png' });
      expect([...origins]).toEqual([new URL(t.graph.url).origin]);
    } finally {
      await page.close();
    }
  });
});
