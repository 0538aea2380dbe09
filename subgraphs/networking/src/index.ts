import { runSubgraph } from '@cooplab/kit';
import { networkingSubgraph } from './subgraph.js';

runSubgraph(networkingSubgraph);
