/** Opening hours per weekday (several intervals each), public holidays of the workspace's country, extra closed days. */
import { ActionIcon, Button, Checkbox, Group, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconPlus, IconTrash } from '../../components/icons';
import { type BusinessSchedule, type OpenInterval, WEEKDAYS, type Weekday } from './inbox-settings.types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const intervalValid = (i: OpenInterval) => /^\d{2}:\d{2}$/.test(i.start) && i.end > i.start;

export function BusinessHoursEditor({
  value,
  onChange,
  country,
  timeZone,
  readOnly,
}: {
  value: BusinessSchedule;
  onChange: (next: BusinessSchedule) => void;
  country: string;
  timeZone: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const setDay = (day: Weekday, intervals: OpenInterval[]) =>
    onChange({ ...value, days: { ...value.days, [day]: intervals } });
  const holidayCountry = country === 'SE' || country === 'NL' ? country : null;
  const badDates = value.closedDates.filter((d) => !DATE.test(d));

  return (
    <Stack gap="sm" data-testid="business-hours">
      <div>
        <Title order={3} size="h5">
          {t('inboxSettings.hours.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('inboxSettings.hours.hint', { zone: timeZone })}
        </Text>
      </div>
      {WEEKDAYS.map((day) => {
        const intervals = value.days[day] ?? [];
        return (
          <Group key={day} align="flex-start" gap="sm" wrap="nowrap" data-testid={`hours-${day}`}>
            <Text w={110} size="sm" fw={500} pt={6}>
              {t(`inboxSettings.weekday.${day}`)}
            </Text>
            <Stack gap={6} style={{ flex: 1 }}>
              {intervals.length === 0 && (
                <Text size="sm" c="dimmed" pt={6}>
                  {t('inboxSettings.hours.closed')}
                </Text>
              )}
              {intervals.map((interval, index) => {
                const update = (patch: Partial<OpenInterval>) =>
                  setDay(
                    day,
                    intervals.map((x, i) => (i === index ? { ...x, ...patch } : x)),
                  );
                return (
                  <Group key={index} gap="xs" wrap="nowrap">
                    <TextInput
                      type="time"
                      size="xs"
                      aria-label={`${t(`inboxSettings.weekday.${day}`)} ${t('inboxSettings.hours.from')}`}
                      value={interval.start}
                      onChange={(e) => update({ start: e.currentTarget.value })}
                      disabled={readOnly}
                    />
                    <Text size="sm">–</Text>
                    <TextInput
                      type="time"
                      size="xs"
                      aria-label={`${t(`inboxSettings.weekday.${day}`)} ${t('inboxSettings.hours.to')}`}
                      // '24:00' is midnight at the end of the day; the time field shows it as 00:00.
                      value={interval.end === '24:00' ? '00:00' : interval.end}
                      onChange={(e) =>
                        update({ end: e.currentTarget.value === '00:00' ? '24:00' : e.currentTarget.value })
                      }
                      disabled={readOnly}
                      error={!intervalValid(interval) ? t('inboxSettings.hours.invalid') : undefined}
                    />
                    {!readOnly && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('inboxSettings.hours.removeInterval')}
                        onClick={() =>
                          setDay(
                            day,
                            intervals.filter((_, i) => i !== index),
                          )
                        }
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    )}
                  </Group>
                );
              })}
            </Stack>
            {!readOnly && (
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconPlus size={14} />}
                onClick={() => {
                  const last = intervals[intervals.length - 1];
                  const next = last
                    ? { start: last.end === '24:00' ? '23:00' : last.end, end: '24:00' }
                    : { start: '08:00', end: '17:00' };
                  setDay(day, [...intervals, next]);
                }}
              >
                {t('inboxSettings.hours.addInterval')}
              </Button>
            )}
          </Group>
        );
      })}
      <Checkbox
        mt="sm"
        label={t('inboxSettings.hours.holidays')}
        description={
          holidayCountry
            ? t('inboxSettings.hours.holidaysHint', { country: t(`inboxSettings.country.${holidayCountry}`) })
            : t('inboxSettings.hours.holidaysNoCountry')
        }
        checked={value.closedOnHolidays}
        onChange={(e) =>
          onChange({ ...value, closedOnHolidays: e.currentTarget.checked, country: value.country ?? holidayCountry })
        }
        disabled={readOnly || !holidayCountry}
        data-testid="closed-on-holidays"
      />
      <TagsInput
        label={t('inboxSettings.hours.closedDates')}
        description={t('inboxSettings.hours.closedDatesHint')}
        value={value.closedDates}
        onChange={(closedDates) => onChange({ ...value, closedDates })}
        disabled={readOnly}
        error={badDates.length > 0 ? `${t('inboxSettings.hours.badDate')} (${badDates.join(', ')})` : undefined}
        clearable
      />
    </Stack>
  );
}
