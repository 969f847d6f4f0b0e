import { describe, expect, it } from 'vitest';
import {
  actorName,
  channelName,
  detail,
  isChannelKind,
  linkTarget,
  normaliseKind,
  postTitle,
  slaTarget,
} from './describe-notification';
import type { AppNotification } from './notifications.types';

const n = (kind: string, data: Record<string, unknown> = {}): AppNotification => ({
  id: '1',
  kind,
  conversationId: 'c',
  data,
  createdAt: '2026-01-01T00:00:00Z',
  readAt: null,
});

describe('notification texts', () => {
  it('reads the kinds the server sends, in either spelling', () => {
    expect(normaliseKind('sla.warning')).toBe('sla.warning');
    expect(normaliseKind('sla.breached')).toBe('sla.breached');
    expect(normaliseKind('mention')).toBe('mention');
    expect(normaliseKind('reply.rejected')).toBe('reply.rejected');
    expect(normaliseKind('reply.approved')).toBe('reply.approved');
    expect(normaliseKind('review_requested')).toBe('review.requested');
    expect(normaliseKind('conversation.assigned')).toBe('assigned');
    expect(normaliseKind('something.new')).toBe('other');
  });
  it('finds the actor and the detail line in the data', () => {
    expect(actorName(n('mention', { byName: 'Erik' }))).toBe('Erik');
    expect(actorName(n('reply.rejected', { reviewerName: 'Sara', comment: 'Too stiff' }))).toBe('Sara');
    expect(detail(n('reply.rejected', { reviewerName: 'Sara', comment: 'Too stiff' }))).toBe('Too stiff');
    expect(actorName(n('sla.warning'))).toBeNull();
  });
  it('accepts only real SLA targets', () => {
    expect(slaTarget(n('sla.warning', { target: 'first_response' }))).toBe('first_response');
    expect(slaTarget(n('sla.warning', { target: '<script>' }))).toBeNull();
  });
  it('reads channel health notifications: the channel, the reason, and that they are about a channel', () => {
    const down = n('channel.unhealthy', {
      channelId: 'ch1',
      channelName: 'Ekeby on Bluesky',
      kind: 'bluesky',
      reason: 'Bluesky rejected the app password.',
    });
    expect(normaliseKind(down.kind)).toBe('channel.unhealthy');
    expect(normaliseKind('channel_recovered')).toBe('channel.recovered');
    expect(channelName(down)).toBe('Ekeby on Bluesky');
    expect(detail(down)).toBe('Bluesky rejected the app password.');
    expect(isChannelKind('channel.unhealthy')).toBe(true);
    expect(isChannelKind('channel.recovered')).toBe(true);
    expect(isChannelKind('mention')).toBe(false);
  });

  it('reads publishing notifications: failed, held for a new approval, waiting for review', () => {
    const failed = n('publishing.failed', {
      postId: 'p1',
      title: 'Gesloten',
      channelId: 'ch1',
      reason: 'The sandbox network refused the request (simulated failure).',
      link: '/w/ws1/publishing/posts/p1',
    });
    expect(normaliseKind(failed.kind)).toBe('publishing.failed');
    expect(postTitle(failed)).toBe('Gesloten');
    expect(detail(failed)).toBe('The sandbox network refused the request (simulated failure).');
    expect(isChannelKind('publishing.failed')).toBe(false);
    expect(normaliseKind('publishing.held')).toBe('publishing.held');
    // Not an approved reply, although the kind contains "approv".
    expect(normaliseKind('post.held_for_reapproval')).toBe('publishing.held');
    // Not a reply to review.
    expect(normaliseKind('post.review_requested')).toBe('publishing.review');
    expect(normaliseKind('publishing.something_new')).toBe('other');
    expect(postTitle(n('publishing.failed', { title: '  ' }))).toBeNull();
  });
  it('follows a link only to a plain path inside the same workspace', () => {
    const link = (value: unknown) => linkTarget(n('publishing.failed', { link: value }), 'ws1');
    expect(link('/w/ws1/publishing/posts/0b7c1f0e-3c8e-4a53-9a52-1f4d2c6b7a10')).toBe(
      '/w/ws1/publishing/posts/0b7c1f0e-3c8e-4a53-9a52-1f4d2c6b7a10',
    );
    expect(link('/w/ws2/publishing/posts/p1')).toBeNull();
    expect(link('/w/ws1x/publishing/posts/p1')).toBeNull();
    expect(link('/w/ws1/')).toBeNull();
    expect(link('/w/ws1/../ws2/publishing')).toBeNull();
    expect(link('/w/ws1//evil.example/x')).toBeNull();
    expect(link('/w/ws1/publishing?next=https://evil.example')).toBeNull();
    expect(link('/w/ws1/publishing#x')).toBeNull();
    expect(link('/w/ws1/a\\b')).toBeNull();
    expect(link('https://evil.example/w/ws1/publishing')).toBeNull();
    expect(link('//evil.example/w/ws1/publishing')).toBeNull();
    expect(link('javascript:alert(1)')).toBeNull();
    expect(link(42)).toBeNull();
    expect(link(undefined)).toBeNull();
  });
});
