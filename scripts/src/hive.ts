/**
 * Hive Gateway (`@graphql-hive/gateway`, a dev dependency) over the checked-in supergraph and our subgraphs: the
 * peer gateway the benchmark compares with and the suite checks the supergraph's portability against. It signs
 * the caller's principal into every subgraph request exactly as our gateway does (gateway.ts, willSendRequest):
 * the same authenticator turns the Authorization header into a principal, signed once per request with the
 * internal secret the subgraphs trust. Run in a process of its own by hive-gateway.ts (startHiveGatewayProcess in
 * processes.ts); this module stays light, since that process loads it.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { ANONYMOUS, PRINCIPAL_HEADER, signPrincipal } from '@cooplab/kit';
import type { Authenticate } from '@cooplab/gateway/auth';
import { DEFAULT_SUPERGRAPH_PATH, supergraphSubgraphs } from '@cooplab/gateway/config';

export interface HiveGatewayOptions {
  /** The supergraph file (the checked-in one by default); its subgraph URLs are replaced by `subgraphUrls`. */
  supergraphPath?: string;
  /** Where each subgraph of the supergraph answers, by name; every subgraph must have one. */
  subgraphUrls: Record<string, string>;
  /** Turns the caller's Authorization header into a principal (the gateway's authenticator). */
  authenticate: Authenticate;
  /** The secret principals are signed with (INTERNAL_AUTH_SECRET). */
  internalSecret: string;
  /** 0 for any free port. */
  port: number;
  host?: string;
  /** Hive's in-flight deduplication of identical subgraph requests (on by default, as in Hive). */
  deduplicate?: boolean;
}

export interface RunningHiveGateway {
  /** The GraphQL endpoint. */
  url: string;
  /** Answers 200 at `${origin}/ready` once listening. */
  origin: string;
  stop(): Promise<void>;
}

/** The plugin that signs the principal of a request once and sends it to every subgraph the request calls. */
export function signPrincipalPlugin(authenticate: Authenticate, internalSecret: string): GatewayPlugin {
  const signed = new WeakMap<object, Promise<string>>();
  return {
    onFetch({ context, options, setOptions }) {
      const request = (context as { request?: Request } | undefined)?.request;
      if (!request) return;
      let token = signed.get(request);
      if (!token) {
        const authorization = request.headers.get('authorization') ?? undefined;
        token = (authorization ? authenticate(authorization) : Promise.resolve(ANONYMOUS)).then((principal) => signPrincipal(principal, internalSecret));
        signed.set(request, token);
      }
      return token.then((value) => {
        setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), [PRINCIPAL_HEADER]: value } });
      });
    },
  };
}

/**
 * Starts Hive Gateway on node:http in this process; GraphQL at /graphql, a readiness answer at /ready. Hive's logger
 * reads LOG_LEVEL from the environment and throws on levels of ours it does not know (`silent`): a process that
 * runs it clears that first, as hive-gateway.ts does.
 */
export async function startHiveGateway(options: HiveGatewayOptions): Promise<RunningHiveGateway> {
  const supergraphPath = options.supergraphPath ?? DEFAULT_SUPERGRAPH_PATH;
  const names = supergraphSubgraphs(await readFile(supergraphPath, 'utf8')).map((s) => s.name);
  // A subgraph left at the supergraph's own URL would be called at localhost's default port: someone else's service.
  const missing = names.filter((name) => !options.subgraphUrls[name]);
  if (missing.length) throw new Error(`Hive Gateway: no URL for subgraph ${missing.join(', ')}`);
  const runtime = createGatewayRuntime({
    supergraph: supergraphPath,
    transportEntries: Object.fromEntries(
      names.map((name) => [name, { location: options.subgraphUrls[name]!, options: { deduplicateInflightRequests: options.deduplicate ?? true } }]),
    ),
    plugins: () => [signPrincipalPlugin(options.authenticate, options.internalSecret)],
    logging: false,
    graphqlEndpoint: '/graphql',
    landingPage: false,
  });
  const server = createServer((req, res) => {
    if (req.url === '/ready') {
      res.writeHead(200).end('ok');
      return;
    }
    void runtime(req, res);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/graphql`,
    origin,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await runtime.dispose();
    },
  };
}
