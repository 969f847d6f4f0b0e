/** The review queue's shapes (GET /reviews). */
import type { Item, Sentiment, Severity } from '../inbox/inbox.types';

export interface ReviewQueueEntry {
  item: Item & { conversationId: string };
  conversation: {
    id: string;
    channelId: string;
    channelName: string;
    channelKind: string;
    kind: 'public' | 'private';
    status: string;
    language: string | null;
    sentiment: Sentiment | null;
    severity: Severity | null;
    preview: string;
    author: { id: string; handle: string; name: string | null } | null;
  };
  replyTo: {
    id: string;
    text: string | null;
    authorHandle: string | null;
    occurredAt: string | null;
    sentiment: Sentiment | null;
  } | null;
}

export interface ReviewDecision {
  decision: 'approve' | 'reject';
  text?: string;
  comment?: string;
}
