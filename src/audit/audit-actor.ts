import type { AuditActor } from './record-audit.js';

/** How a logged-in person appears in the audit log. The label survives the user's deletion. */
export function userActor(user: { userId: string; name: string; email: string }): AuditActor {
  return { id: user.userId, label: `${user.name} <${user.email}>` };
}

/** Changes made with the `samtal` command line by someone with access to the server. */
export const CLI_ACTOR: AuditActor = { id: null, label: 'command line' };
