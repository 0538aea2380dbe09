import { createLogger, type Logger, type SubgraphDefinition } from '@cooplab/kit';
import { catalogSubgraph } from '@cooplab/catalog';
import { createLearningSubgraph, loadLearningConfig } from '@cooplab/learning';
import { networkingSubgraph } from '@cooplab/networking';

/** How each subgraph is made from the environment (beyond the variables every subgraph reads), by name. */
export const subgraphFactories: Record<string, (env: NodeJS.ProcessEnv, log?: Logger) => SubgraphDefinition> = {
  catalog: () => catalogSubgraph,
  learning: (env, log) => createLearningSubgraph(loadLearningConfig(env, log)),
  networking: () => networkingSubgraph,
};

/** Every subgraph of the graph, in start-up order, configured from `env` (the learning subgraph's signing key…). */
export function configuredSubgraphs(env: NodeJS.ProcessEnv = process.env, log?: Logger): SubgraphDefinition[] {
  return Object.values(subgraphFactories).map((make) => make(env, log));
}

/**
 * The subgraphs for what needs their shape only — composition, migrations, tests: configured from the
 * environment without the warnings meant for a running service.
 */
export const subgraphs: SubgraphDefinition[] = configuredSubgraphs(process.env, createLogger({}, 'silent'));

export function subgraphNamed(name: string): SubgraphDefinition {
  const found = subgraphs.find((s) => s.name === name);
  if (!found) throw new Error(`unknown subgraph "${name}"; known: ${subgraphs.map((s) => s.name).join(', ')}`);
  return found;
}
