import type { SubgraphDefinition } from '@cooplab/kit';
import { catalogSubgraph } from '@cooplab/catalog';

/** Every subgraph of the graph, in start-up order. */
export const subgraphs: SubgraphDefinition[] = [catalogSubgraph];

export function subgraphNamed(name: string): SubgraphDefinition {
  const found = subgraphs.find((s) => s.name === name);
  if (!found) throw new Error(`unknown subgraph "${name}"; known: ${subgraphs.map((s) => s.name).join(', ')}`);
  return found;
}
