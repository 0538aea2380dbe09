import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RouteHandler } from '@cooplab/kit';

/** schema/operations of the repository (the same relative path from src/ and from dist/; the image ships schema/). */
export const DEFAULT_OPERATIONS_DIR = fileURLToPath(new URL('../../schema/operations/', import.meta.url));

/** Where the explorer's files are served. */
export const EXPLORER_ASSETS_PATH = '/explorer/';

/** An example operation offered in the explorer, one tab each. */
export interface ExampleOperation {
  /** File name without `.graphql`, e.g. `catalog-cooperatives-by-region`. */
  name: string;
  /** The document, comments included (they say what the operation answers and who may run it). */
  query: string;
}

export interface ExplorerOptions {
  operations: ExampleOperation[];
  /** The GraphQL endpoint the explorer calls (same origin). */
  endpoint?: string;
}

/** The tab the explorer opens on: the README's headline query, public, so it answers without a token. */
export const FIRST_OPERATION = 'catalog-cooperatives-by-region';

/** The example operations of a folder (`*.graphql`), by file name, FIRST_OPERATION first. */
export async function loadExampleOperations(dir: string = DEFAULT_OPERATIONS_DIR): Promise<ExampleOperation[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.graphql')).sort();
  const operations = await Promise.all(files.map(async (f) => ({ name: f.replace(/\.graphql$/, ''), query: await readFile(join(dir, f), 'utf8') })));
  return [...operations.filter((o) => o.name === FIRST_OPERATION), ...operations.filter((o) => o.name !== FIRST_OPERATION)];
}

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/**
 * The explorer's files, from the gateway's own node_modules: GraphiQL's browser build and the React it runs
 * on, and the script that starts it. Nothing comes from a CDN and nothing is reported anywhere.
 */
function assets(): Record<string, { type: string; body: Buffer }> {
  const file = (pkg: string, path: string) => readFileSync(join(packageDir(pkg), path));
  const js = 'text/javascript; charset=utf-8';
  return {
    'react.js': { type: js, body: file('react', 'umd/react.production.min.js') },
    'react-dom.js': { type: js, body: file('react-dom', 'umd/react-dom.production.min.js') },
    'graphiql.js': { type: js, body: file('graphiql', 'graphiql.min.js') },
    'graphiql.css': { type: 'text/css; charset=utf-8', body: file('graphiql', 'graphiql.min.css') },
    'explorer.js': { type: js, body: Buffer.from(START_SCRIPT) },
  };
}

/** Starts GraphiQL with the example operations as tabs and the headers editor open (for the token). */
const START_SCRIPT = `'use strict';
(function () {
  var config = JSON.parse(document.getElementById('explorer-config').textContent);
  var tabs = config.operations.map(function (op) { return { query: op.query, headers: '' }; });
  var fetcher = GraphiQL.createFetcher({ url: config.endpoint });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultTabs: tabs.length ? tabs : undefined,
    defaultHeaders: '{}',
    isHeadersEditorEnabled: true,
    defaultEditorToolsVisibility: 'headers',
    shouldPersistHeaders: false
  }));
})();
`;

/** Nothing but the gateway's own origin: no CDN, no telemetry (inline data is JSON, never run). */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The explorer's page. The configuration goes in a JSON script element, `<` escaped so that it cannot end it. */
export function explorerHtml(options: ExplorerOptions): string {
  const config = JSON.stringify({ endpoint: options.endpoint ?? '/graphql', operations: options.operations }).replace(/</g, '\\u003c');
  const asset = (name: string) => `${EXPLORER_ASSETS_PATH}${name}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>CoopLab graph — explorer</title>
<link rel="stylesheet" href="${asset('graphiql.css')}">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the explorer…</div>
<script type="application/json" id="explorer-config">${config}</script>
<script src="${asset('react.js')}"></script>
<script src="${asset('react-dom.js')}"></script>
<script src="${asset('graphiql.js')}"></script>
<script src="${asset('explorer.js')}"></script>
</body>
</html>
`;
}

/** The routes that serve the explorer's files (read once, kept in memory, cached by browsers for an hour). */
export function explorerRoutes(): Record<string, RouteHandler> {
  return Object.fromEntries(
    Object.entries(assets()).map(([name, { type, body }]) => [
      `${EXPLORER_ASSETS_PATH}${name}`,
      (_req, res) => {
        res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' });
        res.end(body);
      },
    ]),
  );
}

/**
 * Apollo's landing page (what a browser opening the GraphQL URL gets) replaced by the explorer. Apollo's own
 * default, Apollo Sandbox, loads from a CDN and reports usage: it is never used.
 */
export function explorerLandingPage(options: ExplorerOptions): ApolloServerPlugin {
  const html = explorerHtml(options);
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html }; } };
    },
  };
}
