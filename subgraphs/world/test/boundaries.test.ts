import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// That no subgraph imports another is held by test/structure.test.ts; this holds the world itself to plain data.
const SRC = new URL('../src/', import.meta.url);

describe('the world', () => {
  it('has no dependency and imports nothing but its own files and node built-ins', async () => {
    const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies?: Record<string, string> };
    expect(manifest.dependencies ?? {}).toEqual({});
    const files = (await readdir(SRC)).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const imports = [...(await readFile(new URL(file, SRC), 'utf8')).matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      expect(imports.filter((i) => !i.startsWith('./') && !i.startsWith('node:')), file).toEqual([]);
    }
  });
});
