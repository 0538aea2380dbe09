import DataLoader from 'dataloader';
import { wrap, type EntityManager, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import { isUuid } from './ids.js';
import { isRow, isRowReference, readRows, readRowsByKey } from './rows.js';

const readOnly = new WeakSet<EntityManager>();

/**
 * Marks a request's entity manager as serving a query (no mutation): the kit's list and loader reads then make
 * rows instead of entities (rows.ts) — no unit of work, identity map or change tracking, which cost CPU on every
 * row and serve nothing when nothing will be flushed. Set by the subgraph once the operation is known.
 */
export function markReadOnly(em: EntityManager): void {
  readOnly.add(em);
}

/** Whether the request of `em` only reads (see markReadOnly). */
export function isReadOnly(em: EntityManager): boolean {
  return readOnly.has(em);
}

/** `em.find`, or for a read-only request the same SQL made into rows (readRows). */
export function findAll<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, options: { orderBy?: QueryOrderMap<T> } = {}): Promise<T[]> {
  if (readOnly.has(em)) return readRows(em, entity, where, { orderBy: options.orderBy as never });
  return em.find(entity, where, { orderBy: options.orderBy as never });
}

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

/**
 * The entity a many-to-one reference points to: the reference itself when it is loaded already (the mutation
 * that returned its owner read it in its transaction, or the request did earlier), else through `loader`.
 */
export function loadedOr<T extends object>(reference: T, loader: DataLoader<string, T | null, unknown>, key: string): T | Promise<T | null> {
  if (isRowReference(reference)) return loader.load(key);
  if (isRow(reference)) return reference;
  return wrap(reference).isInitialized() ? reference : loader.load(key);
}

/**
 * Loaders over a small reference table (tens of rows, such as programmes): the first load of a request reads
 * the whole table once and every later load, from any branch of the query, answers from it. A by-id loader
 * would instead cost one query per moment the branches ask, which varies with their timing.
 */
export function defineTableLoaders<T extends object>(entity: EntityName<T>) {
  const tables = new WeakMap<EntityManager, Promise<T[]>>();
  const table = (em: EntityManager) => {
    let rows = tables.get(em);
    if (!rows) {
      rows = findAll(em, entity, {});
      tables.set(em, rows);
    }
    return rows;
  };
  return (key: keyof T & string) =>
    defineLoader<string, T | null>(async (em, values) => {
      const byKey = new Map((await table(em)).map((row) => [String(row[key]), row]));
      return values.map((value) => byKey.get(value) ?? null);
    });
}

/** The key of a grouped loader: what is counted (`code`) and the filters it is counted with. */
export type GroupedKey<F extends object> = F & { code: string };

/**
 * A loader of values of many codes under filters (figures of regions for one sector, of programmes for one
 * year…): keys are grouped by their filters and each group costs one batch, whatever the number of codes.
 * `batch` answers the codes it finds; `missing` gives the value of the others.
 */
export function defineGroupedLoader<F extends object, V>(options: {
  batch: (em: EntityManager, codes: string[], filters: F) => Promise<Map<string, V>>;
  missing: () => V;
}): (ctx: HasLoaders) => DataLoader<GroupedKey<F>, V, string> {
  const filtersOf = (key: GroupedKey<F>): F => {
    const { code: _code, ...filters } = key;
    return filters as unknown as F;
  };
  const groupOf = (filters: F) => JSON.stringify(Object.entries(filters).sort(([a], [b]) => a.localeCompare(b)));
  const keyOf = (key: GroupedKey<F>) => `${key.code}|${groupOf(filtersOf(key))}`;
  return defineLoader<GroupedKey<F>, V, string>(
    async (em, keys) => {
      const groups = new Map<string, { filters: F; codes: Set<string> }>();
      for (const key of keys) {
        const filters = filtersOf(key);
        const group = groupOf(filters);
        if (!groups.has(group)) groups.set(group, { filters, codes: new Set() });
        groups.get(group)!.codes.add(key.code);
      }
      const results = new Map<string, V>();
      await Promise.all(
        [...groups].map(async ([group, { filters, codes }]) => {
          for (const [code, value] of await options.batch(em, [...codes], filters)) results.set(`${code}|${group}`, value);
        }),
      );
      return keys.map((key) => results.get(keyOf(key)) ?? options.missing());
    },
    { cacheKeyFn: keyOf },
  );
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
  const rows = !wanted.length
    ? []
    : readOnly.has(em)
      ? await readRowsByKey(em, entity, key, wanted)
      : await em.find(entity, { [key]: { $in: wanted } } as FilterQuery<T>);
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
  const rows = unique.length ? await findAll(em, entity, where, { orderBy: options.orderBy }) : [];
  const groups = new Map<string, T[]>(unique.map((k) => [k, []]));
  for (const row of rows) {
    const value = (row as Record<string, unknown>)[foreignKey];
    const fk = typeof value === 'object' && value !== null ? String((value as { id?: unknown; code?: unknown }).id ?? (value as { code?: unknown }).code) : String(value);
    groups.get(fk)?.push(row);
  }
  return keys.map((k) => groups.get(k) ?? []);
}
