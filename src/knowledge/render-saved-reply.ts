/** Fill a saved reply's variables for one conversation, as the composer inserts it. */
import type { Db } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { findRenderContext, findSavedReply } from './saved-replies.repository.js';
import { authorValues, renderTemplate } from './template-variables.js';

export async function renderSavedReply(
  db: Db,
  options: { workspaceId: string; savedReplyId: string; conversationId: string; agentName: string },
) {
  const reply = await findSavedReply(db, options.workspaceId, options.savedReplyId);
  if (!reply) throw notFound('The saved reply');
  const context = await findRenderContext(db, options.workspaceId, options.conversationId);
  if (!context) throw notFound('The conversation');
  const author = context.authorHandle === null ? null : { name: context.authorName, handle: context.authorHandle };
  return renderTemplate(reply.body, {
    ...authorValues(author),
    'agent.name': options.agentName,
    'workspace.name': context.workspaceName,
    'channel.name': context.channelName,
  });
}
