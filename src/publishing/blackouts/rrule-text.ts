/** Reading and writing RFC 5545 RRULE values (the subset recurrence.ts expands), with messages a person understands. */

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

export interface RecurrenceRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  count?: number;
  until?: Date;
  byMonth?: number[];
  /** Negative = counted from the month's end (-1 = the last day). */
  byMonthDay?: number[];
  byDay?: Array<{ weekday: Weekday; ordinal?: number }>;
  bySetPos?: number[];
  byHour?: number[];
  byMinute?: number[];
}

export class RecurrenceError extends Error {
  override name = 'RecurrenceError';
}

const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const UNTIL = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/;

function integers(key: string, value: string, min: number, max: number, allowNegative = false): number[] {
  return value.split(',').map((part) => {
    const number = /^[+-]?\d+$/.test(part) ? Number(part) : NaN;
    const magnitude = Math.abs(number);
    const ok =
      Number.isInteger(number) &&
      (allowNegative ? magnitude >= min && magnitude <= max && number !== 0 : number >= min && number <= max);
    if (!ok) {
      const range = allowNegative ? `${min}…${max} or -${max}…-${min}` : `${min}…${max}`;
      throw new RecurrenceError(`${key}=${part} is not valid: use a whole number in ${range}`);
    }
    return number;
  });
}

function parseUntil(value: string): Date {
  const match = UNTIL.exec(value);
  if (!match) throw new RecurrenceError(`UNTIL=${value} is not a date: use YYYYMMDD or YYYYMMDDTHHMMSSZ (UTC)`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // A date alone includes that whole day.
  const [hour, minute, second] = match[4] ? [Number(match[4]), Number(match[5]), Number(match[6])] : [23, 59, 59];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    throw new RecurrenceError(`UNTIL=${value} is not a real date`);
  }
  return date;
}

function parseByDay(value: string, freq: RecurrenceRule['freq']): NonNullable<RecurrenceRule['byDay']> {
  return value.split(',').map((part) => {
    const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(part);
    const weekday = match?.[2] as Weekday | undefined;
    if (!match || !weekday || !WEEKDAYS.includes(weekday)) {
      throw new RecurrenceError(`BYDAY=${part} is not a weekday (use MO, TU, WE, TH, FR, SA or SU, e.g. 2SU or -1FR)`);
    }
    if (match[1] === undefined) return { weekday };
    const ordinal = Number(match[1]);
    if (ordinal === 0 || Math.abs(ordinal) > 53)
      throw new RecurrenceError(`BYDAY=${part}: the number must be 1…53 or -1…-53`);
    if (freq !== 'MONTHLY' && freq !== 'YEARLY') {
      throw new RecurrenceError(`BYDAY=${part} with a number only works with FREQ=MONTHLY or FREQ=YEARLY`);
    }
    return { weekday, ordinal };
  });
}

/** Parses an RRULE value such as "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4" (an "RRULE:" prefix is allowed). */
export function parseRRuleText(value: string): RecurrenceRule {
  const text = value.trim().replace(/^RRULE:/i, '');
  if (text === '') throw new RecurrenceError('The repeat rule is empty');
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const [key, partValue, ...rest] = part.split('=');
    if (!key || partValue === undefined || partValue === '' || rest.length > 0) {
      throw new RecurrenceError(`"${part}" is not a KEY=VALUE part of a repeat rule`);
    }
    const upperKey = key.toUpperCase();
    if (parts.has(upperKey)) throw new RecurrenceError(`${upperKey} appears twice in the repeat rule`);
    parts.set(upperKey, partValue.toUpperCase());
  }
  const freqText = parts.get('FREQ');
  if (!freqText) throw new RecurrenceError('The repeat rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY)');
  const freq = FREQS.find((candidate) => candidate === freqText);
  if (!freq) throw new RecurrenceError(`FREQ=${freqText} is not supported: use DAILY, WEEKLY, MONTHLY or YEARLY`);
  const rule: RecurrenceRule = { freq, interval: 1 };
  for (const [key, partValue] of parts) {
    switch (key) {
      case 'FREQ':
        break;
      case 'INTERVAL':
        rule.interval = integers(key, partValue, 1, 1000)[0]!;
        break;
      case 'COUNT':
        rule.count = integers(key, partValue, 1, 100_000)[0]!;
        break;
      case 'UNTIL':
        rule.until = parseUntil(partValue);
        break;
      case 'BYMONTH':
        rule.byMonth = integers(key, partValue, 1, 12);
        break;
      case 'BYMONTHDAY':
        if (freq === 'WEEKLY') throw new RecurrenceError('BYMONTHDAY cannot be combined with FREQ=WEEKLY');
        rule.byMonthDay = integers(key, partValue, 1, 31, true);
        break;
      case 'BYDAY':
        rule.byDay = parseByDay(partValue, freq);
        break;
      case 'BYSETPOS':
        rule.bySetPos = integers(key, partValue, 1, 366, true);
        break;
      case 'BYHOUR':
        rule.byHour = integers(key, partValue, 0, 23);
        break;
      case 'BYMINUTE':
        rule.byMinute = integers(key, partValue, 0, 59);
        break;
      case 'WKST':
        if (partValue !== 'MO') throw new RecurrenceError('Only weeks starting on Monday (WKST=MO) are supported');
        break;
      default:
        throw new RecurrenceError(`${key} is not supported in a repeat rule`);
    }
  }
  if (rule.count !== undefined && rule.until) throw new RecurrenceError('Use COUNT or UNTIL, not both');
  // Keeps expansion cheap: a blackout rule needs a handful of start times a day, not every minute.
  if ((rule.byHour?.length ?? 1) * (rule.byMinute?.length ?? 1) > 96) {
    throw new RecurrenceError('BYHOUR × BYMINUTE give more than 96 start times a day; use a longer window instead');
  }
  if (rule.bySetPos && !rule.byDay && !rule.byMonthDay && !rule.byMonth && !rule.byHour && !rule.byMinute) {
    throw new RecurrenceError('BYSETPOS needs another BY… part to choose from');
  }
  return rule;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

function formatUntil(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** The RRULE value of a rule (parseRRule(formatRRule(rule)) gives the rule back). */
export function formatRRule(rule: RecurrenceRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until) parts.push(`UNTIL=${formatUntil(rule.until)}`);
  if (rule.byMonth) parts.push(`BYMONTH=${rule.byMonth.join(',')}`);
  if (rule.byMonthDay) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.byDay) parts.push(`BYDAY=${rule.byDay.map((day) => `${day.ordinal ?? ''}${day.weekday}`).join(',')}`);
  if (rule.bySetPos) parts.push(`BYSETPOS=${rule.bySetPos.join(',')}`);
  if (rule.byHour) parts.push(`BYHOUR=${rule.byHour.join(',')}`);
  if (rule.byMinute) parts.push(`BYMINUTE=${rule.byMinute.join(',')}`);
  return parts.join(';');
}
