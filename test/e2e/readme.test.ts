/**
 * The README's examples answer: every `graphql` block and every `curl` of README.md runs against a started graph
 * (the demo data) and must answer with data, no error, no empty list and no failed verification; the token
 * command mints a JWT the graph accepts.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/graph.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = readFileSync(new URL('README.md', `file://${ROOT}/`), 'utf8');
const run = promisify(execFile);

/** Fenced code blocks of a language. */
const blocks = (language: string) => [...README.matchAll(/^```(\w+)\n([\s\S]*?)^```/gm)].filter((m) => m[1] === language).map((m) => m[2]!);
/** Shell commands of the sh blocks, continuation lines joined, comments dropped. */
const commands = blocks('sh')
  .flatMap((b) => b.replace(/\\\n\s*/g, ' ').split('\n'))
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter((line) => line && !line.startsWith('#'));

/**
 * What an example must not answer: an empty root list or connection, a count of zero, a verification that fails.
 * (Lists inside an answer, such as a product's labels, may be empty.)
 */
function emptinessOf(value: unknown, path = 'data'): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return /^data\.\w+$|\.edges$/.test(path) ? [`${path} is empty`] : [];
    return value.flatMap((v, i) => emptinessOf(v, `${path}[${i}]`));
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => emptinessOf(v, `${path}.${k}`));
  if (/\.totalCount$/.test(path) && value === 0) return [`${path} is 0`];
  if (/\.valid$/.test(path) && value === false) return [`${path} is false`];
  return [];
}

let t: TestGraph;
beforeAll(async () => {
  t = await startTestGraph();
});
afterAll(async () => {
  await t?.stop();
});

describe('README examples', () => {
  it('has examples to run', () => {
    expect(blocks('graphql').length).toBeGreaterThanOrEqual(3);
    expect(emptinessOf({ cooperatives: { totalCount: 0, edges: [] } })).toHaveLength(2);
    expect(emptinessOf({ verifyCertification: { valid: false } })).toHaveLength(1);
    expect(commands.filter((c) => c.startsWith('curl ')).length).toBeGreaterThanOrEqual(1);
  });

  it.each(blocks('graphql').map((b) => [b.split('\n')[0]!.slice(0, 70), b] as const))('graphql block %s answers', async (_, query) => {
    const res = await t.query(query);
    expect(res.errors).toBeUndefined();
    expect(emptinessOf(res.data)).toEqual([]);
  });

  it.each(commands.filter((c) => c.startsWith('curl ')).map((c) => [c.slice(0, 70), c] as const))('%s answers', async (_, command) => {
    const origin = new URL(t.graph.url).origin;
    const { stdout } = await run('bash', ['-c', command.replaceAll('http://127.0.0.1:4000', origin)]);
    const body = JSON.parse(stdout) as { data?: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(emptinessOf(body.data)).toEqual([]);
  });

  it('mints a JWT with the README’s token command that the graph accepts for that organisation', async () => {
    const command = commands.find((c) => c.startsWith('npm run token -- jwt'));
    expect(command).toBeDefined();
    const secret = t.jwtSecret;
    const { stdout } = await run('bash', ['-c', command!], { cwd: ROOT, env: { ...process.env, JWT_SECRET: secret } });
    const token = stdout.trim().split('\n').at(-1)!;
    const res = await t.query<{ cooperatives: { edges: { node: { phone: string | null } }[] } }>(
      '{ cooperatives(first: 1) { edges { node { phone } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.cooperatives.edges[0]!.node.phone, 'a PARTNER sees contacts').toBeTruthy();
  });
});
