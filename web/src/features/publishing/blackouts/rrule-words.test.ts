import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en';
import nl from '../i18n/nl';
import sv from '../i18n/sv';
import { describeRecurrence, presetOfRule, ruleForPreset } from './rrule-words';

function translator(language: 'en' | 'sv' | 'nl') {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    initAsync: false,
    resources: { [language]: { translation: { publishing: { en, sv, nl }[language] } } },
    interpolation: { escapeValue: false },
  });
  return (key: string, options?: Record<string, unknown>) => instance.t(`publishing.${key}`, options ?? {});
}

const dodenherdenking = {
  startsLocal: '2026-05-04T19:55',
  durationMinutes: 10,
  rrule: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4',
};

describe('blackout rules in words', () => {
  it('says the Dutch remembrance window in three languages', () => {
    expect(describeRecurrence(dodenherdenking, 'en-GB', translator('en'))).toBe(
      'Every year on 4 May at 19:55 (10 minutes)',
    );
    expect(describeRecurrence(dodenherdenking, 'nl-NL', translator('nl'))).toBe(
      'Elk jaar op 4 mei om 19:55 (10 minuten)',
    );
    expect(describeRecurrence(dodenherdenking, 'sv-SE', translator('sv'))).toBe(
      'Varje år den 4 maj kl. 19:55 (10 minuter)',
    );
  });

  it('names the nth weekday of a month (Remembrance Sunday) and the last day', () => {
    const remembrance = {
      startsLocal: '2026-11-08T10:55',
      durationMinutes: 10,
      rrule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=2SU',
    };
    expect(describeRecurrence(remembrance, 'en-GB', translator('en'))).toBe(
      'Every year on the second Sunday of November at 10:55 (10 minutes)',
    );
    expect(describeRecurrence(remembrance, 'nl-NL', translator('nl'))).toBe(
      'Elk jaar op de tweede zondag van november om 10:55 (10 minuten)',
    );
    const monthEnd = { startsLocal: '2026-01-31T23:00', durationMinutes: 60, rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' };
    expect(describeRecurrence(monthEnd, 'en-GB', translator('en'))).toBe(
      'Every month on the last day at 23:00 (60 minutes)',
    );
  });

  it('covers weekly, daily, count, until and one-off windows', () => {
    const en = translator('en');
    expect(
      describeRecurrence(
        { startsLocal: '2026-10-19T09:00', durationMinutes: 1, rrule: 'FREQ=WEEKLY;BYDAY=MO,FR;COUNT=3' },
        'en-GB',
        en,
      ),
    ).toBe('Every week on Monday, Friday at 09:00 (1 minute) · 3 times');
    expect(
      describeRecurrence(
        { startsLocal: '2026-03-28T02:30', durationMinutes: 30, rrule: 'FREQ=DAILY;UNTIL=20260405T000000Z' },
        'en-GB',
        en,
      ),
    ).toBe('Every day at 02:30 (30 minutes) · until 2026-04-05');
    expect(describeRecurrence({ ...dodenherdenking, rrule: null }, 'en-GB', en)).toBe(
      'Once, on 4 May 2026 at 19:55 (10 minutes)',
    );
  });

  it('gives up on rules too unusual for words instead of saying something wrong', () => {
    const en = translator('en');
    expect(
      describeRecurrence({ ...dodenherdenking, rrule: 'FREQ=YEARLY;BYMONTH=5;BYDAY=MO;BYSETPOS=-1' }, 'en-GB', en),
    ).toBeNull();
    expect(describeRecurrence({ ...dodenherdenking, rrule: 'FREQ=MONTHLY;BYDAY=5FR' }, 'en-GB', en)).toBeNull();
    expect(describeRecurrence({ ...dodenherdenking, rrule: 'FREQ=HOURLY' }, 'en-GB', en)).toBeNull();
  });

  it('turns the form’s repeat choices into rules and back', () => {
    expect(ruleForPreset('yearly', '2026-05-04T19:55')).toBe('FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4');
    expect(ruleForPreset('weekly', '2026-05-04T19:55')).toBe('FREQ=WEEKLY;BYDAY=MO');
    expect(ruleForPreset('none', '2026-05-04T19:55')).toBeNull();
    expect(presetOfRule('freq=yearly;bymonth=5;bymonthday=4', '2026-05-04T19:55')).toBe('yearly');
    expect(presetOfRule('FREQ=YEARLY;BYMONTH=11;BYDAY=2SU', '2026-11-08T10:55')).toBe('custom');
    expect(presetOfRule(null, '2026-11-08T10:55')).toBe('none');
  });
});
