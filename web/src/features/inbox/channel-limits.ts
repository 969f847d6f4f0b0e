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

/**
 * Far from the deadline, days as people say them (6 days 23 hours → "7 days"); in the last two days,
 * whole hours (at least 1), so the time left is never overstated when it matters.
 */
export function privateReplyWindow(until: string, now: number): PrivateReplyWindow {
  const left = Date.parse(until) - now;
  if (!(left > 0)) return { state: 'closed' };
  if (left >= 2 * DAY) return { state: 'open', days: Math.round(left / DAY), hours: 0 };
  return { state: 'open', days: 0, hours: Math.max(1, Math.floor(left / HOUR)) };
}
