/** Checks shared by creating and editing a saved reply. */
import type { Executor } from '../db/database.js';
import { badRequest } from '../http/errors.js';
import { channelBelongsToWorkspace, type SavedReplyValues } from './saved-replies.repository.js';
import { TEMPLATE_VARIABLES, unknownVariables } from './template-variables.js';

export async function assertValidSavedReply(db: Executor, workspaceId: string, values: SavedReplyValues) {
  const unknown = unknownVariables(values.body);
  if (unknown.length) {
    const list = unknown.map((name) => `{{${name}}}`).join(', ');
    const known = TEMPLATE_VARIABLES.map((name) => `{{${name}}}`).join(', ');
    throw badRequest(`Unknown variable${unknown.length > 1 ? 's' : ''} ${list}. You can use ${known}.`, {
      unknownVariables: unknown,
      knownVariables: TEMPLATE_VARIABLES,
    });
  }
  if (values.channelId && !(await channelBelongsToWorkspace(db, workspaceId, values.channelId)))
    throw badRequest('The channel was not found in this workspace.');
}
