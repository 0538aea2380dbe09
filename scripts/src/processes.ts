/**
 * The graph as deployed, on one machine: each subgraph and the gateway in a process of its own (so that they
 * use every core), each started from its own entry point (`subgraphs/<name>/src/index.ts`,
 * `gateway/src/index.ts`) with the variables a deployment gives it. Used by `npm start` and the benchmark.
 *
 * A part that exits on its own is reported at once (its last lines of output with it) through `onExit`; `stop()`
 * sends SIGTERM to every part still running and waits for each to exit (SIGKILL after a grace period).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ensureDatabase, type Logger } from '@cooplab/kit';
import { ROOT_DIR, subgraphPackages } from './subgraphs.js';

export interface ServiceProcess {
  name: string;
  /** Base URL, e.g. http://127.0.0.1:4001 */
  origin: string;
  /** GraphQL endpoint. */
  url: string;
  child: ChildProcess;
  /** The last lines it wrote (stdout and stderr), to explain a crash. */
  output(): string;
}

export interface GraphProcessesOptions {
  /** URL of a PostgreSQL server; each subgraph gets the database `<databasePrefix>_<name>` on it. */
  postgresUrl: string;
  databasePrefix: string;
  /** Load the demo data into empty databases. */
  seed: boolean;
  gatewayPort: number;
  subgraphPort: (name: string) => number;
  host?: string;
  /** Variables given to every part (on top of this process's environment). */
  env?: NodeJS.ProcessEnv;
  /** Variables of the gateway only (JWT_SECRET, API_KEYS_FILE, CORS_ORIGINS…). */
  gatewayEnv?: NodeJS.ProcessEnv;
  internalSecret: string;
  /** Only these subgraphs (by name); all by default. */
  only?: string[];
  /** Write each part's output to this process's stdout/stderr as it comes (otherwise it is kept for a crash report). */
  inheritOutput?: boolean;
  /** Node.js options of every part (e.g. `--cpu-prof`). */
  nodeOptions?: string[];
  log: Logger;
  /** Aborting it (a signal during start-up) stops every part started so far; the start then rejects. */
  signal?: AbortSignal;
  /** Called once when a part exits while the graph is not being stopped. */
  onExit?: (part: ServiceProcess, code: number | null, signal: NodeJS.Signals | null) => void;
}

export interface GraphProcesses {
  /** The gateway's GraphQL endpoint. */
  url: string;
  gateway: ServiceProcess;
  subgraphs: Record<string, ServiceProcess>;
  /** Every part, subgraphs first. */
  parts: ServiceProcess[];
  /**
   * Starts one more gateway process over the same subgraphs (other variables, or another gateway's entry point,
   * to compare); it is given the same variables as the gateway; stopped with the rest.
   */
  addGateway(name: string, port: number, env?: NodeJS.ProcessEnv, entry?: string): Promise<ServiceProcess>;
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 15_000;
/** The entry point that runs Hive Gateway, a peer to compare with, in a process of its own (hive.ts, hive-gateway.ts). */
export const HIVE_GATEWAY_ENTRY = join(ROOT_DIR, 'scripts', 'src', 'hive-gateway.ts');
const READY_TIMEOUT_MS = 240_000;
const KEPT_OUTPUT_CHARS = 8_000;

type PartOptions = Pick<GraphProcessesOptions, 'env' | 'inheritOutput' | 'nodeOptions'>;

/** Starts `entry` (a TypeScript source file) in its own Node.js process, with sources resolved as in development. */
function startPart(name: string, entry: string, env: NodeJS.ProcessEnv, options: PartOptions): { child: ChildProcess; output(): string } {
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), '--conditions=source', '--import', 'tsx', entry], {
    cwd: ROOT_DIR,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT_DIR, 'tsconfig.base.json'), ...options.env, ...env },
    // An IPC channel: a part whose parent dies sees it close and stops (kit's runProcess).
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let kept = '';
  const keep = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    if (options.inheritOutput) stream.write(chunk);
    kept = (kept + chunk.toString()).slice(-KEPT_OUTPUT_CHARS);
  };
  child.stdout?.on('data', keep(process.stdout));
  child.stderr?.on('data', keep(process.stderr));
  return { child, output: () => kept };
}

/** Resolves once `origin`/ready answers 200; rejects when the part exits first or the time is up. */
async function ready(part: ServiceProcess, timeoutMs = READY_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (part.child.exitCode !== null || part.child.signalCode !== null) {
      throw new Error(`${part.name} exited (${part.child.exitCode ?? part.child.signalCode}) before it was ready:\n${part.output()}`);
    }
    try {
      const response = await fetch(`${part.origin}/ready`, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${part.name} was not ready at ${part.origin} within ${timeoutMs / 1000} s:\n${part.output()}`);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function stopPart(part: ServiceProcess): Promise<void> {
  if (part.child.exitCode !== null || part.child.signalCode !== null) return;
  part.child.kill('SIGTERM');
  const timer = setTimeout(() => part.child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited(part.child);
  clearTimeout(timer);
}

/**
 * One more service in its own process, outside a graph (e.g. a peer gateway in a test): `entry` run with `env`,
 * ready (`origin`/ready answers 200) when this resolves; `stop()` as for a graph's parts.
 */
export async function startServiceProcess(
  name: string,
  entry: string,
  origin: string,
  env: NodeJS.ProcessEnv,
  options: PartOptions = {},
): Promise<ServiceProcess & { stop(): Promise<void> }> {
  const { child, output } = startPart(name, entry, env, options);
  const part: ServiceProcess = { name, origin, url: `${origin}/graphql`, child, output };
  const stop = () => stopPart(part);
  try {
    await ready(part);
  } catch (error) {
    await stop();
    throw error;
  }
  return { ...part, stop };
}

/** Starts every subgraph, then the gateway, each in its own process; resolves when all are ready. */
export async function startGraphProcesses(options: GraphProcessesOptions): Promise<GraphProcesses> {
  const host = options.host ?? '127.0.0.1';
  const parts: ServiceProcess[] = [];
  let stopping = false;
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      // The gateways first (they stop taking requests), then the subgraphs.
      const gateways = parts.filter((p) => p.name.startsWith('gateway'));
      await Promise.all(gateways.map(stopPart));
      await Promise.all(parts.filter((p) => !gateways.includes(p)).map(stopPart));
    })());

  if (options.signal?.aborted) throw new Error('interrupted while starting');
  options.signal?.addEventListener('abort', () => void stop(), { once: true });
  const launch = (name: string, entry: string, port: number, env: NodeJS.ProcessEnv): ServiceProcess => {
    const { child, output } = startPart(name, entry, env, options);
    const origin = `http://${host}:${port}`;
    const part: ServiceProcess = { name, origin, url: `${origin}/graphql`, child, output };
    child.once('exit', (code, signal) => {
      if (!stopping) options.onExit?.(part, code, signal);
    });
    parts.push(part);
    return part;
  };

  try {
    const packages = subgraphPackages.filter((p) => !options.only || options.only.includes(p.folder));
    const subgraphs: Record<string, ServiceProcess> = {};
    for (const pkg of packages) {
      const name = pkg.folder;
      const prefix = name.toUpperCase();
      const port = options.subgraphPort(name);
      if (!port) throw new Error(`${prefix}_PORT: a subgraph run in its own process needs a fixed port, not 0`);
      const databaseUrl = await ensureDatabase(options.postgresUrl, `${options.databasePrefix}_${name}`);
      subgraphs[name] = launch(name, join(pkg.dir, 'src', 'index.ts'), port, {
        [`${prefix}_PORT`]: String(port),
        [`${prefix}_DATABASE_URL`]: databaseUrl,
        HOST: host,
        INTERNAL_AUTH_SECRET: options.internalSecret,
        SEED_DEMO_DATA: String(options.seed),
      });
    }
    // The subgraphs migrate and seed in parallel, one per core.
    await Promise.all(Object.values(subgraphs).map((part) => ready(part)));
    const launchGateway = (name: string, port: number, env: NodeJS.ProcessEnv = {}, entry = join(ROOT_DIR, 'gateway', 'src', 'index.ts')) => {
      if (!port) throw new Error('GATEWAY_PORT: the gateway run in its own process needs a fixed port, not 0');
      return launch(name, entry, port, {
        GATEWAY_PORT: String(port),
        HOST: host,
        INTERNAL_AUTH_SECRET: options.internalSecret,
        ...Object.fromEntries(Object.entries(subgraphs).map(([name, part]) => [`${name.toUpperCase()}_URL`, part.url])),
        ...options.gatewayEnv,
        ...env,
      });
    };
    const gateway = launchGateway('gateway', options.gatewayPort);
    await ready(gateway);
    const addGateway = async (name: string, port: number, env?: NodeJS.ProcessEnv, entry?: string) => {
      const part = launchGateway(name, port, env, entry);
      await ready(part);
      return part;
    };
    return { url: gateway.url, gateway, subgraphs, parts, addGateway, stop };
  } catch (error) {
    await stop();
    if (options.signal?.aborted) throw new Error('interrupted while starting: every part was stopped');
    throw error;
  }
}

export interface HiveGatewayProcessOptions {
  subgraphUrls: Record<string, string>;
  /** The secret bearer tokens are signed with (the gateway's JWT_SECRET). */
  jwtSecret: string;
  internalSecret: string;
  /** A fixed port (a process reports no port of its own): e.g. kit's freePort(). */
  port: number;
  host?: string;
  deduplicate?: boolean;
}

/** Hive Gateway (the peer gateway) in a process of its own, ready when this resolves; `stop()` ends it. */
export function startHiveGatewayProcess(options: HiveGatewayProcessOptions): Promise<ServiceProcess & { stop(): Promise<void> }> {
  const host = options.host ?? '127.0.0.1';
  return startServiceProcess('hive', HIVE_GATEWAY_ENTRY, `http://${host}:${options.port}`, {
    GATEWAY_PORT: String(options.port),
    HOST: host,
    JWT_SECRET: options.jwtSecret,
    INTERNAL_AUTH_SECRET: options.internalSecret,
    HIVE_DEDUPLICATE: String(options.deduplicate ?? true),
    ...Object.fromEntries(Object.entries(options.subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
  });
}
