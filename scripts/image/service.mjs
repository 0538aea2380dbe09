// The start-up step of the image (Dockerfile, runtime stage), in plain JavaScript so that it runs on the
// compiled tree with no build tool: maps SERVICE to the process it runs and writes
//   <out>/service.mjs   the entry point `node service.mjs` starts (imports gateway/dist/index.js or
//                       subgraphs/<name>/dist/index.js);
//   <out>/service.json  the service, the variable of its port (<NAME>_PORT) and its default port, which the
//                       image's HEALTHCHECK reads.
// It refuses a name that is not a service, with the reason. test/deployment.test.ts runs this same file for
// every service of docker-compose.yml, then starts each one from what it wrote.
//
//   node scripts/image/service.mjs <SERVICE> [--out <dir>]     (dir defaults to the root of the tree)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The root of the tree this file belongs to (/app in the image, the repository otherwise). */
export const TREE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the gateway listens unless GATEWAY_PORT says otherwise (gateway/src/config.ts). */
const GATEWAY_DEFAULT_PORT = 4000;

export class ServiceError extends Error {}

/**
 * What the image runs for `service`: its workspace folder, entry file, port variable and default port (a
 * subgraph's is its definition's `defaultPort`).
 */
export async function resolveService(service, root = TREE_ROOT) {
  if (!/^[a-z][a-z0-9_]*$/.test(service ?? '')) {
    throw new ServiceError(`build with --build-arg SERVICE=gateway or SERVICE=<subgraph name>; got '${service ?? ''}'`);
  }
  const dir = service === 'gateway' ? 'gateway' : `subgraphs/${service}`;
  const entry = join(root, dir, 'dist', 'index.js');
  if (!existsSync(entry)) throw new ServiceError(`SERVICE=${service}: ${dir}/dist/index.js does not exist (no such service, or not built)`);
  const portVariable = `${service.toUpperCase()}_PORT`;
  if (service === 'gateway') {
    if (!existsSync(join(root, 'schema', 'supergraph.graphql'))) {
      throw new ServiceError('schema/supergraph.graphql is missing: run `npm run compose` and commit schema/');
    }
    return { service, dir, entry, portVariable, defaultPort: GATEWAY_DEFAULT_PORT };
  }
  if (!/\brunSubgraph\(/.test(readFileSync(entry, 'utf8'))) {
    throw new ServiceError(`SERVICE=${service}: ${dir}/dist/index.js does not start a subgraph (runSubgraph)`);
  }
  const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  // The definition the package exports, read as the scripts read it (kit's subgraphOfPackage), with an empty
  // environment: only its name and default port are wanted here.
  const resolveFromRoot = createRequire(join(root, 'package.json')).resolve;
  const kit = await import(pathToFileURL(resolveFromRoot('@cooplab/kit')).href);
  const def = kit.subgraphOfPackage(pkg.name, await import(pathToFileURL(resolveFromRoot(pkg.name)).href), {}, kit.createLogger({}, 'silent'));
  if (def.name !== service) throw new ServiceError(`${pkg.name} defines the subgraph ${def.name}, not ${service}`);
  return { service, dir, entry, portVariable, defaultPort: def.defaultPort };
}

/** Writes service.mjs and service.json into `out`; returns their paths. */
export function writeServiceFiles(resolved, out = TREE_ROOT) {
  let target = relative(out, resolved.entry).split(sep).join('/');
  if (!target.startsWith('.')) target = `./${target}`;
  const mjs = join(out, 'service.mjs');
  const json = join(out, 'service.json');
  writeFileSync(mjs, `import '${target}';\n`);
  const { service, portVariable, defaultPort } = resolved;
  writeFileSync(json, `${JSON.stringify({ service, portVariable, defaultPort })}\n`);
  return { mjs, json };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [service, flag, out] = process.argv.slice(2);
  try {
    const resolved = await resolveService(service);
    const files = writeServiceFiles(resolved, flag === '--out' && out ? resolve(out) : TREE_ROOT);
    process.stdout.write(`${readFileSync(files.mjs, 'utf8')}${readFileSync(files.json, 'utf8')}`);
  } catch (error) {
    process.stderr.write(`${error instanceof ServiceError ? error.message : error.stack}\n`);
    process.exit(1);
  }
}
