/**
 * Live updates of one workspace over server-sent events. Each event names what changed; we
 * invalidate the matching queries and TanStack Query refetches what is on screen. Bursts are
 * coalesced. The browser reconnects by itself after a dropped connection; when it gives up (the
 * server answered with an error) we retry with backoff. After any reconnect everything of the
 * workspace is refetched, since events sent while we were away are lost.
 */
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { meKey } from '../auth/auth.api';
import { channelKeys } from '../channels/channels.api';
import { handleInboxEvent, INBOX_EVENT_TYPES } from '../inbox/inbox.live';
import { handleModerationEvent, MODERATION_EVENT_TYPES } from '../moderation/moderation.live';
import { notificationKeys } from '../notifications/notifications.api';

export type LiveState = 'connecting' | 'open' | 'offline';

interface LiveEventData {
  workspaceId: string;
  type: string;
  subjectId?: string;
  data?: { channelId?: string; status?: string };
}

export function useWorkspaceEvents(workspaceId: string | null): LiveState {
  const client = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');

  useEffect(() => {
    if (!workspaceId) return;
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let wasOpen = false;
    let stopped = false;
    const pending = new Map<string, QueryKey>();

    const flush = () => {
      flushTimer = undefined;
      for (const queryKey of pending.values()) void client.invalidateQueries({ queryKey });
      pending.clear();
    };
    const invalidate = (queryKey: QueryKey) => {
      pending.set(JSON.stringify(queryKey), queryKey);
      flushTimer ??= setTimeout(flush, 150);
    };
    const on = (type: string, handle: (event: LiveEventData) => void) =>
      source!.addEventListener(type, (message) => {
        try {
          handle(JSON.parse((message as MessageEvent<string>).data) as LiveEventData);
        } catch {
          invalidate(['ws', workspaceId]); // unreadable event: refresh everything rather than miss it
        }
      });

    const connect = () => {
      setState('connecting');
      source = new EventSource(`/api/workspaces/${workspaceId}/events`, { withCredentials: true });
      source.onopen = () => {
        if (wasOpen || failures > 0) invalidate(['ws', workspaceId]);
        wasOpen = true;
        failures = 0;
        setState('open');
      };
      source.onerror = () => {
        if (stopped) return;
        setState('offline');
        if (source?.readyState === EventSource.CLOSED) {
          // The browser gave up; maybe the session ended: re-check who we are, then retry.
          source.close();
          failures++;
          void client.invalidateQueries({ queryKey: meKey });
          retryTimer = setTimeout(connect, Math.min(30_000, 1_000 * 2 ** Math.min(failures, 5)));
        }
      };
      on('inbound_item.created', (event) => {
        if (event.data?.channelId) invalidate(channelKeys.items(workspaceId, event.data.channelId));
        invalidate(channelKeys.list(workspaceId)); // stats
      });
      on('channel.updated', (event) => {
        invalidate(channelKeys.list(workspaceId));
        if (event.subjectId) invalidate(channelKeys.detail(workspaceId, event.subjectId));
      });
      // Addressed to some members (data.userIds); refetching our own list is cheap, so no filter.
      on('notification.created', () => invalidate(notificationKeys.list(workspaceId)));
      // Conversations, items, reviews and presence: see inbox.live.ts.
      for (const type of INBOX_EVENT_TYPES) on(type, (event) => handleInboxEvent(workspaceId, event, invalidate));
      // The moderation queue, its entries, evidence and police reports: see moderation.live.ts.
      for (const type of MODERATION_EVENT_TYPES) on(type, () => handleModerationEvent(workspaceId, invalidate));
      // A post moved, was held, published or failed: the calendar and open posts refetch.
      on('post.updated', () => invalidate(['ws', workspaceId, 'publishing']));
      on('outbound_action.updated', (event) => {
        if (event.data?.channelId) invalidate(channelKeys.actions(workspaceId, event.data.channelId));
        invalidate(channelKeys.list(workspaceId));
      });
    };

    connect();
    return () => {
      stopped = true;
      source?.close();
      clearTimeout(retryTimer);
      clearTimeout(flushTimer);
      flush();
    };
  }, [workspaceId, client]);

  return workspaceId ? state : 'connecting';
}
