import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError } from 'graphql';

/** Apollo's persisted query manifest format, as Apollo Router and client tooling read it. */
export interface OperationManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: { id: string; name: string; type: 'query' | 'mutation' | 'subscription'; body: string }[];
}

/** The id of an operation body: its SHA-256 in hex, as automatic persisted queries hash it. */
export const operationId = (body: string) => createHash('sha256').update(body).digest('hex');

export async function loadManifest(path: string): Promise<OperationManifest> {
  const manifest = JSON.parse(await readFile(path, 'utf8')) as OperationManifest;
  if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1 || !Array.isArray(manifest.operations)) {
    throw new Error(`${path} is not a persisted query manifest (format apollo-persisted-query-manifest, version 1)`);
  }
  for (const op of manifest.operations) {
    if (operationId(op.body) !== op.id) throw new Error(`${path}: the id of operation ${op.name} is not the SHA-256 of its body`);
  }
  return manifest;
}

/**
 * The persisted query store of safelist mode: it answers the manifest's operations by id and keeps nothing a
 * client sends, so automatic persisted queries cannot add to the list.
 */
export function manifestCache(manifest: OperationManifest): KeyValueCache<string> {
  const bodies = new Map(manifest.operations.map((op) => [op.id, op.body]));
  return {
    get: async (key) => bodies.get(key.replace(/^apq:/, '')),
    set: async () => undefined,
    delete: async () => undefined,
  };
}

/**
 * Safelist mode: only the manifest's operations run, sent by id (`extensions.persistedQuery.sha256Hash`) or as
 * their exact body. Anything else is refused once parsed and validated (within the operation limits), before
 * anything runs: Apollo Server answers errors of the earlier hooks as internal ones.
 */
export function safelistPlugin(manifest: OperationManifest): ApolloServerPlugin<BaseContext> {
  const ids = new Set(manifest.operations.map((op) => op.id));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (!ids.has(queryHash)) {
            throw new GraphQLError('This gateway runs only the operations of its manifest (safelist mode)', {
              extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST', http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
