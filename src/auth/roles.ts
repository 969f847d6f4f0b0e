export const ROLES = ['admin', 'manager', 'responder', 'reviewer', 'moderator', 'analyst', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Every role: for routes any member of a workspace may call. */
export const ANY_ROLE: readonly Role[] = ROLES;

/** Who answers conversations (writes replies, changes status and assignment). */
export const ANSWERERS: readonly Role[] = ['admin', 'manager', 'responder'];
/** Who approves or rejects replies held for four-eyes review. */
export const REVIEWERS: readonly Role[] = ['admin', 'manager', 'reviewer'];
/** Who writes or reviews replies: the composer's helpers (saved replies, FAQ suggestions, checks). */
export const ANSWERERS_AND_REVIEWERS: readonly Role[] = ['admin', 'manager', 'responder', 'reviewer'];

/**
 * Who a route lets in. `public`: nobody needs to be logged in. `user`: any logged-in user, no
 * workspace involved. `{ roles }`: a member of the workspace in the URL holding one of the roles.
 */
export type Access = 'public' | 'user' | { roles: readonly Role[] };

export function hasAnyRole(held: readonly string[], allowed: readonly Role[]): boolean {
  return held.some((r) => (allowed as readonly string[]).includes(r));
}
