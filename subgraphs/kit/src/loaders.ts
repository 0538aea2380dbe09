import DataLoader from 'dataloader';
import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { isUuid } from './ids.js';

/** The per-request home of DataLoaders: created with the request's entity manager, never shared. */
export class LoaderScope {
  private readonly loaders = new Map<object, DataLoader<unknown, unknown, unknown>>();
  constructor(readonly em: EntityManager) {}
  get<K, V, C>(factory: object, create: () => DataLoader<K, V, C>): DataLoader<K, V, C> {
    let loader = this.loaders.get(factory);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown, unknown>;
      this.loaders.set(factory, loader);
    }
    return loader as DataLoader<K, V, C>;
  }
}

export interface HasLoaders {
  loaders: LoaderScope;
}

/**
 * Declares a loader once, beside its concept; `loader(ctx)` gives the request's instance.
 * The batch returns one result per key, in key order.
 */
export function defineLoader<K, V, C = K>(
  batch: (em: EntityManager, keys: readonly K[]) => Promise<ArrayLike<V | Error>>,
  options?: { cacheKeyFn?: (key: K) => C },
): (ctx: HasLoaders) => DataLoader<K, V, C> {
  const factory = (ctx: HasLoaders): DataLoader<K, V, C> =>
    ctx.loaders.get(factory, () => new DataLoader<K, V, C>((keys) => batch(ctx.loaders.em, keys), { maxBatchSize: 1000, ...options }));
  return factory;
}

/** Entities by primary key, aligned with `ids`; null for ids that do not exist (or are not UUIDs). */
export async function loadByIds<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  ids: readonly string[],
  key: string = 'id',
  uuidKeys = key === 'id',
): Promise<(T | null)[]> {
  const wanted = [...new Set(uuidKeys ? ids.filter(isUuid) : ids)];
  const rows = wanted.length ? await em.find(entity, { [key]: { $in: wanted } } as FilterQuery<T>) : [];
  const byKey = new Map(rows.map((row) => [String((row as Record<string, unknown>)[key]), row]));
  return ids.map((id) => byKey.get(id) ?? null);
}

/** Children grouped by a foreign key, aligned with `keys`: one query for any number of parents. */
export async function loadGrouped<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  foreignKey: string,
  keys: readonly string[],
  options: { where?: FilterQuery<T>; orderBy?: QueryOrderMap<T> } = {},
): Promise<T[][]> {
  const unique = [...new Set(keys)];
  const where = { ...(options.where as object), [foreignKey]: { $in: unique } } as FilterQuery<T>;
  const rows = unique.length ? await em.find(entity, where, { orderBy: options.orderBy as never }) : [];
  const groups = new Map<string, T[]>(unique.map((k) => [k, []]));
  for (const row of rows) {
    const value = (row as Record<string, unknown>)[foreignKey];
    const fk = typeof value === 'object' && value !== null ? String((value as { id?: unknown; code?: unknown }).id ?? (value as { code?: unknown }).code) : String(value);
    groups.get(fk)?.push(row);
  }
  return keys.map((k) => groups.get(k) ?? []);
}
