/**
 * Closing a case: the closing reply goes out in the public thread (through the normal reply path,
 * so approval applies), the case is closed and its conversations resolved.
 */
import type { AppContext } from '../app/context.js';
import { recordAudit } from '../audit/record-audit.js';
import { conflict, notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import { writeReply, type Writer } from '../replies/create-reply.js';
import * as replies from '../replies/replies.repository.js';
import { presentCase } from './cases.presenter.js';
import * as repo from './cases.repository.js';
import { CLOSING_DUE_TAG } from './resolve-case.js';

export async function closeCase(
  deps: Pick<AppContext, 'db' | 'channels'>,
  request: { workspaceId: string; caseId: string; writer: Writer },
  input: { text: string },
) {
  return deps.db.transaction().execute(async (trx) => {
    const found = await repo.findCase(trx, request.workspaceId, request.caseId);
    if (!found) throw notFound('The case');
    if (found.status === 'closed') throw conflict('This case is closed already.');
    const conversation = await replies.findConversation(trx, request.workspaceId, found.public_conversation_id);
    if (!conversation) throw notFound('The public conversation of this case');
    const closingReply = await writeReply(trx, deps, conversation, request.writer, {
      text: input.text,
      visibility: 'public',
    });
    const now = new Date();
    await repo.updateCase(trx, found.id, {
      status: 'closed',
      closed_at: now,
      closing_reply_item_id: closingReply.item.id,
      ...(found.resolved_at ? {} : { resolved_at: now }),
    });
    await repo.removeConversationTag(trx, conversation.id, CLOSING_DUE_TAG);
    const linked = [conversation.id, ...(found.private_conversation_id ? [found.private_conversation_id] : [])];
    await repo.resolveConversations(trx, linked, now);
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.writer.actor,
      action: 'case.closed',
      subject: { type: 'case', id: found.id },
      data: { closingReplyItemId: closingReply.item.id },
    });
    for (const id of linked) {
      await publishLive(trx, { workspaceId: request.workspaceId, type: 'conversation.updated', subjectId: id });
    }
    const row = (await repo.findCase(trx, request.workspaceId, found.id))!;
    return { case: presentCase(row), closingReply };
  });
}
