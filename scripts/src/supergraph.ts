import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { printSdl, type SubgraphDefinition } from '@cooplab/kit';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));
export const SUPERGRAPH_PATH = `${SCHEMA_DIR}supergraph.graphql`;

/** The URL written into the supergraph for a subgraph; the gateway's config overrides it at run time. */
export const defaultUrl = (def: SubgraphDefinition) => `http://localhost:${def.defaultPort}/graphql`;

export interface Composition {
  subgraphs: { name: string; sdl: string }[];
  supergraph: string;
  hints: string[];
}

/** Prints each subgraph's SDL and composes the supergraph with @apollo/composition. Throws on any error. */
export async function compose(defs: SubgraphDefinition[], urls: Record<string, string> = {}): Promise<Composition> {
  const subgraphs = await Promise.all(defs.map(async (def) => ({ name: def.name, sdl: printSdl(await def.schema()), url: urls[def.name] ?? defaultUrl(def) })));
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) {
    throw new Error(`The supergraph does not compose:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return {
    subgraphs: subgraphs.map(({ name, sdl }) => ({ name, sdl })),
    supergraph: result.supergraphSdl,
    hints: result.hints.map((h) => `${h.definition.code}: ${h.message}`),
  };
}

const files = (c: Composition) => [
  ...c.subgraphs.map((s) => ({ path: `${SCHEMA_DIR}${s.name}.graphql`, content: `${s.sdl.trim()}\n` })),
  { path: SUPERGRAPH_PATH, content: `${c.supergraph.trim()}\n` },
];

export async function writeComposition(c: Composition): Promise<string[]> {
  const written = files(c);
  await Promise.all(written.map((f) => writeFile(f.path, f.content)));
  return written.map((f) => f.path);
}

/** The checked-in files that differ from a fresh composition (empty when schema/ is up to date). */
export async function staleFiles(c: Composition): Promise<string[]> {
  const stale: string[] = [];
  for (const f of files(c)) {
    const current = await readFile(f.path, 'utf8').catch(() => null);
    if (current !== f.content) stale.push(f.path);
  }
  return stale;
}
