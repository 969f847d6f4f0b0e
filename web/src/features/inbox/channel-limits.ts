/** What a conversation's channel allows right now: which actions, and whether a private reply is still possible. */
import type { ChannelCapabilitiesSummary } from './inbox.types';

/** Null when the channel can do it (or we do not know); otherwise the network's reason, for the person to read. */
export function unsupportedReason(
  capabilities: ChannelCapabilitiesSummary | null | undefined,
  name: string,
): string | null {
  const capability = capabilities?.actions[name];
  if (!capability || capability.supported) return null;
  return capability.reason ?? '';
}

export type PrivateReplyWindow = { state: 'open'; days: number; hours: number } | { state: 'closed' };

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Whole days left (2 days and 5 hours → 2 days); under a day, whole hours (at least 1). */
export function privateReplyWindow(until: string, now: number): PrivateReplyWindow {
  const left = Date.parse(until) - now;
  if (!(left > 0)) return { state: 'closed' };
  const days = Math.floor(left / DAY);
  return { state: 'open', days, hours: days > 0 ? 0 : Math.max(1, Math.floor(left / HOUR)) };
}
