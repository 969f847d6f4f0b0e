/**
 * A person asks Samtal to do something on a network. The request is checked (role, capability,
 * target, length), recorded as a queued outbound action and its job enqueued in one transaction,
 * and audit-logged: nothing is sent without a trace, and nothing traced is left unsent.
 */
import type { AppContext } from '../app/context.js';
import type { Executor } from '../db/database.js';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import { hasAnyRole, type Role } from '../auth/roles.js';
import { badRequest, conflict, forbidden, notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import { capabilitiesOf } from './channel-account.js';
import type { CapabilityName, ChannelCapabilities } from './channel.js';
import { enqueuePerformAction } from './channel.jobs.js';
import * as repo from './channels.repository.js';
import type { ActionKind, RequestActionInput } from './channels.schema.js';

/** Who may ask for what. */
export const ACTION_ROLES: Record<ActionKind, readonly Role[]> = {
  publicReply: ['responder', 'manager', 'admin'],
  privateReply: ['responder', 'manager', 'admin'],
  hide: ['moderator', 'manager', 'admin'],
  unhide: ['moderator', 'manager', 'admin'],
  delete: ['moderator', 'manager', 'admin'],
  block: ['moderator', 'manager', 'admin'],
  unblock: ['moderator', 'manager', 'admin'],
  mute: ['moderator', 'manager', 'admin'],
  unmute: ['moderator', 'manager', 'admin'],
  report: ['moderator', 'manager', 'admin'],
  ban: ['moderator', 'manager', 'admin'],
  authorizeFollow: ['moderator', 'manager', 'admin'],
  rejectFollow: ['moderator', 'manager', 'admin'],
  publish: ['manager', 'admin'],
};

/** Every role that may request at least one action: the route's access rule. */
export const ANY_ACTION_ROLE: readonly Role[] = [...new Set(Object.values(ACTION_ROLES).flat())];

const CAPABILITY: Record<ActionKind, CapabilityName> = {
  publicReply: 'publicReply',
  privateReply: 'privateReply',
  publish: 'publish',
  hide: 'hide',
  unhide: 'hide',
  delete: 'delete',
  block: 'block',
  unblock: 'block',
  mute: 'mute',
  unmute: 'mute',
  report: 'report',
  ban: 'ban',
  authorizeFollow: 'followRequests',
  rejectFollow: 'followRequests',
};

/** About the author of a received item: the target names the item, the network gets its author. */
const ABOUT_AUTHOR: ReadonlySet<ActionKind> = new Set(['privateReply', 'block', 'unblock', 'mute', 'unmute', 'ban']);
/** Follow requests: the target is the requesting account itself (from the follow-request list). */
const ABOUT_ACCOUNT: ReadonlySet<ActionKind> = new Set(['authorizeFollow', 'rejectFollow']);
const MAX_MEDIA_BYTES = 1024 * 1024;

const WITH_TEXT: ReadonlySet<ActionKind> = new Set(['publicReply', 'privateReply', 'publish']);

export async function requestAction(
  deps: Pick<AppContext, 'db' | 'channels'>,
  request: { workspaceId: string; channelId: string; actor: AuditActor; roles: readonly string[] },
  input: RequestActionInput,
) {
  const { workspaceId, channelId } = request;
  const channel = await repo.findChannel(deps.db, workspaceId, channelId);
  if (!channel) throw notFound('The channel');
  if (!hasAnyRole(request.roles, ACTION_ROLES[input.kind])) {
    throw forbidden(
      `Your role does not allow "${input.kind}". It needs one of: ${ACTION_ROLES[input.kind].join(', ')}.`,
    );
  }
  if (channel.disconnected_at) throw conflict('This channel is disconnected; nothing can be sent through it.');

  const capabilities = capabilitiesOf(deps.channels, channel);
  const capability = capabilities.actions[CAPABILITY[input.kind]];
  if (!capability.supported) throw badRequest(capability.reason);

  const text = input.text?.trim() ?? '';
  if (WITH_TEXT.has(input.kind)) {
    if (!text) throw badRequest('Write the text to send.');
    const length = [...new Intl.Segmenter().segment(text)].length;
    if (length > capabilities.maxLength) {
      throw badRequest(`The text is ${length} characters; this channel allows at most ${capabilities.maxLength}.`);
    }
  }
  if (input.kind === 'report' && !input.reason) throw badRequest('Give a reason for the report.');
  if (input.media?.length) checkMedia(input, capabilities);
  if (input.kind !== 'publish' && !input.targetPlatformId)
    throw badRequest(`Say which post or message to ${input.kind} (targetPlatformId).`);

  const params = {
    ...(await resolveTarget(deps, channelId, input)),
    ...(input.media?.length ? { media: input.media } : {}),
  };
  const body = WITH_TEXT.has(input.kind) ? text : input.kind === 'report' ? input.reason! : null;

  const action = await deps.db.transaction().execute(async (trx) => {
    const row = await repo.insertOutboundAction(trx, {
      workspaceId,
      channelId,
      kind: input.kind,
      targetPlatformId: input.kind === 'publish' ? null : input.targetPlatformId!,
      body,
      params,
      createdBy: request.actor.id,
    });
    await enqueuePerformAction(trx, { workspaceId, actionId: row.id });
    await recordAudit(trx, {
      workspaceId,
      actor: request.actor,
      action: 'outbound_action.requested',
      subject: { type: 'outbound_action', id: row.id },
      data: {
        channelId,
        kind: input.kind,
        targetPlatformId: row.target_platform_id,
        ...(body !== null ? { body } : {}),
        ...(input.media?.length ? { media: input.media.length } : {}), // the images stay out of the log
      },
    });
    await publishLive(trx, {
      workspaceId,
      type: 'outbound_action.updated',
      subjectId: row.id,
      data: { channelId, status: 'queued' },
    });
    return row;
  });
  return repo.findOutboundActionWithCreator(deps.db, action.id);
}

/**
 * Records a queued outbound action and enqueues its job inside the caller's transaction, for use
 * cases that check the request themselves and keep their own record next to it (moderation actions).
 */
export async function queueOutboundAction(
  trx: Executor,
  row: {
    workspaceId: string;
    channelId: string;
    kind: ActionKind;
    targetPlatformId: string | null;
    body: string | null;
    params: Record<string, unknown>;
    createdBy: string | null;
  },
) {
  const action = await repo.insertOutboundAction(trx, row);
  await enqueuePerformAction(trx, { workspaceId: row.workspaceId, actionId: action.id });
  await publishLive(trx, {
    workspaceId: row.workspaceId,
    type: 'outbound_action.updated',
    subjectId: action.id,
    data: { channelId: row.channelId, status: 'queued' },
  });
  return action;
}

/**
 * The target must be something on this channel: an item we received or something we posted.
 * Private replies, blocks and mutes are about the author of a received item.
 */
async function resolveTarget(
  deps: Pick<AppContext, 'db'>,
  channelId: string,
  input: RequestActionInput,
): Promise<Record<string, unknown>> {
  if (input.kind === 'publish') return {};
  const target = input.targetPlatformId!;
  if (ABOUT_ACCOUNT.has(input.kind)) return { authorPlatformId: target };
  const item = await repo.findInboundItemByPlatformId(deps.db, channelId, target);
  if (ABOUT_AUTHOR.has(input.kind)) {
    if (!item?.author_platform_id)
      throw badRequest(`No received item ${target} on this channel; ${input.kind} needs one to know who is meant.`);
    return input.kind === 'privateReply'
      ? { recipientPlatformId: item.author_platform_id }
      : { authorPlatformId: item.author_platform_id };
  }
  if (!item && !(await repo.findSentActionByPlatformId(deps.db, channelId, target))) {
    throw badRequest(`Nothing with the id ${target} is known on this channel.`);
  }
  return {};
}

function checkMedia(input: RequestActionInput, capabilities: ChannelCapabilities) {
  const media = input.media!;
  if (input.kind !== 'publish') throw badRequest('Only a published post can carry images.');
  const capability = capabilities.actions.publishMedia;
  if (!capability.supported) throw badRequest(capability.reason);
  const max = capabilities.maxMedia ?? 0;
  if (media.length > max)
    throw badRequest(`This channel allows at most ${max} images on a post; there are ${media.length}.`);
  media.forEach((m, i) => {
    const bytes = Buffer.byteLength(m.dataBase64, 'base64');
    if (bytes > MAX_MEDIA_BYTES) {
      throw badRequest(`Image ${i + 1} is ${(bytes / 1_048_576).toFixed(1)} MB; at most 1 MB per image.`);
    }
  });
}
