import type { EntityManager } from '@mikro-orm/postgresql';
import { LoaderScope } from './loaders.js';
import type { Logger } from './logger.js';
import type { Principal } from './principal.js';

/** What every resolver gets: its own entity manager, its own loaders, and who is asking. */
export interface SubgraphContext {
  em: EntityManager;
  loaders: LoaderScope;
  principal: Principal;
  log: Logger;
}

export function createContext(em: EntityManager, principal: Principal, log: Logger): SubgraphContext {
  const fork = em.fork();
  return { em: fork, loaders: new LoaderScope(fork), principal, log };
}
