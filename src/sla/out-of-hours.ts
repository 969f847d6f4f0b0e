/**
 * The automatic "we're away, we'll answer when we open" reply. Sent at most once per closed period
 * per conversation, in the item's language, through the normal reply path (queueReplySend), and only
 * where the channel can reply at all — it never makes the ingestion of the item fail.
 */
import type { AppContext } from '../app/context.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record-audit.js';
import { capabilitiesOf } from '../channels/channel-account.js';
import { findChannelById } from '../channels/channels.repository.js';
import type { Executor } from '../db/database.js';
import type { Item } from '../db/schema.js';
import { publishLive } from '../live/live-events.js';
import { queueReplySend } from '../replies/queue-reply-send.js';
import { isOpen, nextOpening } from './business-hours.js';
import type { BusinessSchedule } from './schedule.js';
import * as repo from './sla.repository.js';

type AckConversation = { id: string; workspace_id: string; channel_id: string; kind: 'public' | 'private' };
type AckItem = Pick<Item, 'id' | 'direction' | 'language' | 'occurred_at' | 'platform_id' | 'deleted_at'>;

export async function maybeAcknowledgeOutOfHours(
  trx: Executor,
  ctx: Pick<AppContext, 'channels'>,
  conversation: AckConversation,
  item: AckItem,
): Promise<Item | null> {
  if (item.direction !== 'inbound' || item.deleted_at !== null || !item.platform_id) return null;
  const { settings, schedule } = await repo.loadSlaContext(trx, conversation.workspace_id);
  if (!settings.out_of_hours_ack) return null;
  const arrivedAt = new Date(item.occurred_at);
  if (isOpen(schedule, arrivedAt)) return null;

  const locked = await repo.lockConversationForSla(trx, conversation.id);
  if (!locked || alreadyAcknowledged(schedule, locked.out_of_hours_ack_at, arrivedAt)) return null;
  const text = ackText(settings.out_of_hours_texts, item.language);
  if (!text) return null;

  const visibility = conversation.kind === 'private' ? 'private' : 'public';
  const channel = await findChannelById(trx, conversation.channel_id);
  if (!channel || channel.disconnected_at) return null;
  const capability = capabilitiesOf(ctx.channels, channel).actions[
    visibility === 'private' ? 'privateReply' : 'publicReply'
  ];
  if (!capability.supported) return null;

  const now = new Date();
  const ack = await repo.insertAcknowledgement(trx, {
    conversation,
    replyToItemId: item.id,
    text: text.text,
    language: text.language,
    visibility,
    at: now,
  });
  const action = await queueReplySend(trx, ctx, ack.id);
  // The arrival that was acknowledged marks the closed period (a late sync must not blur it with 'now').
  await repo.updateConversationSla(trx, conversation.id, { out_of_hours_ack_at: arrivedAt });
  await recordAudit(trx, {
    workspaceId: conversation.workspace_id,
    actor: SYSTEM_ACTOR,
    action: 'conversation.out_of_hours_acknowledged',
    subject: { type: 'conversation', id: conversation.id },
    data: { itemId: ack.id, language: text.language },
  });
  await publishLive(trx, {
    workspaceId: conversation.workspace_id,
    type: 'item.created',
    subjectId: ack.id,
    data: { conversationId: conversation.id },
  });
  return { ...ack, outbound_action_id: action.id };
}

/** Acknowledged already in this closed period: the desk has not opened between that ack and now. */
function alreadyAcknowledged(schedule: BusinessSchedule, ackAt: Date | string | null, arrivedAt: Date): boolean {
  if (ackAt === null) return false;
  const opening = nextOpening(schedule, new Date(ackAt));
  return opening === null || opening.getTime() > arrivedAt.getTime();
}

/** The text in the item's language, else English, else any configured one. */
function ackText(texts: unknown, language: string | null): { text: string; language: string } | null {
  const byLanguage = (texts ?? {}) as Record<string, string | undefined>;
  for (const candidate of [language, 'en', ...Object.keys(byLanguage)]) {
    const text = candidate ? byLanguage[candidate]?.trim() : undefined;
    if (candidate && text) return { text, language: candidate };
  }
  return null;
}
