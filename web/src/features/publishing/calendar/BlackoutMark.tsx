/** A blackout occurrence on the calendar: a hatched label with the title; reason, times and scope on hover. */
import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BlackoutOccurrence } from '../calendar.api';
import { clockAt } from './calendar-format';

export const HATCH =
  'repeating-linear-gradient(135deg, var(--mantine-color-red-1) 0 6px, var(--mantine-color-red-0) 6px 12px)';

export function blackoutTooltip(
  occurrence: BlackoutOccurrence,
  timeZone: string,
  channelName: (id: string) => string,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  return t('publishing.calendar.blackoutTooltip', {
    title: occurrence.title,
    start: clockAt(occurrence.start, timeZone),
    end: clockAt(occurrence.end, timeZone),
    scope: occurrence.channelId
      ? t('publishing.calendar.scopeChannel', { channel: channelName(occurrence.channelId) })
      : t('publishing.calendar.scopeAll'),
    reason: occurrence.reason,
  });
}

export function BlackoutMark({
  occurrence,
  timeZone,
  channelName,
}: {
  occurrence: BlackoutOccurrence;
  timeZone: string;
  channelName: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Tooltip label={blackoutTooltip(occurrence, timeZone, channelName, t)} multiline maw={360} openDelay={200}>
      <Text
        size="xs"
        c="red.9"
        truncate
        data-testid="calendar-blackout"
        data-window-id={occurrence.windowId}
        style={{
          background: HATCH,
          borderRadius: 4,
          padding: '1px 6px',
          border: '1px dashed var(--mantine-color-red-4)',
        }}
      >
        {clockAt(occurrence.start, timeZone)}–{clockAt(occurrence.end, timeZone)} {occurrence.title}
      </Text>
    </Tooltip>
  );
}
