import { describe, expect, it } from 'vitest';
import { actorName, channelName, detail, isChannelKind, normaliseKind, slaTarget } from './describe-notification';
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
});
