/**
 * The job that carries out a requested outbound action. The action id is the idempotency key, so
 * a job that runs twice (a crash after the platform call, a retry) does the thing once. A retryable
 * failure goes back to the queue with backoff; a permanent one, or the last attempt, ends as
 * 'failed' with its error, visible, and can be retried with a new request.
 */
import type { AppContext } from '../app/context.js';
import type { Executor } from '../db/database.js';
import { SYSTEM_ACTOR, recordAudit } from '../audit/record-audit.js';
import { publishLive, type LiveEvent } from '../live/live-events.js';
import type { Channel } from '../db/schema.js';
import { toChannelAccount } from './channel-account.js';
import { setChannelHealth, setChannelThrottled } from './channel-health.js';
import { enqueuePerformAction } from './channel.jobs.js';
import { ChannelError, type MediaAttachment, type OutboundRequest, type OutboundResult } from './channel.js';
import * as repo from './channels.repository.js';
import { replyCompleted, replyRetrying, replySending } from '../replies/reply-delivery.js';
import { moderationActionCompleted, moderationActionRetrying } from '../moderation/moderation-delivery.js';
import { publishVariantCompleted, publishVariantRetrying } from '../publishing/sending/publish-completion.js';

export type PerformDeps = Pick<AppContext, 'db' | 'secrets' | 'channels'>;

export type ActionRow = NonNullable<Awaited<ReturnType<typeof repo.findOutboundActionById>>>;

export async function performAction(
  deps: PerformDeps,
  actionId: string,
  job: { attempt: number; maxAttempts: number },
): Promise<void> {
  const action = await repo.findOutboundActionById(deps.db, actionId);
  // 'sending' is a run that crashed mid-call: the same idempotency key makes the retry safe.
  if (!action || (action.status !== 'queued' && action.status !== 'sending')) return; // done already
  const channel = await repo.findChannelById(deps.db, action.channel_id);
  if (!isConnected(channel)) {
    await finish(
      deps,
      action,
      { status: 'failed', error: 'The channel was disconnected before this could be sent.' },
      null,
    );
    return;
  }
  // The network asked us to wait (a rate limit seen by another action or the poll): do not call it now.
  if (isThrottled(channel)) {
    await deferAction(deps, action, channel, channel.throttled_until, null);
    return;
  }
  const claimed = await deps.db.transaction().execute(async (trx) => {
    const attempt = await repo.recordActionAttempt(trx, action.id);
    if (attempt && !isPublish(action)) await replySending(trx, action.id); // a reply of ours shows 'sending' too
    return attempt;
  });
  if (!claimed) return;
  await performClaimedAction(deps, action, channel, job);
}

const isConnected = (channel: Channel | undefined): channel is Channel => !!channel && !channel.disconnected_at;
// A second's slack: a wait that is about over is not worth a round trip through the queue.
const isThrottled = (channel: Channel): channel is Channel & { throttled_until: Date } =>
  !!channel.throttled_until && channel.throttled_until.getTime() > Date.now() + 1000;

/** Whether performClaimedAction may call the channel now; else performAction fails or defers the action. */
export const canCallNow = (channel: Channel | undefined): channel is Channel =>
  isConnected(channel) && !isThrottled(channel);

/**
 * The platform call and its outcome, for an action already claimed (status 'sending', the attempt
 * counted) on a channel that canCallNow: performAction's own claim, or publishing's, which
 * records the action claimed in the transaction that marks the variant sending (fewer round trips
 * when 10,000 posts are due at once).
 */
export async function performClaimedAction(
  deps: PerformDeps,
  action: ActionRow,
  channel: Channel,
  job: { attempt: number; maxAttempts: number },
): Promise<void> {
  let result: OutboundResult;
  try {
    const adapter = deps.channels.get(channel.kind);
    result = await adapter.perform(toChannelAccount(channel, deps.secrets), toRequest(action));
  } catch (error) {
    const channelError = error instanceof ChannelError ? error : null;
    const message = channelError ? channelError.message : `Unexpected error: ${(error as Error).message}`;
    const retryAfterMs = channelError?.retryable ? channelError.options.retryAfterMs : undefined;
    if (retryAfterMs !== undefined) {
      // A rate limit is not a failure: wait as long as the network says, without using up an attempt.
      const until = new Date(Date.now() + Math.min(Math.max(retryAfterMs, 1000), MAX_RATE_LIMIT_WAIT_MS));
      await deferAction(deps, action, channel, until, message);
      return;
    }
    const retry = (channelError?.retryable ?? true) && job.attempt < job.maxAttempts;
    if (retry) {
      await deps.db.transaction().execute(async (trx) => {
        await repo.recordActionError(trx, action.id, message);
        await retryingHooks(trx, action, message);
        if (channelError?.options.unhealthy) await setChannelHealth(trx, channel, 'unhealthy', message);
        // Still queued, but the desk shows the attempt and its error.
        await publishLive(trx, {
          workspaceId: action.workspace_id,
          type: 'outbound_action.updated',
          subjectId: action.id,
          data: { channelId: action.channel_id, status: 'queued' },
        });
      });
      throw error; // graphile-worker tries again with exponential backoff
    }
    await finish(
      deps,
      action,
      { status: 'failed', error: message },
      channelError?.options.unhealthy ? { channel, reason: message } : null,
    );
    return;
  }
  await finish(deps, action, { status: 'sent', platformId: result.platformId }, null);
  if (channel.throttled_until) await setChannelThrottled(deps.db, channel, null); // the network lets us through again
}

const MAX_RATE_LIMIT_WAIT_MS = 24 * 3600_000;

const hhmm = (d: Date) => d.toISOString().slice(11, 16);

/**
 * Puts the action back in the queue until `until`: the row shows why and when (next_attempt_at),
 * the channel shows it is throttled, and a fresh job runs then (this one ends without an error, so
 * graphile-worker's attempts are not used up). `rateLimited` is the network's message, if it just
 * refused this call (the attempt it counted is given back).
 */
async function deferAction(
  deps: PerformDeps,
  action: ActionRow,
  channel: Channel,
  until: Date,
  rateLimited: string | null,
) {
  const error = `Rate limited by the network; trying again at ${hhmm(until)} UTC.${rateLimited ? ` (${rateLimited})` : ''}`;
  await deps.db.transaction().execute(async (trx) => {
    const deferred = await repo.deferAction(trx, action.id, {
      error,
      nextAttemptAt: until,
      giveBackAttempt: !!rateLimited,
    });
    if (!deferred) return; // finished meanwhile
    await retryingHooks(trx, action, error);
    await setChannelThrottled(trx, channel, until);
    await enqueuePerformAction(trx, { workspaceId: action.workspace_id, actionId: action.id }, { runAt: until });
    await publishLive(trx, {
      workspaceId: action.workspace_id,
      type: 'outbound_action.updated',
      subjectId: action.id,
      data: { channelId: action.channel_id, status: 'queued' },
    });
  });
}

async function finish(
  deps: PerformDeps,
  action: ActionRow,
  outcome: { status: 'sent'; platformId: string } | { status: 'failed'; error: string },
  unhealthy: { channel: Channel; reason: string } | null,
) {
  await deps.db.transaction().execute(async (trx) => {
    const updated = await repo.completeAction(trx, action.id, outcome);
    if (!updated) return; // another run finished it first
    const event: LiveEvent = {
      workspaceId: action.workspace_id,
      type: 'outbound_action.updated',
      subjectId: action.id,
      data: { channelId: action.channel_id, status: outcome.status },
    };
    if (unhealthy) await setChannelHealth(trx, unhealthy.channel, 'unhealthy', unhealthy.reason);
    // A post's variant audits the outcome itself (with the action id): one entry per send, not two;
    // it publishes our event with its own, in one statement.
    if (isPublish(action) && (await publishVariantCompleted(trx, action.id, outcome, [event]))) return;
    await publishLive(trx, event);
    if (!isPublish(action)) {
      await replyCompleted(trx, action.id, outcome);
      await moderationActionCompleted(trx, action.id, outcome); // a warning can be a reply
    }
    // The entry joins the audit chain at commit (a deferred trigger); last by habit, not by need.
    await recordAudit(trx, {
      workspaceId: action.workspace_id,
      actor: SYSTEM_ACTOR,
      action: outcome.status === 'sent' ? 'outbound_action.sent' : 'outbound_action.failed',
      subject: { type: 'outbound_action', id: action.id },
      data: {
        channelId: action.channel_id,
        kind: action.kind,
        ...(outcome.status === 'sent' ? { platformId: outcome.platformId } : { error: outcome.error }),
      },
    });
  });
}

/** A post of ours is followed by its variant only; anything else by a reply and/or a moderation action. */
const isPublish = (action: ActionRow) => action.kind === 'publish';

async function retryingHooks(trx: Executor, action: ActionRow, error: string) {
  if (isPublish(action)) return publishVariantRetrying(trx, action.id, error);
  await replyRetrying(trx, action.id, error);
  await moderationActionRetrying(trx, action.id, error);
}

/** The stored action as the adapter's request; the action id is the idempotency key. */
function toRequest(action: ActionRow): OutboundRequest {
  const params = (action.params ?? {}) as {
    recipientPlatformId?: string;
    authorPlatformId?: string;
    media?: MediaAttachment[];
  };
  const idempotencyKey = action.id;
  const target = action.target_platform_id ?? '';
  const text = action.body ?? '';
  switch (action.kind) {
    case 'publicReply':
      return { action: 'publicReply', targetPlatformId: target, text, idempotencyKey };
    case 'privateReply':
      return {
        action: 'privateReply',
        targetPlatformId: target,
        recipientPlatformId: params.recipientPlatformId ?? '',
        text,
        idempotencyKey,
      };
    case 'publish':
      return { action: 'publish', text, idempotencyKey, ...(params.media?.length ? { media: params.media } : {}) };
    case 'hide':
    case 'unhide':
    case 'delete':
      return { action: action.kind, targetPlatformId: target, idempotencyKey };
    case 'block':
    case 'unblock':
    case 'mute':
    case 'unmute':
    case 'ban':
    case 'authorizeFollow':
    case 'rejectFollow':
      return { action: action.kind, authorPlatformId: params.authorPlatformId ?? '', idempotencyKey };
    case 'report':
      return { action: 'report', targetPlatformId: target, reason: text, idempotencyKey };
    default:
      throw new ChannelError(`Unknown action "${action.kind}".`, false);
  }
}
