/**
 * Outbound actions on Mastodon. Posts carry the action id as `Idempotency-Key`: Mastodon keeps the
 * answer to a key for an hour and hands back the same status on a repeat, so a job retried after a
 * crash or a timeout posts once. Replies start with the @mention of the person answered (Mastodon
 * delivers a reply only to whom it mentions) and keep the visibility of what they answer.
 */
import type { mastodon } from 'masto';
import { ChannelError, type MediaAttachment, type OutboundRequest, type OutboundResult } from '../channel.js';
import { MastodonError, type MastodonSession } from './mastodon-client.js';

export const HIDE_REASON = 'Mastodon cannot hide a reply from someone else.';
export const BAN_REASON =
  'Mastodon has no ban from an account’s posts; block the account instead (only the server’s moderators can suspend it).';

/** Mastodon's report comment is at most 1000 characters. */
const REPORT_COMMENT_MAX = 1000;

export async function performOnMastodon(
  s: MastodonSession,
  request: OutboundRequest,
  ownAccountId: () => Promise<string>,
): Promise<OutboundResult> {
  const idempotent = { requestInit: { headers: { 'Idempotency-Key': request.idempotencyKey } } };
  switch (request.action) {
    case 'publicReply': {
      const target = await fetchStatus(s, request.targetPlatformId, 'read the post to answer');
      const mention = target.account.id === (await ownAccountId()) ? null : target.account.acct;
      const status = await s.call('post the reply', () =>
        s.client.v1.statuses.create.$raw(
          { status: withMention(request.text, mention), inReplyToId: target.id, visibility: target.visibility },
          idempotent,
        ),
      );
      return { platformId: status.id, url: status.url ?? status.uri };
    }
    case 'privateReply': {
      const recipient = await s.call('look up the person to write to', () =>
        s.client.v1.accounts.$select(request.recipientPlatformId).fetch.$raw(),
      );
      const status = await s.call('send the private mention', () =>
        s.client.v1.statuses.create.$raw(
          {
            status: withMention(request.text, recipient.acct),
            inReplyToId: request.targetPlatformId || null,
            visibility: 'direct',
          },
          idempotent,
        ),
      );
      return { platformId: status.id, url: status.url ?? status.uri };
    }
    case 'publish':
      return publish(s, request, idempotent);
    case 'delete': {
      try {
        await s.call('delete the post', () => s.client.v1.statuses.$select(request.targetPlatformId).remove.$raw());
      } catch (error) {
        // Gone already (a retry after the delete went through, or removed on Mastodon): done.
        if (!(error instanceof MastodonError && error.status === 404)) throw error;
      }
      return { platformId: request.targetPlatformId };
    }
    case 'block':
    case 'unblock':
    case 'mute':
    case 'unmute': {
      const select = s.client.v1.accounts.$select(request.authorPlatformId);
      const call = { block: select.block, unblock: select.unblock, mute: select.mute, unmute: select.unmute }[
        request.action
      ];
      const relationship = await s.call(`${request.action} the account`, () => call.$raw());
      return { platformId: relationship.id };
    }
    case 'report': {
      const target = await fetchStatus(s, request.targetPlatformId, 'read the post to report');
      const report = await s.call('file the report', () =>
        s.client.v1.reports.create.$raw({
          accountId: target.account.id,
          statusIds: [target.id],
          comment: [...request.reason].slice(0, REPORT_COMMENT_MAX).join(''),
          category: 'other',
        }),
      );
      return { platformId: report.id };
    }
    case 'authorizeFollow':
    case 'rejectFollow': {
      const select = s.client.v1.followRequests.$select(request.authorPlatformId);
      const verb = request.action === 'authorizeFollow' ? 'accept' : 'decline';
      const relationship = await s.call(`${verb} the follow request`, () =>
        request.action === 'authorizeFollow' ? select.authorize.$raw() : select.reject.$raw(),
      );
      return { platformId: relationship.id };
    }
    case 'hide':
    case 'unhide':
      throw new ChannelError(HIDE_REASON, false);
    case 'ban':
      throw new ChannelError(BAN_REASON, false);
  }
}

async function publish(
  s: MastodonSession,
  request: Extract<OutboundRequest, { action: 'publish' }>,
  idempotent: { requestInit: { headers: Record<string, string> } },
): Promise<OutboundResult> {
  const mediaIds: string[] = [];
  for (const media of request.media ?? []) mediaIds.push(await upload(s, media));
  const base = mediaIds.length > 0 ? { status: request.text, mediaIds } : { status: request.text };
  if (request.scheduledAt) {
    const scheduledAt = request.scheduledAt.toISOString();
    const scheduled = await s.call('schedule the post', () =>
      s.client.v1.statuses.create.$raw({ ...base, visibility: 'public', scheduledAt }, idempotent),
    );
    return { platformId: scheduled.id };
  }
  const status = await s.call('publish the post', () =>
    s.client.v1.statuses.create.$raw({ ...base, visibility: 'public' }, idempotent),
  );
  return { platformId: status.id, url: status.url ?? status.uri };
}

/**
 * POST /api/v2/media. A small image comes back processed (200, url set); a large one is processed
 * in the background (202, url null) and must be ready before a status may carry it. masto would
 * always wait a second and poll; we poll only when Mastodon says it is still processing.
 */
async function upload(s: MastodonSession, media: MediaAttachment): Promise<string> {
  const file = new Blob([Buffer.from(media.dataBase64, 'base64')], { type: media.mimeType });
  let uploaded = await s.call('upload the image', () =>
    s.client.v2.media.create.$raw({ file, ...(media.alt ? { description: media.alt } : {}), skipPolling: true }),
  );
  for (let i = 0; !uploaded.url && i < MEDIA_POLLS; i++) {
    await new Promise((resolve) => setTimeout(resolve, MEDIA_POLL_MS));
    uploaded = await s.call('check the uploaded image', () => s.client.v1.media.$select(uploaded.id).fetch.$raw());
  }
  if (!uploaded.url) throw new ChannelError('Mastodon is still processing the image; trying again later.', true);
  return uploaded.id;
}

const MEDIA_POLLS = 30;
const MEDIA_POLL_MS = 1000;

function fetchStatus(s: MastodonSession, id: string, what: string): Promise<mastodon.v1.Status> {
  return s.call(what, () => s.client.v1.statuses.$select(id).fetch.$raw());
}

/** "@anna@example.social text", unless the text already starts by mentioning them. */
export function withMention(text: string, acct: string | null): string {
  if (!acct) return text;
  const mention = `@${acct}`;
  const first = text.trimStart().split(/\s/, 1)[0] ?? '';
  return first.toLowerCase() === mention.toLowerCase() ? text : `${mention} ${text}`;
}
