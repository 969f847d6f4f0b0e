/**
 * Blackout recurrence rules (RFC 5545 RRULE, the subset the server accepts) in words for the common
 * cases ("every year on 4 May at 19:55, 10 minutes"), and the simple "repeat" choices of the form.
 * Month and weekday names come from Intl in the reader's language; the sentences from i18n.
 */
export type RepeatPreset = 'none' | 'yearly' | 'monthly' | 'weekly' | 'daily' | 'custom';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export function parseRuleParts(rrule: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const piece of rrule.replace(/^RRULE:/i, '').split(';')) {
    const [key, value] = piece.split('=');
    if (key && value) parts.set(key.trim().toUpperCase(), value.trim().toUpperCase());
  }
  return parts;
}

function splitLocal(startsLocal: string) {
  const [date = '', time = ''] = startsLocal.split('T');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day, time };
}

function weekdayOf(startsLocal: string): (typeof WEEKDAYS)[number] {
  const { year, month, day } = splitLocal(startsLocal);
  return WEEKDAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7]!;
}

/** The RRULE for a simple choice, anchored on the window's local start. */
export function ruleForPreset(preset: RepeatPreset, startsLocal: string): string | null {
  const { month, day } = splitLocal(startsLocal);
  switch (preset) {
    case 'yearly':
      return `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${day}`;
    case 'monthly':
      return `FREQ=MONTHLY;BYMONTHDAY=${day}`;
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${weekdayOf(startsLocal)}`;
    case 'daily':
      return 'FREQ=DAILY';
    default:
      return null;
  }
}

/** Which simple choice a stored rule is, or 'custom' (shown in the raw field). */
export function presetOfRule(rrule: string | null, startsLocal: string): RepeatPreset {
  if (!rrule) return 'none';
  const normal = [...parseRuleParts(rrule)].map(([k, v]) => `${k}=${v}`).join(';');
  for (const preset of ['yearly', 'monthly', 'weekly', 'daily'] as const)
    if (ruleForPreset(preset, startsLocal) === normal) return preset;
  return 'custom';
}

function monthName(month: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}

function weekdayName(code: string, locale: string): string {
  const index = WEEKDAYS.indexOf(code as (typeof WEEKDAYS)[number]);
  // 3 January 2000 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 3 + index)),
  );
}

function dayOfMonth(value: string, t: Translate): string {
  const n = Number(value);
  return n === -1 ? t('blackouts.words.lastDay') : t('blackouts.words.dayN', { day: n });
}

function byDayWords(value: string, locale: string, t: Translate): string | null {
  const days = value.split(',').map((entry) => /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(entry));
  if (days.some((match) => !match)) return null;
  return days
    .map((match) => {
      const name = weekdayName(match![2]!, locale);
      const ordinal = match![1] ? Number(match![1]) : null;
      if (ordinal === null) return name;
      if (![1, 2, 3, 4, -1].includes(ordinal)) return null;
      return t('blackouts.words.nthWeekday', { nth: t(`blackouts.words.ordinal.${ordinal}`), weekday: name });
    })
    .join(', ');
}

/** "Every year on 4 May at 19:55 (10 minutes)" — or null when the rule is too unusual for words. */
export function describeRecurrence(
  window: { startsLocal: string; durationMinutes: number; rrule: string | null },
  locale: string,
  t: Translate,
): string | null {
  const { year, month, day, time } = splitLocal(window.startsLocal);
  const duration = t('blackouts.words.duration', { count: window.durationMinutes });
  if (!window.rrule) {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, day)),
    );
    return t('blackouts.words.once', { date, time, duration });
  }
  const parts = parseRuleParts(window.rrule);
  const known = new Set(['FREQ', 'INTERVAL', 'BYMONTH', 'BYMONTHDAY', 'BYDAY', 'COUNT', 'UNTIL']);
  if ([...parts.keys()].some((key) => !known.has(key))) return null;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  const freq = parts.get('FREQ');
  const months = parts.get('BYMONTH')?.split(',').map(Number);
  const byMonthDay = parts.get('BYMONTHDAY');
  const byDay = parts.get('BYDAY');
  if (byMonthDay?.includes(',') || (months && months.length > 1)) return null;
  const dayWords = byDay ? byDayWords(byDay, locale, t) : null;
  if (byDay && !dayWords) return null;

  let when: string | null = null;
  if (freq === 'YEARLY') {
    const monthWords = monthName(months?.[0] ?? month, locale);
    if (dayWords) when = t('blackouts.words.yearlyWeekday', { days: dayWords, month: monthWords });
    else if (byMonthDay === '-1') when = t('blackouts.words.yearlyLastDay', { month: monthWords });
    else when = t('blackouts.words.yearly', { day: Number(byMonthDay ?? day), month: monthWords });
  } else if (freq === 'MONTHLY' && !months) {
    when = dayWords
      ? t('blackouts.words.monthlyWeekday', { days: dayWords })
      : t('blackouts.words.monthly', { day: dayOfMonth(byMonthDay ?? String(day), t) });
  } else if (freq === 'WEEKLY' && !months && !byMonthDay) {
    when = t('blackouts.words.weekly', { days: dayWords ?? weekdayName(weekdayOf(window.startsLocal), locale) });
  } else if (freq === 'DAILY' && !months && !byMonthDay && !byDay) {
    when = t('blackouts.words.daily');
  }
  if (!when) return null;
  let sentence = t('blackouts.words.sentence', { when, time, duration });
  if (interval > 1) sentence = `${sentence} · ${t('blackouts.words.interval', { count: interval })}`;
  const count = parts.get('COUNT');
  if (count) sentence = `${sentence} · ${t('blackouts.words.count', { count: Number(count) })}`;
  const until = parts.get('UNTIL');
  if (until && /^\d{8}/.test(until))
    sentence = `${sentence} · ${t('blackouts.words.until', { date: `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` })}`;
  return sentence;
}
