import { randomUUID } from 'node:crypto';

/** Any UUID, in any case. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const UUID_MESSAGE = 'must be a UUID';

export const isUuid = (value: string): boolean => UUID.test(value);
export const newId = (): string => randomUUID();

/** Name-based ids of the world's entities, defined with the world (one place). */
export { stableId } from '@cooplab/world';
