/** Formatting helpers for the calendar, in the workspace's zone and the reader's language. */
import { formatClock, zonedParts } from './zoned-grid';

export function clockAt(iso: string, timeZone: string): string {
  return formatClock(zonedParts(Date.parse(iso), timeZone));
}

const cache = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/** A civil day 'YYYY-MM-DD' in words ("Mon 4 May"), independent of any zone. */
export function dayLabel(day: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  return format(locale, options).format(new Date(`${day}T12:00:00Z`));
}
