import type { GraphQLSchema } from 'graphql';
import type { AnyEntity, Constructor, EntityClass } from '@mikro-orm/postgresql';
import type { Migration } from '@mikro-orm/migrations';
import type { SubgraphContext } from './context.js';
import type { RouteHandler } from './http.js';
import { LocalizedText } from './localized.js';
import type { Logger } from './logger.js';
import type { SeedRun } from './seed.js';
import { buildFederatedSchema, type BackgroundRun, type BackgroundWork, type ReferenceResolver, type SubgraphDefinition } from './subgraph.js';

/**
 * One domain concept of a subgraph (`src/modules/<concept>/<concept>.module.ts`): everything the subgraph
 * assembles from it. A module reaches another through that module's exported service or loader, never
 * through its resolver.
 */
export interface SubgraphModule {
  /** The concept, e.g. "certification". */
  name: string;
  /** MikroORM entities (and embeddables) whose tables the module owns. */
  entities?: EntityClass<AnyEntity>[];
  /** type-graphql resolver classes: root fields and field resolvers of the concept. */
  resolvers?: Function[];
  /** Types reachable only through interfaces or unions. */
  orphanedTypes?: Function[];
  /** `__resolveReference` of each entity type the module resolves for federation, by type name. */
  references?: Record<string, ReferenceResolver>;
}

export interface SubgraphSpec {
  /** Lower-case name: the database is `cooplab_<name>`, env variables are `<NAME>_…`. */
  name: string;
  defaultPort: number;
  /** The subgraph's concepts, in the order their types should print. */
  modules: SubgraphModule[];
  migrations: { name: string; class: Constructor<Migration> }[];
  /** Absolute folder of the migration sources (for generating new ones). */
  migrationsPath: string;
  routes?: Record<string, RouteHandler>;
  /** Turns the world's slice of this subgraph into rows (`src/seed/`). */
  seed?(run: SeedRun): Promise<boolean>;
  /** Work the subgraph's process runs beside its requests (see `SubgraphDefinition.background`). */
  background?(run: BackgroundRun): BackgroundWork;
}

/** Assembles a subgraph from its modules: one list of concepts gives the entities, resolvers and references. */
export function defineSubgraph(spec: SubgraphSpec): SubgraphDefinition {
  const references: Record<string, ReferenceResolver> = {};
  for (const module of spec.modules) {
    for (const [typeName, resolve] of Object.entries(module.references ?? {})) {
      if (references[typeName]) throw new Error(`${spec.name}: two modules resolve references of ${typeName}`);
      references[typeName] = resolve;
    }
  }
  const resolvers = spec.modules.flatMap((m) => m.resolvers ?? []);
  if (resolvers.length === 0) throw new Error(`${spec.name}: no module has a resolver`);
  const entities = [...new Set<EntityClass<AnyEntity>>([LocalizedText, ...spec.modules.flatMap((m) => m.entities ?? [])])];
  let schema: Promise<GraphQLSchema> | undefined;
  return {
    name: spec.name,
    defaultPort: spec.defaultPort,
    entities,
    migrations: spec.migrations,
    migrationsPath: spec.migrationsPath,
    routes: spec.routes,
    seed: spec.seed,
    background: spec.background,
    schema: () =>
      (schema ??= buildFederatedSchema({
        resolvers: resolvers as [Function, ...Function[]],
        orphanedTypes: spec.modules.flatMap((m) => m.orphanedTypes ?? []),
        references,
      })),
  };
}

/**
 * Declares a service once, beside its concept; `service(ctx)` gives the request's instance, made on first
 * use and shared by every resolver of the request (as `defineLoader` does for loaders).
 */
export function defineService<S>(create: (ctx: SubgraphContext) => S): (ctx: SubgraphContext) => S {
  const made = new WeakMap<SubgraphContext, S>();
  return (ctx) => {
    let service = made.get(ctx);
    if (service === undefined) {
      service = create(ctx);
      made.set(ctx, service);
    }
    return service;
  };
}

function isDefinition(value: unknown): value is SubgraphDefinition {
  const v = value as Partial<SubgraphDefinition> | null;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && Number.isInteger(v.defaultPort) && typeof v.schema === 'function';
}

/**
 * The definition a subgraph package exports (the `.` export of a package marked `"cooplab": { "subgraph": true }`):
 * `createSubgraph(env, log)` when the subgraph reads its own environment, or else its one exported definition.
 */
export function subgraphOfPackage(
  packageName: string,
  exports: Record<string, unknown>,
  env: NodeJS.ProcessEnv = process.env,
  log?: Logger,
): SubgraphDefinition {
  if (typeof exports.createSubgraph === 'function') {
    const def: unknown = (exports.createSubgraph as (env: NodeJS.ProcessEnv, log?: Logger) => unknown)(env, log);
    if (!isDefinition(def)) throw new Error(`${packageName}: createSubgraph() returned no subgraph definition`);
    return def;
  }
  const found = Object.values(exports).filter(isDefinition);
  if (found.length !== 1) {
    throw new Error(`${packageName} exports ${found.length} subgraph definitions: export one (defineSubgraph), or createSubgraph(env, log)`);
  }
  return found[0]!;
}
