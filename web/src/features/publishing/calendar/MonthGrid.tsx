/** The month view: six Monday-first weeks; a post dropped on a day keeps its clock time. */
import { Box, Stack, Text } from '@mantine/core';
import type { BlackoutOccurrence } from '../calendar.api';
import type { PostJson } from '../posts.types';
import { BlackoutMark } from './BlackoutMark';
import { dayLabel } from './calendar-format';
import { dropTarget } from './drop-target';
import { cellStyle, headStyle, monthGridStyle } from './grid-styles';
import { PostChip } from './PostChip';
import type { DayKey } from './zoned-grid';

export interface GridProps {
  days: DayKey[];
  today: DayKey;
  postsByDay: Map<DayKey, PostJson[]>;
  blackoutsByDay: Map<DayKey, BlackoutOccurrence[]>;
  workspaceId: string;
  timeZone: string;
  locale: string;
  canDrag: boolean;
  channelName: (id: string) => string;
  onDrop: (postId: string, target: { day: DayKey; hour?: number }) => void;
}

export function MonthGrid(props: GridProps & { month: string }) {
  const { days, today, month, locale } = props;
  return (
    <Box data-testid="calendar-month" style={monthGridStyle}>
      {days.slice(0, 7).map((day) => (
        <Text key={`head-${day}`} size="xs" c="dimmed" ta="center" fw={600} style={headStyle}>
          {dayLabel(day, locale, { weekday: 'short' })}
        </Text>
      ))}
      {days.map((day) => (
        <Stack
          key={day}
          gap={2}
          style={cellStyle(day.slice(0, 7) !== month, day === today)}
          data-day={day}
          data-outside={day.slice(0, 7) !== month || undefined}
          data-today={day === today || undefined}
          {...dropTarget((postId) => props.onDrop(postId, { day }))}
        >
          <Text size="xs" fw={day === today ? 700 : 500} c={day.slice(0, 7) === month ? undefined : 'dimmed'}>
            {dayLabel(day, locale, { day: 'numeric', ...(day.endsWith('-01') ? { month: 'short' } : {}) })}
          </Text>
          {props.blackoutsByDay.get(day)?.map((occurrence) => (
            <BlackoutMark
              key={`${occurrence.windowId}-${occurrence.start}`}
              occurrence={occurrence}
              timeZone={props.timeZone}
              channelName={props.channelName}
            />
          ))}
          {props.postsByDay.get(day)?.map((post) => (
            <PostChip
              key={post.id}
              post={post}
              workspaceId={props.workspaceId}
              timeZone={props.timeZone}
              draggable={props.canDrag}
            />
          ))}
        </Stack>
      ))}
    </Box>
  );
}
