/**
 * The typed documents of schema/typed/ (`npm run codegen`) are current with schema/operations/ and the
 * supergraph, and compile as a front end in strict ESM TypeScript compiles them.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

describe('typed operations (schema/typed)', () => {
  it('are current: `npm run codegen -- --check` finds nothing stale', async () => {
    const result = await run(bin('graphql-codegen'), ['--config', 'codegen.ts', '--check'], { cwd: ROOT }).catch((error: { stdout: string; stderr: string }) => error);
    expect('code' in result ? `${result.stdout}${result.stderr}` : '', 'run `npm run codegen` and commit schema/typed/').toBe('');
  });

  it('export a typed document, its result type and its variables type for every example operation', () => {
    const generated = readFileSync(join(ROOT, 'schema', 'typed', 'graphql.ts'), 'utf8');
    const operations = readdirSync(join(ROOT, 'schema', 'operations')).filter((f) => f.endsWith('.graphql'));
    expect(operations.length).toBeGreaterThan(0);
    for (const file of operations) {
      const definition = parse(readFileSync(join(ROOT, 'schema', 'operations', file), 'utf8')).definitions[0] as OperationDefinitionNode;
      const name = definition.name!.value;
      const kind = definition.operation === 'query' ? 'Query' : 'Mutation';
      expect(generated, file).toContain(`export const ${name}Document = `);
      expect(generated, file).toContain(`DocumentNode<${name}${kind}, ${name}${kind}Variables>`);
    }
  });

  it('compile under strict TypeScript as ES modules', async () => {
    const args = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', 'schema/typed/index.ts', 'schema/typed/graphql.ts'];
    const result = await run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), ...args], { cwd: ROOT }).catch((error: { stdout: string }) => error);
    expect('code' in result ? result.stdout : '').toBe('');
  });
});
