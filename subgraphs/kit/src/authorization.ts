import { Authorized, Directive, type AuthCheckerFn } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import type { Principal, Role } from './principal.js';

/** STAFF may do everything any other role may. */
export function hasRole(principal: Principal, roles: readonly Role[]): boolean {
  if (principal.role === 'STAFF') return true;
  return roles.length === 0 ? principal.role !== 'ANONYMOUS' : roles.includes(principal.role);
}

/** "PARTNER, BUYER or STAFF": the roles a field is for, STAFF always last. */
export function rolesText(roles: readonly Role[]): string {
  const all = [...new Set<Role>([...roles.filter((r) => r !== 'STAFF'), 'STAFF'])];
  return all.length === 1 ? all[0]! : `${all.slice(0, -1).join(', ')} or ${all.at(-1)}`;
}

/** What a refusal says: which field, for whom, and (when signed in) the caller's role. */
export function accessMessage(where: string, roles: readonly Role[], principal: Principal): string {
  const audience = roles.length === 0 ? 'signed-in callers' : `${rolesText(roles)} callers`;
  return principal.role === 'ANONYMOUS' ? `Sign in: ${where} is for ${audience}` : `${where} is for ${audience}, not ${principal.role}`;
}

/**
 * The type-graphql auth checker: anonymous callers are told to sign in (UNAUTHENTICATED), others that the field
 * is not for their role (FORBIDDEN), both naming the field and the roles it is for, instead of type-graphql's
 * "Access denied! You don't have permission for this action!".
 */
export const authChecker: AuthCheckerFn<{ principal: Principal }, Role> = ({ context, info }, roles) => {
  if (hasRole(context.principal, roles)) return true;
  const message = accessMessage(`${info.parentType.name}.${info.fieldName}`, roles, context.principal);
  if (context.principal.role === 'ANONYMOUS') throw new UnauthenticatedError(message);
  throw new ForbiddenError(message);
};

type MemberDecorator = (target: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor) => void;

/**
 * Restricts a field to roles and documents it in the supergraph with `@requiresScopes` (one scope a role,
 * STAFF always among them), so that a router enforcing scopes agrees with the subgraph.
 */
export function Allow(...roles: Role[]): MemberDecorator {
  const scopes = [...new Set<Role>([...roles, 'STAFF'])].map((r) => `["${r.toLowerCase()}"]`).join(', ');
  return (target, key, descriptor) => {
    Authorized<Role>(...roles)(target, key as string, descriptor as PropertyDescriptor);
    Directive(`@requiresScopes(scopes: [${scopes}])`)(target, key as string);
  };
}

/** Restricts a field to signed-in callers of any role; documented with `@authenticated`. */
export function SignedIn(): MemberDecorator {
  return (target, key, descriptor) => {
    Authorized<Role>()(target, key as string, descriptor as PropertyDescriptor);
    Directive('@authenticated')(target, key as string);
  };
}
