import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '@cooplab/kit';

export async function seedAwards(_em: EntityManager, _log: Logger): Promise<boolean> {
  return false;
}
