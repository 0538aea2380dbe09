import { runSubgraph } from '@cooplab/kit';
import { awardsSubgraph } from './subgraph.js';

runSubgraph(awardsSubgraph);
