export const ROLES = ['admin', 'manager', 'responder', 'reviewer', 'moderator', 'analyst', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Every role: for routes any member of a workspace may call. */
export const ANY_ROLE: readonly Role[] = ROLES;

/**
 * Who a route lets in. `public`: nobody needs to be logged in. `user`: any logged-in user, no
 * workspace involved. `{ roles }`: a member of the workspace in the URL holding one of the roles.
 */
export type Access = 'public' | 'user' | { roles: readonly Role[] };

export function hasAnyRole(held: readonly string[], allowed: readonly Role[]): boolean {
  return held.some((r) => (allowed as readonly string[]).includes(r));
}
