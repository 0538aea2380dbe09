import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { UUID_MESSAGE, isUuid } from './ids.js';
import type { Logger } from './logger.js';

/** One offending input field: a dotted path from the argument (`input.priceCentimes`) and what is wrong. */
export interface FieldProblem {
  field: string;
  message: string;
}

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

/** Errors of the domain, thrown by services; mapped to `extensions.code` in one place (`formatError`). */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  /** Extra, safe-to-show details added to `extensions`. */
  details(): Record<string, unknown> {
    return {};
  }
}

export class ValidationError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(readonly fields: FieldProblem[]) {
    super(fields.map((f) => `${f.field}: ${f.message}`).join('; '));
    this.name = 'ValidationError';
  }
  static field(field: string, message: string): ValidationError {
    return new ValidationError([{ field, message }]);
  }
  override details() {
    return { fields: this.fields };
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  constructor(readonly entity: string, readonly id: string, readonly field?: string) {
    super(`${entity} ${id} does not exist`);
    this.name = 'NotFoundError';
  }
  override details() {
    return this.field ? { fields: [{ field: this.field, message: this.message }] } : {};
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = 'ConflictError';
  }
  override details() {
    return this.field ? { fields: [{ field: this.field, message: this.message }] } : {};
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message = 'You are not allowed to do this') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'Sign in to do this') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

/** The caller asked too often; `retryAfterSeconds` says when to try again. */
export class TooManyRequestsError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS' as const;
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
    this.name = 'TooManyRequestsError';
  }
  override details() {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}

/** Gathers problems of one input so that a caller learns of all of them at once. */
export class Problems {
  private readonly list: FieldProblem[] = [];
  add(field: string, message: string): this {
    this.list.push({ field, message });
    return this;
  }
  check(ok: boolean, field: string, message: string): this {
    if (!ok) this.add(field, message);
    return this;
  }
  get empty(): boolean {
    return this.list.length === 0;
  }
  throwIfAny(): void {
    if (this.list.length) throw new ValidationError([...this.list]);
  }
}

const PASS_THROUGH = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'TOO_MANY_REQUESTS',
]);

/**
 * The single place where errors become what a client sees. Domain errors get their code and safe details;
 * GraphQL's own request errors pass; anything else is logged in full and reaches the client masked.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details() } };
    }
    if (original instanceof GraphQLError) {
      const code = original.extensions?.code;
      if (code === 'UNAUTHORIZED') return { ...base, extensions: { code: 'FORBIDDEN' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
      const fields = code === 'BAD_USER_INPUT' && !extensions.fields ? variableProblem(formatted.message) : undefined;
      return { ...base, extensions: fields ? { ...extensions, fields } : extensions };
    }
    log.error('unexpected error', { error: original, path: formatted.path });
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}


/**
 * The field of a variable that GraphQL could not coerce (a scalar such as EmailAddress refusing its value), from
 * graphql-js's message `Variable "$input" got invalid value … at "input.email"; <reason>`: so that such an error
 * names its field like every other BAD_USER_INPUT.
 */
export function variableProblem(message: string): FieldProblem[] | undefined {
  const match = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s.exec(message);
  return match ? [{ field: match[2] ?? match[1]!, message: match[3]! }] : undefined;
}

/** Checks an id argument before it reaches SQL: BAD_USER_INPUT naming the field when it is not a UUID. */
export function requireUuid(value: string, field: string): string {
  if (!isUuid(value)) throw ValidationError.field(field, UUID_MESSAGE);
  return value.toLowerCase();
}
