/** An internal note on a conversation; the members it @mentions are notified. Never sent anywhere. */
import type { AppContext } from '../app/context.js';
import { recordAudit } from '../audit/record-audit.js';
import { badRequest, notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import { notify } from '../notifications/notify.js';
import type { Writer } from './create-reply.js';
import { parseMentions } from './mentions.js';
import { presentItem } from './replies.presenter.js';
import * as repo from './replies.repository.js';

export async function createNote(
  deps: Pick<AppContext, 'db'>,
  request: { workspaceId: string; conversationId: string; writer: Writer },
  input: { text: string },
) {
  const text = input.text.trim();
  if (!text) throw badRequest('Write the note first.');
  const { writer } = request;
  return deps.db.transaction().execute(async (trx) => {
    const conversation = await repo.findConversation(trx, request.workspaceId, request.conversationId);
    if (!conversation) throw notFound('The conversation');
    const members = await repo.listMemberNames(trx, request.workspaceId);
    const mentions = parseMentions(text, members);
    const now = new Date();
    const item = await repo.insertItem(trx, {
      workspace_id: conversation.workspace_id,
      channel_id: conversation.channel_id,
      conversation_id: conversation.id,
      direction: 'note',
      kind: 'note',
      user_id: writer.userId,
      text,
      occurred_at: now,
      received_at: now,
      mentions,
    });
    await repo.touchConversationActivity(trx, conversation.id, now, false);
    const others = mentions.filter((id) => id !== writer.userId);
    if (others.length > 0) {
      await notify(trx, {
        workspaceId: conversation.workspace_id,
        userIds: others,
        kind: 'mention',
        conversationId: conversation.id,
        data: { itemId: item.id, byName: writer.name },
      });
    }
    await recordAudit(trx, {
      workspaceId: conversation.workspace_id,
      actor: writer.actor,
      action: 'note.created',
      subject: { type: 'item', id: item.id },
      data: { conversationId: conversation.id, mentions },
    });
    const live = { workspaceId: conversation.workspace_id };
    await publishLive(trx, {
      ...live,
      type: 'item.created',
      subjectId: item.id,
      data: { conversationId: conversation.id },
    });
    await publishLive(trx, { ...live, type: 'conversation.updated', subjectId: conversation.id });
    const names = new Map(members.map((m) => [m.id, m.name]));
    return presentItem(item, names);
  });
}
