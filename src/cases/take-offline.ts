/**
 * Take it offline: a public conversation becomes a case. The public acknowledgement goes out
 * through the normal reply path (approval applies); the follow-up continues in the author's private
 * conversation when the channel can message them, else by the contact route we were given.
 */
import type { AppContext } from '../app/context.js';
import { recordAudit } from '../audit/record-audit.js';
import { capabilitiesOf } from '../channels/channel-account.js';
import * as channelsRepo from '../channels/channels.repository.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import { writeReply, type Writer } from '../replies/create-reply.js';
import * as replies from '../replies/replies.repository.js';
import { presentCase } from './cases.presenter.js';
import * as repo from './cases.repository.js';
import type { TakeOfflineInput } from './cases.schema.js';

export async function takeOffline(
  deps: Pick<AppContext, 'db' | 'channels'>,
  request: { workspaceId: string; conversationId: string; writer: Writer },
  input: TakeOfflineInput,
) {
  const { writer } = request;
  return deps.db.transaction().execute(async (trx) => {
    const conversation = await replies.findConversation(trx, request.workspaceId, request.conversationId);
    if (!conversation) throw notFound('The conversation');
    if (conversation.kind !== 'public') throw badRequest('Only a public conversation can be taken offline.');
    if (conversation.case_id) {
      const existing = await repo.findCase(trx, request.workspaceId, conversation.case_id);
      if (existing && existing.status !== 'closed') throw conflict('This conversation already has an open case.');
    }
    const channel = await channelsRepo.findChannelById(trx, conversation.channel_id);
    if (!channel) throw notFound('The channel');
    const canMessage = capabilitiesOf(deps.channels, channel).actions.privateReply.supported;
    const privateText = input.privateText?.trim() || null;
    const contactRoute = input.contactRoute?.trim() || null;
    if (!canMessage && !contactRoute) {
      throw badRequest(
        'This channel cannot send private messages: say how the person will be contacted (contactRoute).',
      );
    }
    if (canMessage && !privateText && !contactRoute) {
      throw badRequest(
        'Write the private message (privateText), or say how the person will be contacted (contactRoute).',
      );
    }
    const target = await replies.findLatestInbound(trx, conversation.id);
    if (!target) throw badRequest('There is no received message in this conversation to answer.');

    const { id: caseId } = await repo.insertCase(trx, {
      workspaceId: request.workspaceId,
      publicConversationId: conversation.id,
      contactRoute,
      openedBy: writer.userId,
    });
    await repo.linkConversationToCase(trx, conversation.id, caseId);
    const publicReply = await writeReply(trx, deps, { ...conversation, case_id: caseId }, writer, {
      text: input.publicText,
      visibility: 'public',
      replyToItemId: target.id,
    });

    let privateReply = null;
    if (canMessage && privateText) {
      const authorPlatformId = conversation.author_platform_id ?? target.author_platform_id;
      if (!authorPlatformId) throw badRequest('The author of this conversation is unknown; give a contact route.');
      const created = await repo.findOrCreatePrivateConversation(trx, {
        workspaceId: request.workspaceId,
        channelId: conversation.channel_id,
        authorId: conversation.author_id,
        authorPlatformId,
        language: conversation.language,
        caseId,
      });
      await repo.updateCase(trx, caseId, { private_conversation_id: created.id });
      const privateConversation = (await replies.findConversation(trx, request.workspaceId, created.id))!;
      privateReply = await writeReply(trx, deps, privateConversation, writer, {
        text: privateText,
        visibility: 'private',
        replyToItemId: target.id,
      });
      if (created.created) {
        await publishLive(trx, {
          workspaceId: request.workspaceId,
          type: 'conversation.created',
          subjectId: created.id,
        });
      }
    }
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: writer.actor,
      action: 'case.opened',
      subject: { type: 'case', id: caseId },
      data: { publicConversationId: conversation.id, privateMessage: privateReply !== null, contactRoute },
    });
    await publishLive(trx, {
      workspaceId: request.workspaceId,
      type: 'conversation.updated',
      subjectId: conversation.id,
    });
    const row = (await repo.findCase(trx, request.workspaceId, caseId))!;
    return { case: presentCase(row), publicReply, privateReply };
  });
}
