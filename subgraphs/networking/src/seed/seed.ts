import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '@cooplab/kit';

/** Loads the demo data into an empty database. */
export async function seedNetworking(_em: EntityManager, _log: Logger): Promise<boolean> {
  return false;
}
