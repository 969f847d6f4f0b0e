/** What live events mean for moderation: the queue, entries, evidence and reports are refetched together. */
import type { QueryKey } from '@tanstack/react-query';
import { moderationKeys } from './moderation.api';

/** The event types useWorkspaceEvents listens to on behalf of moderation. */
export const MODERATION_EVENT_TYPES = ['moderation.updated'] as const;

export function handleModerationEvent(workspaceId: string, invalidate: (queryKey: QueryKey) => void): void {
  invalidate(moderationKeys.all(workspaceId));
}
