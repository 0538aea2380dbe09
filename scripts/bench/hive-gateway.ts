/**
 * Hive Gateway over the same supergraph and subgraph processes, for `npm run bench` (a peer to compare with):
 * `createGatewayRuntime` served with node:http on GATEWAY_PORT, each subgraph at `<NAME>_URL`, and a plugin that
 * signs the caller's principal into the subgraph requests exactly as our gateway does (the same authenticator
 * turns the Authorization header into a principal, signed with INTERNAL_AUTH_SECRET). HIVE_DEDUPLICATE=false turns
 * its in-flight deduplication of subgraph requests off. Started in its own process by scale.ts.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { ANONYMOUS, PRINCIPAL_HEADER, signPrincipal } from '@cooplab/kit';
import { createAuthenticator } from '@cooplab/gateway/auth';
import { SUPERGRAPH_PATH } from '../src/supergraph.js';

const port = Number(process.env.GATEWAY_PORT);
const host = process.env.HOST ?? '127.0.0.1';
const secret = process.env.INTERNAL_AUTH_SECRET!;
const deduplicate = process.env.HIVE_DEDUPLICATE !== 'false';
const authenticate = createAuthenticator({ jwtSecret: process.env.JWT_SECRET });

/** The principal of a request, signed once per request (as our gateway does), sent to every subgraph it calls. */
const signed = new WeakMap<object, Promise<string>>();
const signPrincipalPlugin: GatewayPlugin = {
  onFetch({ context, options, setOptions }) {
    const request = (context as { request?: Request } | undefined)?.request;
    if (!request) return;
    let token = signed.get(request);
    if (!token) {
      const authorization = request.headers.get('authorization') ?? undefined;
      token = (authorization ? authenticate(authorization) : Promise.resolve(ANONYMOUS)).then((principal) => signPrincipal(principal, secret));
      signed.set(request, token);
    }
    return token.then((value) => {
      setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), [PRINCIPAL_HEADER]: value } });
    });
  },
};

const runtime = createGatewayRuntime({
  supergraph: SUPERGRAPH_PATH,
  transportEntries: Object.fromEntries(
    [...readFileSync(SUPERGRAPH_PATH, 'utf8').matchAll(/@join__graph\(name: "(\w+)"/g)]
      .map(([, name]) => [name!, process.env[`${name!.toUpperCase()}_URL`]] as const)
      .filter(([, url]) => url)
      .map(([name, url]) => [name, { location: url!, options: { deduplicateInflightRequests: deduplicate } }]),
  ),
  plugins: () => [signPrincipalPlugin],
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
server.listen(port, host);
process.on('disconnect', () => process.exit(0)); // the bench that started it is gone
process.on('SIGTERM', () => server.close(() => process.exit(0)));
