import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const SUBGRAPHS = new URL('../../', import.meta.url);
/** Shared packages every subgraph may import; the others are subgraphs, which meet only through federation. */
const SHARED = ['kit', 'world'];

async function sources(dir: URL): Promise<URL[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: URL[] = [];
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const url = new URL(e.isDirectory() ? `${e.name}/` : e.name, dir);
    if (e.isDirectory()) found.push(...(await sources(url)));
    else if (e.name.endsWith('.ts')) found.push(url);
  }
  return found;
}

describe('package boundaries', async () => {
  const packages = (await readdir(SUBGRAPHS, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const subgraphs = packages.filter((p) => !SHARED.includes(p));

  it('knows the subgraphs', () => {
    expect(subgraphs).toEqual(expect.arrayContaining(['catalog', 'learning']));
  });

  for (const name of packages) {
    it(`${name} imports no subgraph but itself (code, tests and package.json)`, async () => {
      const others = subgraphs.filter((s) => s !== name).map((s) => `@cooplab/${s}`);
      const manifest = JSON.parse(await readFile(new URL(`${name}/package.json`, SUBGRAPHS), 'utf8')) as { dependencies?: Record<string, string> };
      expect(Object.keys(manifest.dependencies ?? {}).filter((d) => others.includes(d))).toEqual([]);
      for (const file of [...(await sources(new URL(`${name}/src/`, SUBGRAPHS))), ...(await sources(new URL(`${name}/test/`, SUBGRAPHS)))]) {
        const text = await readFile(file, 'utf8');
        for (const other of others) expect(text.includes(`'${other}`), `${file.pathname} imports ${other}`).toBe(false);
      }
    });
  }

  it('keeps the world plain data: no dependency at all', async () => {
    const manifest = JSON.parse(await readFile(new URL('world/package.json', SUBGRAPHS), 'utf8')) as { dependencies?: Record<string, string> };
    expect(manifest.dependencies ?? {}).toEqual({});
    for (const file of await sources(new URL('world/src/', SUBGRAPHS))) {
      const imports = [...(await readFile(file, 'utf8')).matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      expect(imports.filter((i) => !i.startsWith('./') && !i.startsWith('node:')), file.pathname).toEqual([]);
    }
  });
});
