import { describe, expect, it, vi } from 'vitest';
import { handleInboxEvent, PRESENCE_TTL_MS, presenceSnapshot, receivePresence } from './inbox.live';

describe('inbox live events', () => {
  it('refetches the inbox on conversation and item events', () => {
    const invalidate = vi.fn();
    handleInboxEvent('w1', { type: 'item.created', subjectId: 'i1' }, invalidate);
    expect(invalidate).toHaveBeenCalledWith(['ws', 'w1', 'inbox']);
  });

  it('keeps presence per conversation and person, replacing older entries', () => {
    const invalidate = vi.fn();
    handleInboxEvent(
      'w1',
      { type: 'presence', data: { conversationId: 'c1', userId: 'u1', name: 'Anna', typing: false } },
      invalidate,
    );
    receivePresence({ conversationId: 'c1', userId: 'u1', name: 'Anna', typing: true });
    const mine = presenceSnapshot().filter((e) => e.conversationId === 'c1');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ name: 'Anna', typing: true });
    expect(invalidate).not.toHaveBeenCalled();
    expect(PRESENCE_TTL_MS).toBe(15_000);
  });

  it('ignores presence without ids', () => {
    const before = presenceSnapshot().length;
    receivePresence({ name: 'Nobody' });
    expect(presenceSnapshot()).toHaveLength(before);
  });
});
