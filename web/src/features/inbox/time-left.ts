/** Time left until a conversation's next response target, and how urgent that looks. */
import type { SlaState } from './inbox.types';

export type TimeLeftTone = 'ok' | 'warning' | 'overdue';

/** Under this much time left a target turns amber even before the server's warning arrives. */
export const AMBER_MS = 30 * 60_000;

export function timeLeftTone(dueAt: string, slaState: SlaState, now: number): TimeLeftTone {
  const left = Date.parse(dueAt) - now;
  if (left <= 0 || slaState === 'breached') return 'overdue';
  if (left < AMBER_MS || slaState === 'warning') return 'warning';
  return 'ok';
}

/** Splits a duration into days, hours and minutes, rounded up to the minute (never "0 min" left). */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } {
  const total = Math.max(1, Math.ceil(Math.abs(ms) / 60_000));
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}
