import { Kind, parse, visit, type DocumentNode, type GraphQLSchema, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import type { AnyEntity, EntityClass, Constructor, EntityManager } from '@mikro-orm/postgresql';
import type { Migration } from '@mikro-orm/migrations';
import { authChecker } from './authorization.js';
import type { SubgraphContext } from './context.js';
import type { RouteHandler } from './http.js';
import type { Logger } from './logger.js';
import { checkTextInputs, validateInput } from './validation.js';
import { DEFAULT_PAGE_SIZE } from './connection.js';
import type { SeedRun } from './seed.js';

export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@override", "@tag", "@authenticated", "@requiresScopes", "@cost", "@listSize"])`;

const namedTypeName = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeName(type.type));

/**
 * Demand control (federation's `@listSize`): every Relay connection field, a field with a `first` argument
 * returning an `XConnection` with `edges`, says that `first` sizes its `edges` (at most MAX_PAGE_SIZE, and
 * DEFAULT_PAGE_SIZE when left out). The gateway estimates an operation's cost from it, and so would Apollo
 * Router or Hive Gateway reading the same supergraph. A field that declares its own `@listSize` keeps it.
 */
export function withConnectionListSizes(document: DocumentNode): DocumentNode {
  const connections = new Set(
    document.definitions.flatMap((d) =>
      (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      d.name.value.endsWith('Connection') &&
      d.fields?.some((f) => f.name.value === 'edges')
        ? [d.name.value]
        : [],
    ),
  );
  const holder = parse(
    `type T { f: Int @listSize(assumedSize: ${DEFAULT_PAGE_SIZE}, slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false) }`,
  ).definitions[0] as ObjectTypeDefinitionNode;
  const listSize = holder.fields![0]!.directives![0]!;
  return visit(document, {
    FieldDefinition(field) {
      if (!connections.has(namedTypeName(field.type))) return undefined;
      if (!field.arguments?.some((a) => a.name.value === 'first')) return undefined;
      if (field.directives?.some((d) => d.name.value === 'listSize')) return undefined;
      return { ...field, directives: [...(field.directives ?? []), listSize] };
    },
  });
}

/** Resolves an entity from its federation representation, e.g. `{ __typename: 'Cooperative', id }`. */
export type ReferenceResolver = (representation: Record<string, unknown>, context: SubgraphContext) => unknown;

export interface SubgraphSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  /** `__resolveReference` of each entity type, by type name. */
  references?: Record<string, ReferenceResolver>;
}

/**
 * Turns type-graphql resolvers into a federation-2 subgraph schema: print the type-graphql schema with its
 * directives, link the federation spec, and hand the printed SDL and the resolvers to @apollo/subgraph.
 */
export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  // No global middleware: type-graphql would then wrap every field, arguments or not, in an asynchronous chain.
  const schema = checkTextInputs(
    await buildSchema({
      resolvers: options.resolvers,
      orphanedTypes: options.orphanedTypes ?? [],
      authChecker,
      validateFn: validateInput,
      skipCheck: true,
    }),
  );
  const typeDefs = withConnectionListSizes(parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`));
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<SubgraphContext>;
  for (const [typeName, resolveReference] of Object.entries(options.references ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference: resolveReference } as never;
  }
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
}

/** The subgraph's SDL as the gateway composes it. */
export const printSdl = (schema: GraphQLSchema): string => printSubgraphSchema(schema);

/** Everything the runner needs to start, migrate, seed and compose one subgraph. */
export interface SubgraphDefinition {
  /** Lower-case name: the database is `cooplab_<name>`, env variables are `<NAME>_…`. */
  name: string;
  defaultPort: number;
  entities: EntityClass<AnyEntity>[];
  migrations: { name: string; class: Constructor<Migration> }[];
  /** Absolute folder of the migration sources (for generating new ones). */
  migrationsPath: string;
  schema(): Promise<GraphQLSchema>;
  /** Extra HTTP endpoints of the subgraph, by exact path. */
  routes?: Record<string, RouteHandler>;
  /** Turns the world's slice of this subgraph into rows (see `SeedRun`); returns false when it loaded nothing. */
  seed?(run: SeedRun): Promise<boolean>;
  /**
   * Periodic work of the subgraph's own (e.g. expiring what has lapsed): started by `startSubgraph` once it
   * listens, stopped before the database closes. Every replica runs it: the work must tolerate running twice.
   */
  background?(run: BackgroundRun): BackgroundWork;
}

/** What background work is given: the subgraph's root entity manager (fork it per unit of work) and its logger. */
export interface BackgroundRun {
  em: EntityManager;
  /** The subgraph's logger, outside any request (no request id). */
  log: Logger;
}

/** Background work started with the subgraph (after it listens) and stopped with it (before its database closes). */
export interface BackgroundWork {
  /** Stops the work and resolves once a run under way has finished. */
  stop(): Promise<void>;
}
