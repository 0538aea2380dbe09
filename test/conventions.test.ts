import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, type DefinitionNode, type TypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR, subgraphPackages } from '@cooplab/scripts/subgraphs';

/*
 * Graph-wide conventions, checked on every subgraph's printed SDL (schema/<name>.graphql, kept fresh by
 * `npm run compose -- --check`).
 */

const sdlOf = (name: string) => parse(readFileSync(join(ROOT_DIR, 'schema', `${name}.graphql`), 'utf8'));
type Fielded = DefinitionNode & { name: { value: string }; fields?: readonly { name: { value: string }; description?: unknown; arguments?: readonly { name: { value: string }; description?: unknown }[] }[] };
const FEDERATION = new Set(['_Service', '_Any', '_Entity', 'link__Import', 'link__Purpose', 'federation__FieldSet', 'federation__Scope', 'federation__Policy']);

/** Types, fields, arguments and enum values without a description. */
function undescribed(name: string): string[] {
  const missing: string[] = [];
  for (const def of sdlOf(name).definitions as Fielded[]) {
    if (!('name' in def) || !def.name || FEDERATION.has(def.name.value)) continue;
    const type = def.name.value;
    if (!('description' in def && def.description) && !['Query', 'Mutation'].includes(type)) missing.push(type);
    for (const field of def.fields ?? []) {
      if (field.name.value === '_service' || field.name.value === '_entities') continue;
      if (!field.description) missing.push(`${type}.${field.name.value}`);
      for (const arg of field.arguments ?? []) if (!arg.description) missing.push(`${type}.${field.name.value}(${arg.name.value})`);
    }
    if (def.kind === Kind.ENUM_TYPE_DEFINITION) for (const value of def.values ?? []) if (!value.description) missing.push(`${type}.${value.name.value}`);
  }
  return missing;
}


/** Fields restricted to some roles (`@requiresScopes` or `@authenticated`) that are non-null. */
function nonNullRestricted(name: string): string[] {
  const offenders: string[] = [];
  for (const def of sdlOf(name).definitions) {
    if (!('fields' in def) || !def.fields || !('name' in def) || !def.name) continue;
    // Documented exception: a mutation refused to a caller has no data beside it to keep, so its result stays non-null.
    if (def.name.value === 'Mutation') continue;
    for (const field of def.fields) {
      const restricted = field.directives?.some((d) => d.name.value === 'requiresScopes' || d.name.value === 'authenticated');
      if (restricted && field.type.kind === Kind.NON_NULL_TYPE) offenders.push(`${def.name.value}.${field.name.value}`);
    }
  }
  return offenders;
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** Fields, input fields and arguments named `id` or ending in `Id`/`Ids` whose type is not `ID`. */
function idsNotTypedId(name: string): string[] {
  const offenders: string[] = [];
  const check = (field: string, type: TypeNode, where: string) => {
    if ((field === 'id' || /[a-z]Ids?$/.test(field)) && namedType(type) !== 'ID') offenders.push(`${where}: ${namedType(type)}`);
  };
  for (const def of sdlOf(name).definitions) {
    if (!('fields' in def) || !def.fields || !('name' in def) || !def.name) continue;
    for (const field of def.fields) {
      check(field.name.value, field.type, `${def.name.value}.${field.name.value}`);
      for (const arg of ('arguments' in field ? field.arguments : undefined) ?? []) check(arg.name.value, arg.type, `${def.name.value}.${field.name.value}(${arg.name.value})`);
    }
  }
  return offenders;
}

/** Fields of output types returning a plain list whose description does not say why it stays short ("Short list: …"). */
function listsNotSaidShort(name: string): string[] {
  const offenders: string[] = [];
  for (const def of sdlOf(name).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    // A connection's edges are one page: capped by `first`.
    if (def.name.value.endsWith('Connection')) continue;
    for (const field of def.fields ?? []) {
      if (field.name.value === '_entities' || !print(field.type).includes('[')) continue;
      if (!field.description?.value.includes('Short list:')) offenders.push(`${def.name.value}.${field.name.value}`);
    }
  }
  return offenders;
}

/** The graphql-scalars type each kind of contact field takes, by the field's name. */
const CONTACT_SCALARS: [RegExp, string][] = [
  [/^(email|\w+Email)$/, 'EmailAddress'],
  [/^(phone|\w+Phone)$/, 'PhoneNumber'],
  [/^(website|url|\w+Url)$/, 'URL'],
];

/** E-mail, phone and URL fields, input fields and arguments not typed with their graphql-scalars type. */
function contactsNotTyped(name: string): string[] {
  const offenders: string[] = [];
  for (const def of sdlOf(name).definitions) {
    if (!('fields' in def) || !def.fields || !('name' in def) || !def.name) continue;
    for (const field of def.fields) {
      const expected = CONTACT_SCALARS.find(([pattern]) => pattern.test(field.name.value))?.[1];
      if (expected && namedType(field.type) !== expected) offenders.push(`${def.name.value}.${field.name.value}: ${namedType(field.type)}`);
    }
  }
  return offenders;
}

describe('schema conventions', () => {
  it.each(subgraphPackages.map((p) => p.folder))('e-mail, phone and URL fields of %s use the graphql-scalars types', (name) => {
    expect(contactsNotTyped(name)).toEqual([]);
  });

  it.each(subgraphPackages.map((p) => p.folder))('lists of %s that can grow are connections; the others say in their description why they stay short', (name) => {
    expect(listsNotSaidShort(name)).toEqual([]);
  });

  it.each(subgraphPackages.map((p) => p.folder))('every id of %s (`id`, `…Id`, `…Ids`: fields, input fields, arguments) is typed ID', (name) => {
    expect(idsNotTypedId(name)).toEqual([]);
  });

  it.each(subgraphPackages.map((p) => p.folder))('every field of %s restricted to some roles is nullable, so that public data beside it stays', (name) => {
    expect(nonNullRestricted(name)).toEqual([]);
  });

  it.each(subgraphPackages.map((p) => p.folder))('every mutation of %s takes one argument, `input` (ids inside it)', (name) => {
    const mutation = (sdlOf(name).definitions as Fielded[]).find((d) => 'name' in d && d.name?.value === 'Mutation');
    const offenders = (mutation?.fields ?? []).filter((f) => (f.arguments ?? []).map((a) => a.name.value).join() !== 'input').map((f) => f.name.value);
    expect(offenders).toEqual([]);
  });

  it.each(subgraphPackages.map((p) => p.folder))('%s describes every type, field, argument and enum value', (name) => {
    expect(undescribed(name)).toEqual([]);
  });
});
