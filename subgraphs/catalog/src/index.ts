import { runSubgraph } from '@cooplab/kit';
import { catalogSubgraph } from './subgraph.js';

runSubgraph(catalogSubgraph);
