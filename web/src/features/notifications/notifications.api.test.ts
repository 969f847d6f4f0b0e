import { describe, expect, it } from 'vitest';
import { conversationPath } from './notifications.api';

describe('notification links', () => {
  it('open the conversation on the inbox route that InboxPage reads (/inbox/:conversationId)', () => {
    expect(conversationPath('ws1', 'c-42')).toBe('/w/ws1/inbox/c-42');
  });
});
