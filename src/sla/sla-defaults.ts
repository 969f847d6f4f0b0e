/** What a workspace starts with before anyone edits its inbox settings or SLA policies. */
import { isHolidayCountry } from './holidays.js';
import { weekdaySchedule, type BusinessSchedule } from './schedule.js';

const HOUR_MINUTES = 60;
/** One business day of the default 08:00–17:00 schedule. */
const BUSINESS_DAY_MINUTES = 9 * HOUR_MINUTES;

/** Mon–Fri 08:00–17:00 in the workspace's zone, closed on its country's holidays (SE/NL; others: none). */
export function defaultBusinessHours(workspace: { time_zone: string; country: string }): BusinessSchedule {
  return weekdaySchedule(workspace.time_zone, isHolidayCountry(workspace.country) ? workspace.country : null);
}

export interface DefaultSlaPolicy {
  name: string;
  position: number;
  severities: string[] | null;
  sentiments: string[] | null;
  firstResponseMinutes: number;
  nextResponseMinutes: number;
  resolutionMinutes: number | null;
  businessHoursOnly: boolean;
}

/**
 * Critical first, on a 24/7 clock (a threat on Saturday can't wait for Monday); then high severity and
 * negative sentiment (a policy's conditions all have to match, so "negative or high" is two policies);
 * then everything else. Resolution: 3 days — 3 business days of 9 h, or 72 h on the 24/7 clock.
 */
export const DEFAULT_SLA_POLICIES: readonly DefaultSlaPolicy[] = [
  {
    name: 'Critical',
    position: 0,
    severities: ['critical'],
    sentiments: null,
    firstResponseMinutes: 30,
    nextResponseMinutes: 4 * HOUR_MINUTES,
    resolutionMinutes: 3 * 24 * HOUR_MINUTES,
    businessHoursOnly: false,
  },
  {
    name: 'High severity',
    position: 1,
    severities: ['high'],
    sentiments: null,
    firstResponseMinutes: HOUR_MINUTES,
    nextResponseMinutes: 4 * HOUR_MINUTES,
    resolutionMinutes: 3 * BUSINESS_DAY_MINUTES,
    businessHoursOnly: true,
  },
  {
    name: 'Negative sentiment',
    position: 2,
    severities: null,
    sentiments: ['negative'],
    firstResponseMinutes: HOUR_MINUTES,
    nextResponseMinutes: 4 * HOUR_MINUTES,
    resolutionMinutes: 3 * BUSINESS_DAY_MINUTES,
    businessHoursOnly: true,
  },
  {
    name: 'Default',
    position: 3,
    severities: null,
    sentiments: null,
    firstResponseMinutes: 4 * HOUR_MINUTES,
    nextResponseMinutes: 4 * HOUR_MINUTES,
    resolutionMinutes: 3 * BUSINESS_DAY_MINUTES,
    businessHoursOnly: true,
  },
];

export const DEFAULT_OUT_OF_HOURS_TEXTS = {
  sv: 'Tack för ditt meddelande! Vi är inte på plats just nu men svarar så snart vi öppnar igen.',
  nl: 'Bedankt voor je bericht! We zijn nu niet bereikbaar, maar reageren zodra we weer open zijn.',
  en: "Thank you for your message! We're away right now and will answer as soon as we're back.",
} as const;
