import { Authorized, Directive, type AuthCheckerFn } from 'type-graphql';
import { UnauthenticatedError } from './errors.js';
import type { Principal, Role } from './principal.js';

/** STAFF may do everything any other role may. */
export function hasRole(principal: Principal, roles: readonly Role[]): boolean {
  if (principal.role === 'STAFF') return true;
  return roles.length === 0 ? principal.role !== 'ANONYMOUS' : roles.includes(principal.role);
}

/** The type-graphql auth checker: anonymous callers are told to sign in, others that they may not. */
export const authChecker: AuthCheckerFn<{ principal: Principal }, Role> = ({ context }, roles) => {
  if (hasRole(context.principal, roles)) return true;
  if (context.principal.role === 'ANONYMOUS') throw new UnauthenticatedError();
  return false;
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
