/**
 * Tells colleagues we have this conversation open: a presence ping every 10 seconds while it is
 * on screen, and at once when we start typing (then at most every 3 seconds). Failures are
 * ignored: presence is a courtesy, not data.
 */
import { useCallback, useEffect, useRef } from 'react';
import { sendPresence } from './inbox.api';

const HEARTBEAT_MS = 10_000;
const TYPING_THROTTLE_MS = 3_000;
const TYPING_WINDOW_MS = 6_000;

export function usePresenceHeartbeat(workspaceId: string, conversationId: string, enabled: boolean): () => void {
  const lastTypedAt = useRef(0);
  const lastTypingSentAt = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    const ping = () => {
      const typing = Date.now() - lastTypedAt.current < TYPING_WINDOW_MS;
      sendPresence(workspaceId, conversationId, typing).catch(() => undefined);
    };
    ping();
    const timer = setInterval(ping, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [workspaceId, conversationId, enabled]);

  return useCallback(() => {
    if (!enabled) return;
    const now = Date.now();
    lastTypedAt.current = now;
    if (now - lastTypingSentAt.current < TYPING_THROTTLE_MS) return;
    lastTypingSentAt.current = now;
    sendPresence(workspaceId, conversationId, true).catch(() => undefined);
  }, [workspaceId, conversationId, enabled]);
}
