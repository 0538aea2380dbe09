/**
 * The deployment files checked against the code they deploy, so that they cannot drift apart silently:
 * Docker cannot run here, but docker-compose.yml and the Dockerfile can be read, and the configuration code of
 * every service can be asked what it reads and requires.
 *
 * For every service of docker-compose.yml built from ./Dockerfile:
 *   - the Dockerfile's runtime stage maps its SERVICE build argument to a workspace with a src/index.ts that
 *     `npm run build` compiles to the dist/index.js the image runs;
 *   - every environment variable compose sets is one the service reads. "Reads" is taken from the code, not
 *     from a list: the env object is handed to the service's real configuration code (the kit's
 *     subgraphEnvSchema, the gateway's loadGatewayConfig) through a Proxy that records every key looked up,
 *     plus the `process.env.NAME` reads found in the sources of the service's workspace and of the workspaces
 *     it depends on (SEED_DEMO_DATA, LOG_SQL…);
 *   - every variable the service requires (the variables its configuration complains about when the
 *     environment is empty) is set, and the configuration code accepts the environment compose gives it,
 *     after `${VAR:-default}` interpolation, with stand-ins for the `${VAR:?…}` variables the operator must set.
 * And across services: every subgraph (subgraphs/<name> marked as one in its package.json, and schema/supergraph.graphql when it is
 * checked in) has a compose service, and the gateway has its <NAME>_URL pointing at that service's port.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createLogger, subgraphEnvSchema, type SubgraphDefinition } from '@cooplab/kit';
import { loadGatewayConfig, supergraphSubgraphs, type SupergraphSubgraph } from '@cooplab/gateway/config';
import { compose as composeSupergraph } from '@cooplab/scripts/supergraph';
import { subgraphPackages, subgraphs as registeredSubgraphs } from '@cooplab/scripts/subgraphs';
import { ServiceError, resolveService } from '../scripts/image/service.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const root = (...path: string[]) => join(ROOT, ...path);
const read = (...path: string[]) => readFileSync(root(...path), 'utf8');

const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
/** What the operator is assumed to provide for a `${VAR:?…}` variable: a valid secret (openssl rand -hex 32). */
const OPERATOR_SECRET = '0123456789abcdef'.repeat(4);
/** The checked-in supergraph, which the image ships (see the Dockerfile). */
const CHECKED_IN_SUPERGRAPH = root('schema', 'supergraph.graphql');

// ---- Dockerfile ----------------------------------------------------------------------------------------------

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  image: string;
  name?: string;
  instructions: Instruction[];
}

/** Splits a Dockerfile into stages of instructions (continuation lines joined, comments dropped). */
function parseDockerfile(text: string): { globalArgs: Record<string, string>; stages: Stage[] } {
  const logical: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line)) continue; // comments, also inside continued instructions, as Docker does
    if (/\\\s*$/.test(line)) {
      current += `${line.replace(/\\\s*$/, '')} `;
      continue;
    }
    current += line;
    if (current.trim()) logical.push(current.trim());
    current = '';
  }
  if (current.trim()) logical.push(current.trim());

  const globalArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/s.exec(line) ?? [];
    const instruction = { keyword: keyword.toUpperCase(), args };
    if (instruction.keyword === 'FROM') {
      const [, image = '', name] = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? [];
      stages.push({ image: image.replace(/\$\{?(\w+)\}?/g, (_, v: string) => globalArgs[v] ?? ''), name, instructions: [] });
    } else if (stages.length === 0) {
      if (instruction.keyword === 'ARG') {
        const [name = '', value = ''] = args.split('=');
        globalArgs[name.trim()] = value.trim();
      }
    } else {
      stages.at(-1)!.instructions.push(instruction);
    }
  }
  return { globalArgs, stages };
}

const dockerfile = parseDockerfile(read('Dockerfile'));
const runtimeStage = dockerfile.stages.at(-1)!;
const runtimeRuns = runtimeStage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
/** The start-up step of the image: the script the runtime stage runs with SERVICE (and this test runs too). */
const START_UP_STEP = 'scripts/image/service.mjs';

/** The workspace folder (relative to the root) the image runs for `service`, per its start-up step. */
async function imageWorkspace(service: string): Promise<string | undefined> {
  try {
    return (await resolveService(service, ROOT)).dir;
  } catch (error) {
    if (error instanceof ServiceError) return undefined;
    throw error;
  }
}

// ---- Workspaces ----------------------------------------------------------------------------------------------

interface PackageJson {
  name: string;
  workspaces?: string[];
  dependencies?: Record<string, string>;
}
const rootPackage = JSON.parse(read('package.json')) as PackageJson;
/** Workspace folders of the root package.json (`dir` or `dir/*`). */
const workspaceDirs = (rootPackage.workspaces ?? []).flatMap((w) =>
  w.endsWith('/*')
    ? readdirSync(root(w.slice(0, -2)), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${w.slice(0, -2)}/${d.name}`)
    : [w],
);
const packageOf = (dir: string) => JSON.parse(read(dir, 'package.json')) as PackageJson;
const workspaceByPackage = new Map(workspaceDirs.map((dir) => [packageOf(dir).name, dir]));

/** `dir` and the workspaces it depends on, transitively. */
function workspaceClosure(dir: string, seen = new Set<string>()): Set<string> {
  if (seen.has(dir)) return seen;
  seen.add(dir);
  for (const dependency of Object.keys(packageOf(dir).dependencies ?? {})) {
    const dependencyDir = workspaceByPackage.get(dependency);
    if (dependencyDir) workspaceClosure(dependencyDir, seen);
  }
  return seen;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(d|test)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** `process.env.NAME` and `process.env['NAME']` reads in the src/ of `dir` and of the workspaces it depends on. */
function processEnvReads(dir: string): Set<string> {
  const names = new Set<string>();
  for (const workspace of workspaceClosure(dir)) {
    for (const file of sourceFiles(root(workspace, 'src'))) {
      const source = readFileSync(file, 'utf8');
      for (const [, name] of source.matchAll(/process\.env\.([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(name!);
      for (const [, name] of source.matchAll(/process\.env\[\s*['"`]([A-Za-z_][A-Za-z0-9_]*)['"`]\s*\]/g)) names.add(name!);
    }
  }
  return names;
}

/** The compiler options of a workspace's tsconfig.json (`extends` resolved, paths absolute). */
function tsOptions(dir: string): ts.CompilerOptions {
  const path = root(dir, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(path, ts.sys.readFile);
  if (error) throw new Error(`${path}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  return ts.parseJsonConfigFileContent(config, ts.sys, root(dir), undefined, path).options;
}
const rootTsReferences = ((ts.readConfigFile(root('tsconfig.json'), ts.sys.readFile).config as { references?: { path: string }[] })
  .references ?? []).map((r) => resolve(ROOT, r.path));

// ---- docker-compose.yml -------------------------------------------------------------------------------------

interface ComposeService {
  build?: string | { context?: string; dockerfile?: string; args?: Record<string, unknown> | string[] };
  environment?: Record<string, unknown> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  ports?: (string | number | { target?: number })[];
}
const composeText = read('docker-compose.yml');
const composeFile = parse(composeText) as { services?: Record<string, ComposeService> };
const composeServices = composeFile.services ?? {};

/** The variables the operator must provide (`${VAR:?…}`), given stand-in values. */
const operatorEnv: Record<string, string> = Object.fromEntries(
  [...composeText.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*):?\?/g)].map(([, name]) => [name!, OPERATOR_SECRET]),
);

/** Compose's interpolation of `$$`, `$VAR`, `${VAR}`, `${VAR:-x}`, `${VAR-x}`, `${VAR:?x}`, `${VAR?x}`, `${VAR:+x}`. */
function interpolate(text: string, where: string): string {
  return text.replace(/\$(?:\$|\{([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (match, braced?: string, bare?: string) => {
    if (match === '$$') return '$';
    if (bare) return operatorEnv[bare] ?? '';
    const [, name = '', colon, op, operand = ''] = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?+])(.*))?$/s.exec(braced ?? '') ?? [];
    if (!name || operand.includes('$')) throw new Error(`${where}: interpolation ${match} is not understood by this test`);
    const value = operatorEnv[name];
    const unset = value === undefined || (colon === ':' && value === '');
    if (op === '-') return unset ? operand : value!;
    if (op === '+') return unset ? '' : operand;
    if (op === '?') {
      if (unset) throw new Error(`${where}: ${name} is required by compose (${operand})`);
      return value!;
    }
    return value ?? '';
  });
}

/** Entries of a compose mapping-or-list (`KEY: value` or `- KEY=value`; a bare `KEY` has a null value). */
function entries(value: Record<string, unknown> | string[] | undefined): [string, unknown][] {
  if (!value) return [];
  if (Array.isArray(value)) {
    return value.map((item) => {
      const at = item.indexOf('=');
      return at < 0 ? [item, null] : [item.slice(0, at), item.slice(at + 1)];
    });
  }
  return Object.entries(value);
}

interface ImageService {
  /** Name of the compose service. */
  compose: string;
  /** Its SERVICE build argument. */
  service: string;
  /** Every variable compose sets (including pass-through ones without a value). */
  keys: string[];
  /** The environment the container gets, interpolated. */
  env: Record<string, string>;
  dependsOn: string[];
}

/** The compose services built from ./Dockerfile. */
const imageServices: ImageService[] = Object.entries(composeServices).flatMap(([name, svc]) => {
  if (!svc.build) return [];
  const build = typeof svc.build === 'string' ? { context: svc.build } : svc.build;
  const context = resolve(ROOT, build.context ?? '.');
  if (resolve(context, build.dockerfile ?? 'Dockerfile') !== root('Dockerfile')) return [];
  const args = Object.fromEntries(entries(build.args));
  const environment = entries(svc.environment);
  const env: Record<string, string> = {};
  for (const [key, value] of environment) {
    if (value === null || value === undefined) {
      if (operatorEnv[key] !== undefined) env[key] = operatorEnv[key]!; // passed through from the operator
    } else {
      env[key] = interpolate(String(value), `services.${name}.environment.${key}`);
    }
  }
  return [
    {
      compose: name,
      service: args.SERVICE === undefined || args.SERVICE === null ? '' : interpolate(String(args.SERVICE), `services.${name}.build.args`),
      keys: environment.map(([key]) => key),
      env,
      dependsOn: Array.isArray(svc.depends_on) ? svc.depends_on : Object.keys(svc.depends_on ?? {}),
    },
  ];
});
const gatewayServices = imageServices.filter((s) => s.service === 'gateway');
const subgraphServices = imageServices.filter((s) => s.service !== 'gateway');

// ---- What each service reads and requires, asked of its configuration code ---------------------------------

/**
 * Runs `configure` on an env object that records every key it is asked for (get, `in`, property lookup).
 * Configuration errors are expected (the env is usually incomplete); anything else is a real failure.
 */
function recordReads(env: Record<string, string>, configure: (env: NodeJS.ProcessEnv) => unknown): Set<string> {
  const reads = new Set<string>();
  const note = (key: string | symbol) => {
    if (typeof key === 'string' && ENV_NAME.test(key)) reads.add(key);
  };
  const proxy = new Proxy({ ...env }, {
    get: (target, key, receiver) => (note(key), Reflect.get(target, key, receiver)),
    has: (target, key) => (note(key), Reflect.has(target, key)),
    getOwnPropertyDescriptor: (target, key) => (note(key), Reflect.getOwnPropertyDescriptor(target, key)),
  });
  try {
    configure(proxy);
  } catch (error) {
    if ((error as Error).name !== 'ConfigError') throw error;
  }
  return reads;
}

/** The variables named by a configuration's problems ("NAME: message") or issues (path [NAME]). */
function gatewayProblems(env: Record<string, string>): string[] {
  try {
    loadGatewayConfig(env);
    return [];
  } catch (error) {
    if ((error as Error).name !== 'ConfigError') throw error;
    return (error as Error & { problems: string[] }).problems;
  }
}
const problemVariables = (problems: string[]) =>
  new Set(problems.map((p) => /^([A-Z][A-Z0-9_]*):/.exec(p)?.[1]).filter((v): v is string => Boolean(v)));

function subgraphIssues(def: SubgraphDefinition, env: Record<string, string>) {
  const result = subgraphEnvSchema(def.name.toUpperCase(), def.defaultPort).safeParse(env);
  return {
    result,
    variables: new Set(result.success ? [] : result.error.issues.map((i) => String(i.path[0] ?? '(env)'))),
    problems: result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`),
  };
}

const subgraphDefinition = (service: string) => registeredSubgraphs.find((def) => def.name === service);

/** The subgraphs of the supergraph the gateway image serves: the checked-in one when it exists. */
let supergraph: SupergraphSubgraph[] = [];
/** A path of that supergraph to give the gateway's configuration (SUPERGRAPH_PATH). */
let supergraphPath = '';
let tmp = '';

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'cooplab-deployment-'));
  if (existsSync(CHECKED_IN_SUPERGRAPH)) {
    supergraphPath = CHECKED_IN_SUPERGRAPH;
  } else {
    // Not checked in yet (the gateway image cannot be built then: the Dockerfile refuses). To still learn which
    // <NAME>_URL the gateway reads, compose the registered subgraphs the way `npm run compose` does.
    supergraphPath = join(tmp, 'supergraph.graphql');
    await writeFile(supergraphPath, (await composeSupergraph(registeredSubgraphs)).supergraph);
  }
  supergraph = supergraphSubgraphs(readFileSync(supergraphPath, 'utf8'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** The gateway's env as the image gets it: compose's, with the supergraph the image ships. */
const gatewayEnv = (env: Record<string, string>) => ({ SUPERGRAPH_PATH: supergraphPath, ...env });

/** The port a compose service listens on, according to its own configuration code. */
function listeningPort(svc: ImageService): number | undefined {
  if (svc.service === 'gateway') {
    try {
      return loadGatewayConfig(gatewayEnv(svc.env)).port;
    } catch {
      return undefined;
    }
  }
  const def = subgraphDefinition(svc.service);
  const parsed = def && subgraphEnvSchema(def.name.toUpperCase(), def.defaultPort).safeParse(svc.env);
  return parsed?.success ? parsed.data.port : undefined;
}

// ---- Tests ---------------------------------------------------------------------------------------------------

describe('Dockerfile', () => {
  it('builds every stage from node:24-bookworm-slim, the current LTS (or an earlier stage)', () => {
    const stageNames = new Set(dockerfile.stages.map((s) => s.name));
    expect(dockerfile.stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of dockerfile.stages) {
      if (!stageNames.has(stage.image)) expect(stage.image, `FROM of stage ${stage.name}`).toBe('node:24-bookworm-slim');
    }
  });

  it('runs the build in a stage and keeps production dependencies only in the runtime stage', () => {
    const runs = dockerfile.stages.flatMap((s) => s.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args));
    expect(runs.some((run) => /\bnpm ci\b(?!.*--omit)/.test(run) && !runtimeRuns.includes(run))).toBe(true);
    expect(runs.some((run) => /\bnpm run build\b/.test(run) && !runtimeRuns.includes(run))).toBe(true);
    expect(runtimeRuns.filter((run) => /\bnpm ci\b/.test(run))).toEqual([expect.stringMatching(/npm ci --omit=dev/)]);
  });

  it('has a runtime stage with ARG SERVICE, NODE_ENV=production, a non-root user, a /health HEALTHCHECK', () => {
    const find = (keyword: string) => runtimeStage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
    expect(find('ARG')).toContainEqual(expect.stringMatching(/^SERVICE(=|$)/));
    expect(find('ENV').join(' ')).toMatch(/\bNODE_ENV[= ]production\b/);
    const user = find('USER').at(-1);
    expect(user, 'USER of the runtime stage').toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(find('HEALTHCHECK').at(-1)).toMatch(/\/health\b/);
    expect(find('CMD').length + find('ENTRYPOINT').length).toBeGreaterThan(0);
    expect(find('COPY'), 'the runtime stage copies its start-up step').toContainEqual(expect.stringContaining('scripts/image/'));
    expect(runtimeRuns, 'the runtime stage runs its start-up step with SERVICE').toContainEqual(
      expect.stringMatching(new RegExp(`^node ${START_UP_STEP.replace(/[./]/g, '\\$&')} "?\\$\\{?SERVICE\\}?"?$`)),
    );
  });

  it('gives the HEALTHCHECK the gateway’s real default port', async () => {
    const dockerfileDefault = (await resolveService('gateway', ROOT)).defaultPort;
    const { port } = loadGatewayConfig(gatewayEnv({
      INTERNAL_AUTH_SECRET: OPERATOR_SECRET,
      ...Object.fromEntries(supergraph.map((s) => [`${s.enumValue}_URL`, 'http://localhost:1/graphql'])),
    }));
    expect(Number(dockerfileDefault)).toBe(port);
  });
});

describe('.dockerignore', () => {
  it('keeps the host’s node_modules, dist/ and build info out of the build context', () => {
    const patterns = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    for (const name of ['node_modules', 'dist', '*.tsbuildinfo']) {
      expect(patterns, `.dockerignore excludes ${name} at any depth`).toContain(`**/${name}`);
    }
    for (const name of ['.git', '.data']) expect(patterns).toContain(name);
  });
});

describe('docker-compose.yml', () => {
  it('builds the gateway and at least one subgraph from ./Dockerfile', () => {
    expect(gatewayServices.length).toBe(1);
    expect(subgraphServices.length).toBeGreaterThan(0);
  });

  describe.each(imageServices.map((s) => [s.compose, s] as const))('service %s', (_, svc) => {
    it('has a SERVICE build argument the start-up step maps to a workspace whose src/index.ts the build compiles to dist/index.js', async () => {
      expect(svc.service, 'build.args.SERVICE').toMatch(/^[a-z][a-z0-9_]*$/);
      const dir = await imageWorkspace(svc.service);
      expect(dir, `the image's start-up step refuses SERVICE=${svc.service}`).toBeDefined();
      expect(existsSync(root(dir!, 'src', 'index.ts')), `${dir}/src/index.ts`).toBe(true);
      expect(workspaceDirs, 'workspaces of the root package.json (npm ci links them)').toContain(dir);
      expect(rootTsReferences, 'references of the root tsconfig.json (`npm run build` = tsc -b)').toContain(root(dir!));
      const options = tsOptions(dir!);
      expect(options.rootDir, `${dir}/tsconfig.json rootDir`).toBe(root(dir!, 'src'));
      expect(options.outDir, `${dir}/tsconfig.json outDir`).toBe(root(dir!, 'dist'));
      const entry = read(dir!, 'src', 'index.ts');
      if (svc.service === 'gateway') expect(dir).toBe('gateway');
      else {
        expect(entry, `${dir}/src/index.ts starts a subgraph`).toMatch(/\brunSubgraph\s*\(/);
        expect(subgraphDefinition(svc.service), `a subgraph package subgraphs/${svc.service} (marked "cooplab": { "subgraph": true })`).toBeDefined();
      }
    });

    it('sets only environment variables the service reads', async () => {
      const dir = (await imageWorkspace(svc.service)) ?? '';
      let reads: Set<string>;
      if (svc.service === 'gateway') {
        reads = recordReads(gatewayEnv({}), (env) => loadGatewayConfig(env));
      } else {
        const def = subgraphDefinition(svc.service);
        expect(def, `a subgraph package subgraphs/${svc.service} (marked "cooplab": { "subgraph": true })`).toBeDefined();
        reads = recordReads({}, (env) => subgraphEnvSchema(def!.name.toUpperCase(), def!.defaultPort).safeParse(env));
        // The subgraph's own variables: what its factory reads when it is configured.
        const create = subgraphPackages.find((p) => p.folder === def!.name)!.create;
        for (const name of recordReads({}, (env) => create(env, createLogger({}, 'silent')))) reads.add(name);
      }
      expect(reads.size, 'the configuration code was seen reading the environment').toBeGreaterThan(0);
      for (const name of processEnvReads(dir)) reads.add(name);
      const unread = svc.keys.filter((key) => !reads.has(key));
      expect(unread, `variables ${svc.compose} never reads (it reads: ${[...reads].sort().join(', ')})`).toEqual([]);
    });

    it('sets every variable the service requires, with values its configuration accepts', () => {
      if (svc.service === 'gateway') {
        const required = problemVariables(gatewayProblems(gatewayEnv({})));
        expect(required.size, 'the gateway requires something of an empty environment').toBeGreaterThan(0);
        const problems = gatewayProblems(gatewayEnv(svc.env));
        const unset = [...required].filter((name) => !svc.keys.includes(name) || problemVariables(problems).has(name));
        expect(unset, 'required by the gateway and not (validly) set').toEqual([]);
        expect(problems).toEqual([]);
      } else {
        const def = subgraphDefinition(svc.service)!;
        expect(def).toBeDefined();
        const required = subgraphIssues(def, {}).variables;
        expect(required.size, `${def.name} requires something of an empty environment`).toBeGreaterThan(0);
        const { variables, problems } = subgraphIssues(def, svc.env);
        // A requirement may be met by an alternative (DATABASE_URL or <NAME>_DATABASE_URL): then the code has
        // no more complaint about it.
        const unset = [...required].filter((name) => variables.has(name));
        expect(unset, 'required by the subgraph and not (validly) set').toEqual([]);
        expect(problems).toEqual([]);
      }
    });

    it('listens on all interfaces (HOST), so that the other containers reach it', () => {
      let host: string | undefined;
      if (svc.service === 'gateway') {
        if (gatewayProblems(gatewayEnv(svc.env)).length === 0) host = loadGatewayConfig(gatewayEnv(svc.env)).host;
      } else {
        const parsed = subgraphIssues(subgraphDefinition(svc.service)!, svc.env).result;
        if (parsed.success) host = parsed.data.host;
      }
      expect(host, `the host ${svc.compose} listens on (its configuration must load)`).toBeDefined();
      expect(['0.0.0.0', '::'], `HOST of ${svc.compose}`).toContain(host);
    });

    it('has the port variable the HEALTHCHECK uses (<SERVICE>_PORT) among the variables it reads', async () => {
      // The runtime stage writes `<SERVICE in upper case>_PORT` into /app/service.json for its HEALTHCHECK.
      const variable = (await resolveService(svc.service, ROOT)).portVariable;
      expect(variable).toBe(`${svc.service.toUpperCase()}_PORT`);
      const reads = svc.service === 'gateway'
        ? recordReads(gatewayEnv({}), (env) => loadGatewayConfig(env))
        : recordReads({}, (env) => subgraphEnvSchema(svc.service.toUpperCase(), 1).safeParse(env));
      expect([...reads]).toContain(variable);
    });
  });
});

describe('subgraphs and the gateway', () => {
  const gateway = gatewayServices[0]!;
  const serviceFor = (subgraph: string) => subgraphServices.find((s) => s.service === subgraph);

  it('every subgraph (subgraphs/<name> marked "cooplab": { "subgraph": true }) has a compose service', () => {
    const missing = registeredSubgraphs.map((def) => def.name).filter((name) => !serviceFor(name));
    expect(missing, 'subgraphs without a service block in docker-compose.yml (build.args.SERVICE: <name>)').toEqual([]);
  });

  it('the gateway has a <NAME>_URL for every subgraph of its supergraph, pointing at that service', () => {
    expect(supergraph.length).toBeGreaterThan(0);
    for (const subgraph of supergraph) {
      const svc = serviceFor(subgraph.name);
      expect(svc, `a compose service built with SERVICE=${subgraph.name}`).toBeDefined();
      const variable = `${subgraph.enumValue}_URL`;
      expect(gateway.keys, `gateway environment`).toContain(variable);
      const url = new URL(gateway.env[variable] ?? 'invalid:');
      expect(url.hostname, variable).toBe(svc!.compose);
      const port = listeningPort(svc!);
      expect(port, `the port ${svc!.compose} listens on (its configuration must load)`).toBeDefined();
      expect(Number(url.port || 80), `${variable}: the port ${svc!.compose} listens on`).toBe(port);
      expect(url.pathname, variable).toBe('/graphql');
      expect(gateway.dependsOn, `gateway depends_on ${svc!.compose}`).toContain(svc!.compose);
    }
  });

  it.skipIf(!existsSync(CHECKED_IN_SUPERGRAPH))(
    'every subgraph named in the checked-in schema/supergraph.graphql is deployed (skipped while it is not checked in)',
    () => {
      // supergraph is the checked-in one here (beforeAll): the assertions above ran against it. The registry
      // and the checked-in supergraph must agree, or the image serves a stale supergraph.
      expect(supergraph.map((s) => s.name).sort()).toEqual(registeredSubgraphs.map((d) => d.name).sort());
    },
  );

  it('publishes the gateway on the port it listens on', () => {
    const svc = composeServices[gateway.compose]!;
    const targets = (svc.ports ?? []).map((p) => (typeof p === 'object' ? p.target : Number(String(p).split('/')[0]!.split(':').at(-1))));
    expect(targets).toContain(listeningPort(gateway));
  });
});
