import { createHash } from 'node:crypto';

/**
 * A name-based UUID (version 5, SHA-1) of `name` within `namespace`: the same inputs always give the same id.
 * The world uses it so that every subgraph refers to the same cooperative without reading another's database.
 */
export function stableId(namespace: string, name: string): string {
  const hash = createHash('sha1').update(`cooplab:${namespace}:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
