/**
 * What live events mean for the inbox: conversation and item changes refetch the inbox (lists,
 * counts, the open conversation); presence ("Anna is typing") is kept in a small in-memory store
 * with a 15-second lifetime, since clients repeat it every 10 seconds while a conversation is open.
 */
import type { QueryKey } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { inboxKeys } from './inbox.api';
import type { PresenceEntry } from './inbox.types';

export const PRESENCE_TTL_MS = 15_000;

interface InboxLiveEvent {
  type: string;
  subjectId?: string;
  data?: Record<string, unknown>;
}

/** The event types useWorkspaceEvents listens to on behalf of the inbox. */
export const INBOX_EVENT_TYPES = [
  'conversation.created',
  'conversation.updated',
  'conversations.changed',
  'item.created',
  'item.updated',
  'review.updated',
  'presence',
] as const;

export function handleInboxEvent(
  workspaceId: string,
  event: InboxLiveEvent,
  invalidate: (queryKey: QueryKey) => void,
): void {
  if (event.type === 'presence') {
    receivePresence(event.data);
    return;
  }
  if (event.type === 'review.updated') invalidate(inboxKeys.reviews(workspaceId));
  // Lists, counts and the open conversation: cheap enough to refetch together, and never stale.
  invalidate(inboxKeys.all(workspaceId));
  if (event.type.startsWith('item.')) invalidate(inboxKeys.reviews(workspaceId));
}

// --- presence store -------------------------------------------------------------------------

let entries: PresenceEntry[] = [];
const listeners = new Set<() => void>();
let sweepTimer: ReturnType<typeof setTimeout> | undefined;

function emit() {
  for (const listener of listeners) listener();
}

function sweep() {
  sweepTimer = undefined;
  const now = Date.now();
  const fresh = entries.filter((e) => now - e.at < PRESENCE_TTL_MS);
  if (fresh.length !== entries.length) {
    entries = fresh;
    emit();
  }
  if (entries.length > 0) sweepTimer = setTimeout(sweep, 1_000);
}

export function receivePresence(data: Record<string, unknown> | undefined, now = Date.now()): void {
  if (!data || typeof data.conversationId !== 'string' || typeof data.userId !== 'string') return;
  const entry: PresenceEntry = {
    conversationId: data.conversationId,
    userId: data.userId,
    name: typeof data.name === 'string' ? data.name : '',
    typing: data.typing === true,
    at: now,
  };
  entries = [
    ...entries.filter((e) => !(e.conversationId === entry.conversationId && e.userId === entry.userId)),
    entry,
  ];
  emit();
  sweepTimer ??= setTimeout(sweep, 1_000);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Colleagues (not me) who viewed or typed in this conversation within the last 15 seconds. */
export function usePresence(conversationId: string | undefined, myUserId: string): PresenceEntry[] {
  const all = useSyncExternalStore(subscribe, () => entries);
  return all.filter((e) => e.conversationId === conversationId && e.userId !== myUserId);
}

/** For tests. */
export function presenceSnapshot(): PresenceEntry[] {
  return entries;
}
