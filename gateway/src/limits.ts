import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';

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
          const name = node.name ? `Operation "${node.name.value}"` : 'The operation';
          context.reportError(
            new GraphQLError(`${name} nests ${depth} levels of fields; at most ${maxDepth} are allowed`, { nodes: [node] }),
          );
        }
      },
    };
  };
}
