import { readFile, readdir, writeFile } from 'node:fs/promises';
import { Kind, parse, print } from 'graphql';
import { operationId, type OperationManifest } from '@cooplab/gateway/persisted';
import { SCHEMA_DIR } from './supergraph.js';

export const OPERATIONS_DIR = `${SCHEMA_DIR}operations/`;
export const MANIFEST_PATH = `${SCHEMA_DIR}operations.manifest.json`;

/**
 * The persisted query manifest of schema/operations/ (what partner front ends ship): one entry per file, its
 * body printed canonically (no comments, one layout) and its id the SHA-256 of that body. A file must hold one
 * named operation (and its fragments).
 */
export async function buildManifest(dir = OPERATIONS_DIR): Promise<OperationManifest> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.graphql')).sort();
  const operations = await Promise.all(
    files.map(async (file) => {
      const document = parse(await readFile(`${dir}${file}`, 'utf8'));
      const ops = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (ops.length !== 1 || !ops[0]!.name) throw new Error(`${file}: a manifest file holds exactly one named operation`);
      const body = print(document);
      return { id: operationId(body), name: ops[0]!.name.value, type: ops[0]!.operation, body };
    }),
  );
  const names = operations.map((o) => o.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new Error(`two operations are named ${twice}`);
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

export const manifestText = (manifest: OperationManifest) => `${JSON.stringify(manifest, null, 2)}\n`;

export async function writeManifest(manifest: OperationManifest): Promise<string> {
  await writeFile(MANIFEST_PATH, manifestText(manifest));
  return MANIFEST_PATH;
}

/** Whether the checked-in manifest is the one schema/operations/ makes. */
export async function manifestIsCurrent(manifest: OperationManifest): Promise<boolean> {
  return (await readFile(MANIFEST_PATH, 'utf8').catch(() => null)) === manifestText(manifest);
}
