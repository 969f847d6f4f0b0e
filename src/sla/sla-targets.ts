/**
 * Due times of a conversation's response targets under its SLA policy, and which policy applies.
 * Pure: the callers load the policy and schedule (loadSlaContext) and store the results.
 */
import type { BusinessCalendar } from './business-calendar.js';
import { addBusinessTime } from './business-hours.js';
import { alwaysOpenSchedule, type BusinessSchedule } from './schedule.js';

const MINUTE = 60_000;

export interface SlaTargetsInput {
  policy: {
    firstResponseMinutes: number;
    nextResponseMinutes: number;
    resolutionMinutes: number | null;
    businessHoursOnly: boolean;
  };
  schedule: BusinessSchedule;
  /** The schedule's precomputed open spans, when many due times are worked out at once. */
  calendar?: BusinessCalendar;
}

/** The clock a policy's targets run on: the business hours, or around the clock (same zone). */
export function policyClock(input: SlaTargetsInput): BusinessSchedule {
  return input.policy.businessHoursOnly ? input.schedule : alwaysOpenSchedule(input.schedule.timeZone);
}

/** Business time on the schedule, or real time for a 24/7 policy (a threat on Saturday can't wait). */
function addPolicyTime(input: SlaTargetsInput, start: Date, ms: number): Date {
  if (!input.policy.businessHoursOnly) return new Date(start.getTime() + ms);
  return input.calendar ? input.calendar.addBusinessTime(start, ms) : addBusinessTime(input.schedule, start, ms);
}

export function firstResponseDue(input: SlaTargetsInput, receivedAt: Date): Date {
  return addPolicyTime(input, receivedAt, input.policy.firstResponseMinutes * MINUTE);
}

export function nextResponseDue(input: SlaTargetsInput, awaitingSince: Date): Date {
  return addPolicyTime(input, awaitingSince, input.policy.nextResponseMinutes * MINUTE);
}

/**
 * The resolution deadline; `pausedMs` is the time (on the policy's clock) the conversation spent
 * waiting on the author, which pushes the deadline out. Null when the policy has no resolution target.
 */
export function resolutionDue(input: SlaTargetsInput, openedAt: Date, pausedMs: number): Date | null {
  if (input.policy.resolutionMinutes === null) return null;
  return addPolicyTime(input, openedAt, input.policy.resolutionMinutes * MINUTE + Math.max(0, pausedMs));
}

/**
 * The first enabled policy by position whose conditions all match; a null (or empty) condition matches
 * everything. An item without a sentiment matches only policies without a sentiment condition.
 */
export function pickPolicy<
  P extends {
    enabled: boolean;
    channel_id: string | null;
    severities: string[] | null;
    sentiments: string[] | null;
    position: number;
  },
>(policies: P[], item: { channelId: string; severity: string; sentiment: string | null }): P | null {
  const ordered = policies
    .map((policy, index) => ({ policy, index }))
    .sort((a, b) => a.policy.position - b.policy.position || a.index - b.index);
  for (const { policy } of ordered) {
    if (!policy.enabled) continue;
    if (policy.channel_id !== null && policy.channel_id !== item.channelId) continue;
    if (hasCondition(policy.severities) && !policy.severities.includes(item.severity)) continue;
    if (hasCondition(policy.sentiments) && (item.sentiment === null || !policy.sentiments.includes(item.sentiment))) {
      continue;
    }
    return policy;
  }
  return null;
}

function hasCondition(values: string[] | null): values is string[] {
  return values !== null && values.length > 0;
}
