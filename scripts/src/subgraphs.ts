import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, subgraphOfPackage, type Logger, type SubgraphDefinition } from '@cooplab/kit';

/** The repository root: the nearest folder above this file whose package.json declares workspaces. */
export const ROOT_DIR = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(join(dir, 'package.json')) && JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).workspaces)) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('no package.json with workspaces above scripts/');
    dir = parent;
  }
  return dir;
})();

export const SUBGRAPHS_DIR = join(ROOT_DIR, 'subgraphs');

/** A subgraph found under subgraphs/: a workspace whose package.json says `"cooplab": { "subgraph": true }`. */
export interface SubgraphPackage {
  /** Its folder name under subgraphs/, which is also its subgraph's name. */
  folder: string;
  /** Absolute path of the folder. */
  dir: string;
  /** Its npm package name (@cooplab/<name>). */
  packageName: string;
  /** The definition configured from `env` (the subgraph reads its own variables, e.g. learning's signing key). */
  create(env?: NodeJS.ProcessEnv, log?: Logger): SubgraphDefinition;
}

interface PackageJson {
  name: string;
  cooplab?: { subgraph?: boolean };
}

/** The folders under subgraphs/ that hold a package, by name (kit and world are packages, not subgraphs). */
export function workspaceFolders(): { folder: string; dir: string; pkg: PackageJson }[] {
  return readdirSync(SUBGRAPHS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(SUBGRAPHS_DIR, entry.name, 'package.json')))
    .map((entry) => {
      const dir = join(SUBGRAPHS_DIR, entry.name);
      return { folder: entry.name, dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson };
    })
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/** Every subgraph package, by folder name: discovered, never listed by hand. */
export const subgraphPackages: SubgraphPackage[] = await Promise.all(
  workspaceFolders()
    .filter(({ pkg }) => pkg.cooplab?.subgraph === true)
    .map(async ({ folder, dir, pkg }) => {
      // Resolved as a workspace package: its sources under the `source` condition (tsx, vitest), else dist/.
      const exports = (await import(pkg.name)) as Record<string, unknown>;
      return { folder, dir, packageName: pkg.name, create: (env = process.env, log?: Logger) => subgraphOfPackage(pkg.name, exports, env, log) };
    }),
);

/** Every subgraph of the graph, configured from `env`. */
export function configuredSubgraphs(env: NodeJS.ProcessEnv = process.env, log?: Logger): SubgraphDefinition[] {
  return subgraphPackages.map((p) => p.create(env, log));
}

/**
 * The subgraphs for what needs their shape only — composition, migrations, tests: configured from the
 * environment without the warnings meant for a running service.
 */
export const subgraphs: SubgraphDefinition[] = configuredSubgraphs(process.env, createLogger({}, 'silent'));

export function subgraphNamed(name: string): SubgraphDefinition {
  const found = subgraphs.find((s) => s.name === name);
  if (!found) throw new Error(`unknown subgraph "${name}"; known: ${subgraphs.map((s) => s.name).join(', ')}`);
  return found;
}
