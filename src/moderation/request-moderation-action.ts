/**
 * A moderator hides, removes, blocks, mutes or reports: the network must be able to, the action
 * cites a rule of the published community guidelines with a statement of reasons, and the evidence
 * is captured BEFORE anything changes on the network. Then, in one transaction: the moderation
 * action, the outbound action with its job, the queue entry decided, the audit entry.
 */
import type { AppContext } from '../app/context.js';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import { capabilitiesOf } from '../channels/channel-account.js';
import type { CapabilityName } from '../channels/channel.js';
import * as channelsRepo from '../channels/channels.repository.js';
import { queueOutboundAction } from '../channels/request-action.js';
import type { ModerationActionKind } from '../db/schema-moderation.js';
import { captureEvidence } from '../evidence/capture-evidence.js';
import { citeRule, type CitedRule } from '../guidelines/cite-rule.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import * as actionsRepo from './moderation-actions.repository.js';
import { decideQueueEntry, findModeratableItem, findQueueEntryByItem } from './moderation-queue.repository.js';
import type { ActionInput, ModerationLanguage } from './moderation.schema.js';
import { presentAction } from './moderation.presenter.js';

export type ModerationDeps = Pick<AppContext, 'db' | 'config' | 'channels' | 'secrets'>;
export interface ModerationRequest {
  workspaceId: string;
  actor: AuditActor;
  /** The workspace's language, for the cited rule's title when the request names none. */
  defaultLanguage: ModerationLanguage;
}

/** Which capability and outbound action each moderation action needs. */
const OUTBOUND: Record<ModerationActionKind, { capability: CapabilityName; outbound: string }> = {
  hide: { capability: 'hide', outbound: 'hide' },
  unhide: { capability: 'hide', outbound: 'unhide' },
  remove: { capability: 'delete', outbound: 'delete' },
  block: { capability: 'block', outbound: 'block' },
  unblock: { capability: 'block', outbound: 'unblock' },
  mute: { capability: 'mute', outbound: 'mute' },
  unmute: { capability: 'mute', outbound: 'unmute' },
  report: { capability: 'report', outbound: 'report' },
};
const ABOUT_AUTHOR = new Set<ModerationActionKind>(['block', 'unblock', 'mute', 'unmute']);
/** Evidence reused instead of captured again when this fresh. */
const EVIDENCE_REUSE_MS = 10 * 60_000;

export async function requestModerationAction(deps: ModerationDeps, request: ModerationRequest, input: ActionInput) {
  const target = await checkTarget(deps, request.workspaceId, input.itemId, input.kind);
  if (await actionsRepo.findQueuedAction(deps.db, input.itemId, input.kind)) {
    throw conflict(`A ${input.kind} of this item is already on its way.`);
  }
  const state = target.item.moderation_state;
  if (state === 'removed' || (state === 'hidden' && input.kind === 'hide')) {
    throw conflict(`This item is already ${state} on the network.`);
  }
  const rule = await citeRule(deps.db, request.workspaceId, input.ruleKey, input.language ?? request.defaultLanguage);
  const evidenceRecordId = await evidenceFirst(deps, request, input.itemId, input.kind);
  return queueModerationAction(deps, request, {
    ...target,
    kind: input.kind,
    rule,
    statement: input.statement,
    evidenceRecordId,
    undoesActionId: null,
  });
}

type Target = Awaited<ReturnType<typeof checkTarget>>;

/** The item must be one we received on a connected channel that can do this. */
export async function checkTarget(
  deps: ModerationDeps,
  workspaceId: string,
  itemId: string,
  kind: ModerationActionKind,
) {
  const item = await findModeratableItem(deps.db, workspaceId, itemId);
  if (!item) throw notFound('The item');
  if (item.direction !== 'inbound' || !item.platform_id) {
    throw badRequest('Only items received from a network can be moderated.');
  }
  const channel = await channelsRepo.findChannel(deps.db, workspaceId, item.channel_id);
  if (!channel) throw notFound('The channel');
  if (channel.disconnected_at) throw conflict('This channel is disconnected; nothing can be done on it.');
  const capability = capabilitiesOf(deps.channels, channel).actions[OUTBOUND[kind].capability];
  if (!capability.supported) throw badRequest(capability.reason);
  if (ABOUT_AUTHOR.has(kind) && !item.author_platform_id) {
    throw badRequest(`The author of this item is not known, so there is nobody to ${kind}.`);
  }
  return { item };
}

/**
 * Hide, remove, block and report change what can be seen later (or start a case): capture evidence
 * first, or reuse one captured minutes ago. A mute changes only what we see; it cites fresh evidence
 * when there is some.
 */
async function evidenceFirst(deps: ModerationDeps, request: ModerationRequest, itemId: string, kind: string) {
  const since = new Date(Date.now() - EVIDENCE_REUSE_MS);
  const recent = await actionsRepo.findRecentEvidence(deps.db, request.workspaceId, itemId, since);
  if (recent) return recent.id;
  if (kind === 'mute') return null;
  const record = await captureEvidence(deps, {
    workspaceId: request.workspaceId,
    itemId,
    actor: request.actor,
    reason: `before ${kind}`,
  });
  return record.id;
}

export async function queueModerationAction(
  deps: ModerationDeps,
  request: ModerationRequest,
  action: Target & {
    kind: ModerationActionKind;
    rule: CitedRule;
    statement: string;
    evidenceRecordId: string | null;
    undoesActionId: string | null;
  },
) {
  const { item, kind, rule } = action;
  const id = await deps.db.transaction().execute(async (trx) => {
    const outbound = await queueOutboundAction(trx, {
      workspaceId: request.workspaceId,
      channelId: item.channel_id,
      kind: OUTBOUND[kind].outbound as never,
      targetPlatformId: item.platform_id,
      body: kind === 'report' ? `${rule.title} (rule ${rule.number}): ${action.statement}` : null,
      params: ABOUT_AUTHOR.has(kind) ? { authorPlatformId: item.author_platform_id } : {},
      createdBy: request.actor.id,
    });
    const entry = await findQueueEntryByItem(trx, request.workspaceId, item.id);
    const row = await actionsRepo.insertModerationAction(trx, {
      workspaceId: request.workspaceId,
      itemId: item.id,
      channelId: item.channel_id,
      queueEntryId: entry?.id ?? null,
      kind,
      guidelineVersionId: rule.guidelineVersionId,
      ruleKey: rule.key,
      ruleNumber: rule.number,
      ruleTitle: rule.title,
      statement: action.statement,
      outboundActionId: outbound.id,
      evidenceRecordId: action.evidenceRecordId,
      undoesActionId: action.undoesActionId,
      createdBy: request.actor.id,
    });
    if (entry && entry.status === 'pending') {
      await decideQueueEntry(trx, entry.id, { status: 'actioned', userId: request.actor.id, note: null });
    }
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'moderation.action_requested',
      subject: { type: 'moderation_action', id: row.id },
      data: {
        itemId: item.id,
        kind,
        rule: { key: rule.key, number: rule.number, version: rule.version, title: rule.title },
        statement: action.statement,
        evidenceRecordId: action.evidenceRecordId,
        outboundActionId: outbound.id,
        ...(action.undoesActionId ? { undoesActionId: action.undoesActionId } : {}),
      },
    });
    await publishLive(trx, {
      workspaceId: request.workspaceId,
      type: 'moderation.updated',
      subjectId: entry?.id ?? row.id,
      data: { itemId: item.id, actionId: row.id, status: 'queued' },
    });
    return row.id;
  });
  const saved = await actionsRepo.findModerationAction(deps.db, request.workspaceId, id);
  return { action: presentAction(saved!) };
}
