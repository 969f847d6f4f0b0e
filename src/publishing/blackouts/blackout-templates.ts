/**
 * Default blackout windows per country (ISO 3166 code). Seeded with source 'default' for a new workspace of
 * that country; an admin may edit or switch them off. Sweden has no national moment of silence, so a Swedish
 * workspace gets none — the blackout page still offers every template here to add by hand.
 */
export interface BlackoutTemplate {
  key: string;
  country: string;
  title: string;
  reason: string;
  /** DTSTART as local wall-clock time; the year only anchors the rule. */
  startsLocal: string;
  durationMinutes: number;
  timeZone: string;
  rrule: string;
}

export const BLACKOUT_TEMPLATES: readonly BlackoutTemplate[] = [
  {
    key: 'nl-dodenherdenking',
    country: 'NL',
    title: 'Dodenherdenking',
    reason: 'National Remembrance Day: two minutes of silence at 20:00 on 4 May for the war dead.',
    startsLocal: '2020-05-04T19:55',
    durationMinutes: 10,
    timeZone: 'Europe/Amsterdam',
    rrule: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4',
  },
  {
    key: 'gb-armistice-day',
    country: 'GB',
    title: 'Armistice Day',
    reason: 'Two minutes of silence at 11:00 on 11 November, the end of the First World War.',
    startsLocal: '2020-11-11T10:55',
    durationMinutes: 10,
    timeZone: 'Europe/London',
    rrule: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=11',
  },
  {
    key: 'gb-remembrance-sunday',
    country: 'GB',
    title: 'Remembrance Sunday',
    reason: 'Two minutes of silence at 11:00 on the second Sunday of November for the war dead.',
    startsLocal: '2020-11-08T10:55',
    durationMinutes: 10,
    timeZone: 'Europe/London',
    rrule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=2SU',
  },
  {
    key: 'be-armistice-day',
    country: 'BE',
    title: 'Wapenstilstand / Armistice',
    reason: 'Armistice Day: a minute of silence at 11:00 on 11 November.',
    startsLocal: '2020-11-11T10:55',
    durationMinutes: 10,
    timeZone: 'Europe/Brussels',
    rrule: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=11',
  },
];

export function templatesForCountry(country: string): BlackoutTemplate[] {
  return BLACKOUT_TEMPLATES.filter((template) => template.country === country.toUpperCase());
}
