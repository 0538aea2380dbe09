/**
 * The shape every subgraph keeps, so that adding one is one folder (see subgraphs/README.md):
 *   - subgraphs are discovered (workspaces `subgraphs/*`, a package.json marked `"cooplab": { "subgraph": true }`);
 *     the one thing still listed by hand, the root tsconfig.json's references (`tsc -b` has no globs), is checked;
 *   - no subgraph imports another subgraph's package: they meet only through federation;
 *   - each concept of a subgraph is one module (`src/modules/<concept>/<concept>.module.ts`), assembled in
 *     `src/subgraph.ts`; a module reaches another through its service or loaders, never through its resolver.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR, SUBGRAPHS_DIR, subgraphPackages, workspaceFolders } from '@cooplab/scripts/subgraphs';

const read = (path: string) => readFileSync(path, 'utf8');
const json = <T>(path: string) => JSON.parse(read(path)) as T;

/** Files below `dir` whose name `keep` accepts (node_modules and dist left out). */
function filesBelow(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesBelow(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

/** The folder of every workspace: subgraphs/*, the gateway and the scripts. */
const allWorkspaces = (): string[] => [...workspaceFolders().map((w) => w.dir), join(ROOT_DIR, 'gateway'), join(ROOT_DIR, 'scripts')];

/** TypeScript files below `dir` (node_modules and dist left out). */
const tsFiles = (dir: string): string[] => filesBelow(dir, (name) => name.endsWith('.ts') && !name.endsWith('.d.ts'));

/** The module specifiers a file imports or re-exports (static and dynamic). */
function importsOf(file: string): string[] {
  const source = read(file);
  return [
    ...source.matchAll(/\b(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/\bimport\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
}

const subgraphFolders = subgraphPackages.map((p) => p.folder);
const packageNameOf = new Map(workspaceFolders().map((w) => [w.pkg.name, w.folder]));

/**
 * The imports of another subgraph's package that are known and being removed, each with the issue that
 * removes it (`{ from, to, where, issue }`). None: every subgraph's seed reads the shared world (`@cooplab/world`).
 */
const KNOWN_CROSS_IMPORTS: { from: string; to: string; where: string; issue: number }[] = [];

/** Every place where one subgraph names another: source imports, package.json dependencies, tsconfig references. */
function crossImports(): { from: string; to: string; where: string }[] {
  const found: { from: string; to: string; where: string }[] = [];
  for (const { folder, dir } of subgraphPackages) {
    const others = (to: string | undefined) => (to && to !== folder && subgraphFolders.includes(to) ? to : undefined);
    const pkg = json<{ dependencies?: Record<string, string>; devDependencies?: Record<string, string> }>(join(dir, 'package.json'));
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
      const to = others(packageNameOf.get(name));
      if (to) found.push({ from: folder, to, where: 'package.json dependencies' });
    }
    const tsconfig = ts.readConfigFile(join(dir, 'tsconfig.json'), ts.sys.readFile).config as { references?: { path: string }[] } | undefined;
    for (const reference of tsconfig?.references ?? []) {
      const to = others(relative(SUBGRAPHS_DIR, resolve(dir, reference.path)).split(sep)[0]);
      if (to) found.push({ from: folder, to, where: 'tsconfig.json references' });
    }
    for (const file of tsFiles(dir)) {
      for (const specifier of importsOf(file)) {
        const to = specifier.startsWith('.')
          ? others(relative(SUBGRAPHS_DIR, resolve(file, '..', specifier)).split(sep)[0])
          : others(packageNameOf.get(specifier.split('/').slice(0, 2).join('/')));
        if (to) found.push({ from: folder, to, where: relative(dir, file) });
      }
    }
  }
  return [...new Map(found.map((f) => [JSON.stringify(f), f])).values()];
}

describe('subgraphs are discovered', () => {
  it('the root workspaces are subgraphs/* (with the gateway and the scripts)', () => {
    expect(json<{ workspaces: string[] }>(join(ROOT_DIR, 'package.json')).workspaces).toContain('subgraphs/*');
  });

  it('finds the subgraphs by the marker in their package.json', () => {
    expect(subgraphFolders.length).toBeGreaterThanOrEqual(2);
    expect(subgraphFolders).toEqual(expect.arrayContaining(['catalog', 'learning']));
    expect(subgraphFolders).not.toContain('kit');
  });

  it('the root tsconfig.json (the one list `tsc -b` needs) references every workspace with a tsconfig.json', () => {
    const references = (ts.readConfigFile(join(ROOT_DIR, 'tsconfig.json'), ts.sys.readFile).config as { references: { path: string }[] }).references.map(
      (r) => resolve(ROOT_DIR, r.path),
    );
    const missing = allWorkspaces().filter((dir) => existsSync(join(dir, 'tsconfig.json')) && !references.includes(dir)).map((dir) => relative(ROOT_DIR, dir));
    expect(missing, 'add to "references" of the root tsconfig.json').toEqual([]);
  });

  it('keeps compiled output out of the source folders (a .js beside its .ts would be loaded instead of it)', () => {
    const COMPILED = /\.(js|js\.map|d\.ts|d\.ts\.map)$/;
    const compiled = (dir: string) =>
      filesBelow(dir, (name) => COMPILED.test(name))
        .filter((path) => existsSync(path.replace(COMPILED, '.ts')))
        .map((path) => relative(ROOT_DIR, path));
    expect(allWorkspaces().flatMap((dir) => compiled(join(dir, 'src')))).toEqual([]);
  });

  describe.each(subgraphPackages.map((p) => [p.folder, p] as const))('subgraphs/%s', (folder, pkg) => {
    it('defines the subgraph of its folder’s name, with src/index.ts and src/subgraph.ts', () => {
      expect(pkg.create().name, 'the name of the definition its package exports').toBe(folder);
      expect(pkg.packageName).toBe(`@cooplab/${folder}`);
      for (const file of ['src/index.ts', 'src/subgraph.ts', 'tsconfig.json']) expect(existsSync(join(pkg.dir, file)), file).toBe(true);
      const exported = json<{ exports: Record<string, { source?: string }> }>(join(pkg.dir, 'package.json')).exports['.'];
      expect(exported?.source, 'package.json exports["."].source').toBe('./src/subgraph.ts');
    });

    it('has a default port of its own', () => {
      const ports = subgraphPackages.filter((p) => p.folder !== folder).map((p) => p.create().defaultPort);
      expect(ports).not.toContain(pkg.create().defaultPort);
    });
  });
});

describe('subgraphs meet only through federation', () => {
  const found = crossImports();
  const known = (f: { from: string; to: string; where: string }) => KNOWN_CROSS_IMPORTS.some((k) => k.from === f.from && k.to === f.to && k.where === f.where);

  it('no subgraph imports another subgraph’s package (source, package.json or tsconfig.json)', () => {
    expect(found.filter((f) => !known(f)).map((f) => `${f.from} → ${f.to} in subgraphs/${f.from}/${f.where}`)).toEqual([]);
  });

  it('every known exception is still there (remove its entry with the import)', () => {
    const gone = KNOWN_CROSS_IMPORTS.filter((k) => !found.some((f) => f.from === k.from && f.to === k.to && f.where === k.where));
    expect(gone.map((k) => `${k.from} → ${k.to} in ${k.where} (issue ${k.issue})`)).toEqual([]);
  });
});

describe('a module is one unit', () => {
  describe.each(subgraphPackages.map((p) => [p.folder, p] as const))('subgraphs/%s', (_, pkg) => {
    const modulesDir = join(pkg.dir, 'src', 'modules');
    const concepts = existsSync(modulesDir) ? readdirSync(modulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];

    it('has one folder per concept, each with its <concept>.module.ts, all assembled in src/subgraph.ts', () => {
      expect(concepts.length).toBeGreaterThan(0);
      const subgraph = read(join(pkg.dir, 'src', 'subgraph.ts'));
      expect(concepts.filter((c) => !existsSync(join(modulesDir, c, `${c}.module.ts`))), 'folders without <concept>.module.ts').toEqual([]);
      expect(concepts.filter((c) => !subgraph.includes(`./modules/${c}/${c}.module.js`)), 'modules src/subgraph.ts does not assemble').toEqual([]);
    });

    it('keeps loaders beside their concept (no loaders file for the whole subgraph)', () => {
      expect(readdirSync(modulesDir).filter((f) => f.endsWith('.loaders.ts'))).toEqual([]);
    });

    it('reaches another module through its service or loaders, never its resolver or module file', () => {
      const wrong = concepts.flatMap((concept) =>
        tsFiles(join(modulesDir, concept)).flatMap((file) =>
          importsOf(file)
            .filter((specifier) => /\.(resolver|module)\.js$/.test(specifier) && !specifier.startsWith('./'))
            .map((specifier) => `${relative(pkg.dir, file)} imports ${specifier}`),
        ),
      );
      expect(wrong).toEqual([]);
    });
  });
});
