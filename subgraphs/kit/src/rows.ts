import { QueryHelper, ReferenceKind, Utils, type EntityManager, type EntityMetadata, type EntityName, type EntityProperty, type FilterQuery, type FindOptions, type Platform } from '@mikro-orm/postgresql';

/**
 * Rows for read-only requests. MikroORM builds the SQL and names the columns by property, but no entity is made:
 * making one (the unit of work's bookkeeping, change-tracking accessors, the identity map) costs about 35 µs a
 * row, more than the SQL round trip, and serves nothing in a request that will flush nothing. A row is instead
 * an instance of the entity's class made from a per-class shape compiled once from the metadata: `instanceof`,
 * getters (`price`) and type-graphql's field resolvers work on it; embedded values are instances of their
 * class; a many-to-one is a reference holding the primary key only, as a MikroORM reference does, which
 * `loadedOr` resolves through its loader. Rows are never persisted: mutations read entities (see markReadOnly).
 */

/** Marks the prototype of a row: all of its columns were read. */
const ROW = Symbol('cooplab.row');
/** Marks the prototype of a reference: only its primary key is known. */
const REFERENCE = Symbol('cooplab.reference');

type Data = Record<string, unknown>;
type Build = (data: Data) => object;

interface Shape {
  row: Build;
  reference: (pk: unknown) => object;
}

const shapes = new WeakMap<EntityMetadata, Shape>();

/**
 * A prototype inheriting from the class's, on which every mapped property is a plain writable slot: assigning
 * to an instance then makes its own property, where the class's prototype has MikroORM's tracking setters.
 */
function slotsOver(meta: EntityMetadata, mark: symbol): object {
  const prototype = Object.create(meta.class.prototype as object) as Record<PropertyKey, unknown>;
  for (const prop of meta.props) {
    if (prop.embedded) continue; // flattened columns of an embedded value: not properties of the instance
    Object.defineProperty(prototype, prop.name, { value: undefined, writable: true, enumerable: false, configurable: true });
  }
  Object.defineProperty(prototype, mark, { value: true });
  return prototype;
}

/** Whether a property's value is read with the row (lazy ones are read when asked for; some are not columns at all). */
const isRead = (prop: EntityProperty) => !prop.lazy && prop.persist !== false;

/** Whether a property points to another entity by a key column of this table (a many-to-one, or an owning one-to-one). */
const isReference = (prop: EntityProperty) => prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && Boolean(prop.owner));

/** A column's value as the entity holds it (custom types converted as MikroORM's hydration would). */
function converter(prop: EntityProperty, platform: Platform): (value: unknown) => unknown {
  const type = prop.customType;
  if (!type) return (value) => value;
  return (value) => (value == null ? value : type.convertToJSValue(value, platform));
}

function shapeOf(meta: EntityMetadata, platform: Platform): Shape {
  let shape = shapes.get(meta);
  if (shape) return shape;
  const rowPrototype = slotsOver(meta, ROW);
  const referencePrototype = slotsOver(meta, REFERENCE);
  const pk = meta.primaryKeys[0]!;
  const reference = (key: unknown) => {
    const ref = Object.create(referencePrototype) as Data;
    ref[pk] = key;
    return ref;
  };
  const steps: ((row: Data, data: Data) => void)[] = [];
  for (const prop of meta.props) {
    if (prop.embedded || !isRead(prop)) continue; // an embedded value's columns are read with the value
    const name = prop.name;
    if (prop.kind === ReferenceKind.SCALAR) {
      const convert = converter(prop, platform);
      steps.push((row, data) => {
        row[name] = convert(data[name]);
      });
    } else if (prop.kind === ReferenceKind.EMBEDDED && !prop.object && prop.targetMeta) {
      const embeddable = prop.targetMeta;
      const parts = Object.entries(prop.embeddedProps).map(([key, child]) => [key, child.name, converter(child, platform)] as const);
      steps.push((row, data) => {
        const value = Object.create(embeddable.class.prototype as object) as Data;
        for (const [key, column, convert] of parts) value[key] = convert(data[column]) ?? null;
        row[name] = value;
      });
    } else if (isReference(prop) && prop.targetMeta) {
      const target = prop.targetMeta;
      steps.push((row, data) => {
        const key = data[name];
        row[name] = key == null ? null : shapeOf(target, platform).reference(key);
      });
    }
    // Collections are not columns: read them through their loaders.
  }
  const row = (data: Data) => {
    const instance = Object.create(rowPrototype) as Data;
    for (const step of steps) step(instance, data);
    return instance;
  };
  shape = { row, reference };
  shapes.set(meta, shape);
  return shape;
}

/** Whether `value` is a reference made by `readRows` (only its primary key is known). */
export function isRowReference(value: unknown): boolean {
  return typeof value === 'object' && value !== null && REFERENCE in value;
}

/** Whether `value` is a complete row made by `readRows`. */
export function isRow(value: unknown): boolean {
  return typeof value === 'object' && value !== null && ROW in value;
}

/**
 * Rows of `entity` matching `where`, as `em.find` would select them (same SQL, same options: `orderBy`,
 * `limit`, cursor options), without making entities. Only for requests that will not flush.
 */
export async function readRows<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, options: FindOptions<T> = {}): Promise<T[]> {
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  const driver = em.getDriver();
  // What em.find does to a condition before its driver sees it (custom types to database values, aliases);
  // the graph defines no MikroORM filters, the other half of that step.
  const condition = QueryHelper.processWhere({ where, entityName: meta.className, metadata: em.getMetadata(), platform: driver.getPlatform(), convertCustomTypes: true, aliased: true });
  const data = (await driver.find<T>(meta.className, condition as never, { ...options, populate: [], ctx: em.getTransactionContext() } as never)) as Data[];
  const { row } = shapeOf(meta as EntityMetadata, driver.getPlatform());
  return data.map((d) => row(d) as T);
}

/**
 * Rows of `entity` from results of a statement the kit wrote itself (columns named as in the table, such as
 * `select e.*`): the driver names them by property, as it does for `readRows`, and the row shape makes them.
 */
export function rowsFromResults<T extends object>(em: EntityManager, entity: EntityName<T>, results: readonly Data[]): T[] {
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  const driver = em.getDriver();
  const { row } = shapeOf(meta as EntityMetadata, driver.getPlatform());
  return results.map((result) => row(driver.mapResult(result as never, meta) as Data) as T);
}

/** Statements reading an entity's rows by one of its columns, by entity and property: written once, then reused. */
const byKeyStatements = new WeakMap<EntityMetadata, Map<string, string>>();

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `select <every column read> from <table> where <column of key> in (?)`: the list is bound whole. */
function byKeyStatement(meta: EntityMetadata, key: string): string {
  let statements = byKeyStatements.get(meta);
  if (!statements) byKeyStatements.set(meta, (statements = new Map()));
  let sql = statements.get(key);
  if (!sql) {
    const column = meta.properties[key]?.fieldNames?.[0];
    if (!column) throw new Error(`${meta.className} has no column for ${key}`);
    // The columns the row shape reads: scalars (an embedded value's among them) and the keys of references.
    const columns = meta.props.filter((p) => isRead(p) && (p.kind === ReferenceKind.SCALAR || isReference(p))).flatMap((p) => p.fieldNames ?? []);
    sql = `select ${[...new Set(columns)].map(quote).join(', ')} from ${quote(meta.tableName)} where ${quote(column)} in (?)`;
    statements.set(key, sql);
  }
  return sql;
}

/**
 * Rows of `entity` whose `key` is one of `values` (by-id and by-code loads): the same rows as `readRows` with
 * `{ [key]: { $in: values } }`, from a statement written once per entity and key instead of built per call.
 * Only for requests that will not flush; `values` must be non-empty and of the column's type.
 */
export async function readRowsByKey<T extends object>(em: EntityManager, entity: EntityName<T>, key: string, values: readonly unknown[]): Promise<T[]> {
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  const results = await em.getConnection().execute<Data[]>(byKeyStatement(meta as EntityMetadata, key), [values], 'all', em.getTransactionContext());
  return rowsFromResults(em, entity, results);
}
