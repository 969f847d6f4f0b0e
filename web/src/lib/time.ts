/**
 * Times are shown in the WORKSPACE's time zone (not the browser's), so a team spread over
 * countries sees the same clock. Relative time ("3 minutes ago") is added for recent moments.
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** "23 Nov 2025, 14:03" in the workspace's zone; today's times without the date. */
export function formatDateTime(iso: string, locale: string, timeZone: string, now = new Date()): string {
  const date = new Date(iso);
  const sameDay =
    dateTimeFormat(locale, timeZone, { dateStyle: 'short' }).format(date) ===
    dateTimeFormat(locale, timeZone, { dateStyle: 'short' }).format(now);
  return sameDay
    ? dateTimeFormat(locale, timeZone, { timeStyle: 'short' }).format(date)
    : dateTimeFormat(locale, timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The full moment with the zone's name, for tooltips. */
export function formatFull(iso: string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, timeZone, { dateStyle: 'full', timeStyle: 'long' }).format(new Date(iso));
}

export function formatDate(iso: string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, timeZone, { dateStyle: 'medium' }).format(new Date(iso));
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "just now", "3 minutes ago", "in 2 days" in the given language. */
export function formatRelative(iso: string, locale: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(seconds) < 10) return format.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(seconds, 'second');
}
