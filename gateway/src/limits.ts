import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type ASTNode,
  type ASTVisitor,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Deeper documents are refused: no legitimate screen of this graph nests twelve levels of selections. */
export const MAX_DEPTH = 12;
/**
 * At most this many selections, fragments expanded, per operation. Apollo Server counts them itself
 * (`maxRecursiveSelections`, memoised per fragment, so fragment "bombs" are cheap to refuse).
 */
export const MAX_SELECTIONS = 2000;

/**
 * A validation rule refusing operations whose fields nest deeper than `maxDepth` (`{ a { b } }` is 2 deep).
 * Fragments are followed (their depth memoised); inline fragments add no level. Unknown or cyclic fragments
 * count as empty here: graphql's own rules report them.
 *
 * Introspection's `ofType` adds no level: it follows one type wrapper (a single object, at most a few deep),
 * and the standard introspection query nests it seven times. Everything else in introspection still counts,
 * so `fields { type { fields { type … } } }` cycles are refused like any other deep query.
 */
export function depthLimitRule(maxDepth: number = MAX_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragmentDepths = new Map<string, number>();

    const fragmentDepth = (name: string, visiting: Set<string>): number => {
      const known = fragmentDepths.get(name);
      if (known !== undefined) return known;
      const fragment = context.getFragment(name);
      if (!fragment || visiting.has(name)) return 0;
      visiting.add(name);
      const depth = selectionDepth(fragment.selectionSet, visiting);
      visiting.delete(name);
      fragmentDepths.set(name, depth);
      return depth;
    };

    const selectionDepth = (set: SelectionSetNode | undefined, visiting: Set<string>): number => {
      let max = 0;
      for (const selection of set?.selections ?? []) {
        const depth =
          selection.kind === Kind.FIELD
            ? (selection.name.value === 'ofType' ? 0 : 1) + selectionDepth(selection.selectionSet, visiting)
            : selection.kind === Kind.INLINE_FRAGMENT
              ? selectionDepth(selection.selectionSet, visiting)
              : fragmentDepth(selection.name.value, visiting);
        max = Math.max(max, depth);
      }
      return max;
    };

    return {
      OperationDefinition(node) {
        const depth = selectionDepth(node.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(limitError('depth', maxDepth, depth, `${operationLabel(node)} nests ${depth} levels of fields; at most ${maxDepth} are allowed`, [node]));
        }
      },
    };
  };
}

/** The operation limits of the gateway; every one is configurable (GATEWAY_MAX_*), see config.ts. */
export interface OperationLimits {
  /** Levels of nested fields. */
  maxDepth: number;
  /** Aliased fields in one operation, fragments expanded. */
  maxAliases: number;
  /** Fields at the root of one operation (aliases included). */
  maxRootFields: number;
  /** Lexical tokens of one document (checked while parsing, so a huge document is never built). */
  maxTokens: number;
  /** Directives used in one operation. */
  maxDirectives: number;
  /** Estimated cost (see estimateCost). */
  maxCost: number;
  /** Size assumed for a list field without `@listSize`. */
  defaultListSize: number;
}

export const DEFAULT_LIMITS: Readonly<OperationLimits> = Object.freeze({
  maxDepth: MAX_DEPTH,
  maxAliases: 30,
  maxRootFields: 20,
  maxTokens: 5_000,
  maxDirectives: 20,
  maxCost: 50_000,
  defaultListSize: 10,
});

export type LimitName = 'depth' | 'aliases' | 'rootFields' | 'tokens' | 'directives' | 'cost';

/** Every refusal of a limit reads the same: HTTP 400, GRAPHQL_VALIDATION_FAILED, `limit` naming it, `max` and `found`. */
export function limitError(limit: LimitName, max: number, found: number, message: string, nodes?: readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, {
    ...(nodes ? { nodes } : {}),
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, max, found, http: { status: 400 } },
  });
}

const operationLabel = (node: OperationDefinitionNode) => (node.name ? `Operation "${node.name.value}"` : 'The operation');

/** At most `max` fields at the root of each operation (fragments on the root type expanded). */
export function rootFieldsRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const count = (set: SelectionSetNode, seen: Set<string>): number =>
      set.selections.reduce((n, s) => {
        if (s.kind === Kind.FIELD) return n + 1;
        if (s.kind === Kind.INLINE_FRAGMENT) return n + count(s.selectionSet, seen);
        if (seen.has(s.name.value)) return n;
        seen.add(s.name.value);
        const fragment = context.getFragment(s.name.value);
        return n + (fragment ? count(fragment.selectionSet, seen) : 0);
      }, 0);
    return {
      OperationDefinition(node) {
        const found = count(node.selectionSet, new Set());
        if (found > max) {
          context.reportError(limitError('rootFields', max, found, `${operationLabel(node)} selects ${found} root fields; at most ${max} are allowed`, [node]));
        }
      },
    };
  };
}

/** graphql-armor's rules, reporting through limitError instead of throwing out of validation. */
function armorReport(limit: LimitName, max: number, what: string) {
  return {
    n: max,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? NaN);
        context?.reportError(limitError(limit, max, found, `The operation uses ${Number.isNaN(found) ? 'too many' : found} ${what}; at most ${max} are allowed`));
      },
    ],
  };
}

/** The validation rules of every operation limit but tokens (a parse option) and cost (it needs the variables). */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  return [
    depthLimitRule(limits.maxDepth),
    rootFieldsRule(limits.maxRootFields),
    maxAliasesRule(armorReport('aliases', limits.maxAliases, 'aliases')) as unknown as ValidationRule,
    maxDirectivesRule(armorReport('directives', limits.maxDirectives, 'directives')) as unknown as ValidationRule,
  ];
}

/** What demand control says of one field of the supergraph. */
interface FieldDemand {
  weight?: number;
  assumedSize?: number;
  slicingArguments?: string[];
  sizedFields?: string[];
}

/**
 * Reads federation's demand-control directives from a supergraph: `@cost(weight:)` on fields and types,
 * `@listSize(assumedSize:, slicingArguments:, sizedFields:)` on fields. Keyed `Type.field` and `Type`.
 */
export function demandFromSupergraph(supergraphSdl: string): Map<string, FieldDemand> {
  const demand = new Map<string, FieldDemand>();
  const intArg = (d: ConstDirectiveNode, name: string) => {
    const v = d.arguments?.find((a) => a.name.value === name)?.value;
    return v?.kind === Kind.INT ? Number(v.value) : undefined;
  };
  const listArg = (d: ConstDirectiveNode, name: string) => {
    const v = d.arguments?.find((a) => a.name.value === name)?.value;
    return v?.kind === Kind.LIST ? v.values.flatMap((x) => (x.kind === Kind.STRING ? [x.value] : [])) : undefined;
  };
  const read = (directives: readonly ConstDirectiveNode[] | undefined): FieldDemand | undefined => {
    const found: FieldDemand = {};
    for (const d of directives ?? []) {
      if (d.name.value === 'cost') found.weight = intArg(d, 'weight');
      if (d.name.value === 'listSize') {
        found.assumedSize = intArg(d, 'assumedSize');
        found.slicingArguments = listArg(d, 'slicingArguments');
        found.sizedFields = listArg(d, 'sizedFields');
      }
    }
    return Object.keys(found).length ? found : undefined;
  };
  for (const definition of parse(supergraphSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION
    ) {
      continue;
    }
    const own = read(definition.directives);
    if (own) demand.set(definition.name.value, own);
    for (const field of definition.fields ?? []) {
      const found = read(field.directives);
      if (found) demand.set(`${definition.name.value}.${field.name.value}`, found);
    }
  }
  return demand;
}

/**
 * Estimates what an operation costs, the way federation's demand control counts (Apollo Router's static
 * estimate): an object is 1 and a scalar 0 unless `@cost` says otherwise; a list multiplies what it holds by its
 * size: the value of its slicing argument (`first`), else its `assumedSize`, else `defaultListSize`; with
 * `sizedFields` only those children are multiplied (a connection's `edges`, not its `totalCount`). Fragments on
 * several types are all counted (an upper bound). Introspection costs nothing here (introspection is its own
 * switch, and depth and tokens bound it).
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  demand: Map<string, FieldDemand>,
  defaultListSize: number,
): number {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const sizeFrom = (field: FieldNode, names: string[]): number | undefined => {
    let size: number | undefined;
    for (const name of names) {
      const arg = field.arguments?.find((a) => a.name.value === name);
      if (!arg) continue;
      const value =
        arg.value.kind === Kind.INT ? Number(arg.value.value) : arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : undefined;
      if (typeof value === 'number' && Number.isFinite(value)) size = Math.max(size ?? 0, value);
    }
    return size;
  };

  const selectionCost = (set: SelectionSetNode | undefined, parent: GraphQLNamedType, sized?: { fields: string[]; size: number }, visiting = new Set<string>()): number => {
    let total = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parent, visiting, sized?.fields.includes(selection.name.value) ? sized.size : undefined);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += selectionCost(selection.selectionSet, type ?? parent, sized, visiting);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visiting.has(fragment.name.value)) continue;
        visiting.add(fragment.name.value);
        total += selectionCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? parent, sized, visiting);
        visiting.delete(fragment.name.value);
      }
    }
    return total;
  };

  /** `sizedAs`: the size a parent's `@listSize(sizedFields:)` gives this field, instead of its own. */
  const fieldCost = (field: FieldNode, parent: GraphQLNamedType, visiting: Set<string>, sizedAs?: number): number => {
    if (field.name.value.startsWith('__')) return 0;
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
    const definition = parent.getFields()[field.name.value];
    if (!definition) return 0;
    const named = getNamedType(definition.type);
    const demandOf = demand.get(`${parent.name}.${field.name.value}`) ?? {};
    const weight = demandOf.weight ?? demand.get(named.name)?.weight ?? (isCompositeType(named) ? 1 : 0);
    const size = sizeFrom(field, demandOf.slicingArguments ?? []) ?? demandOf.assumedSize ?? defaultListSize;
    if (demandOf.sizedFields?.length) {
      return weight + selectionCost(field.selectionSet, named, { fields: demandOf.sizedFields, size }, visiting);
    }
    const children = selectionCost(field.selectionSet, named, undefined, visiting);
    if (sizedAs !== undefined) return sizedAs * (weight + children);
    const isList = isListType(isNonNullType(definition.type) ? definition.type.ofType : definition.type);
    return isList ? size * (weight + children) : weight + children;
  };

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(operation.selectionSet, root) : 0;
}

/**
 * An Apollo Server plugin refusing operations that cost more than `maxCost`, after validation and before
 * execution: no subgraph is called for them.
 */
export function costLimitPlugin(supergraphSdl: string, limits: Pick<OperationLimits, 'maxCost' | 'defaultListSize'>): ApolloServerPlugin<BaseContext> {
  const demand = demandFromSupergraph(supergraphSdl);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const found = estimateCost(schema, document, operation, request.variables ?? {}, demand, limits.defaultListSize);
          if (found > limits.maxCost) {
            throw limitError('cost', limits.maxCost, found, `${operationLabel(operation)} is estimated to cost ${found}; at most ${limits.maxCost} is allowed (a list counts its page size)`);
          }
        },
      };
    },
  };
}
