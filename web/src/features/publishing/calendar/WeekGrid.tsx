/** The week view: seven days by 24 hours; blackouts hatch the hours they cover; drop on an hour to move there. */
import { Box, Stack, Text, Tooltip } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { blackoutTooltip, BlackoutMark, HATCH } from './BlackoutMark';
import { dayLabel } from './calendar-format';
import { dropTarget } from './drop-target';
import { headStyle, hourStyle, weekGridStyle } from './grid-styles';
import type { GridProps } from './MonthGrid';
import { PostChip } from './PostChip';
import { postTiming } from './post-timing';
import { overlapsHour, zonedParts } from './zoned-grid';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function WeekGrid(props: GridProps) {
  const { t } = useTranslation();
  const { days, timeZone } = props;
  const scroller = useRef<HTMLDivElement>(null);
  // Open on the working day (from 07:00), not at midnight.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 7 * 36;
  }, []);
  return (
    <Box ref={scroller} data-testid="calendar-week" style={weekGridStyle}>
      <span />
      {days.map((day) => (
        <Stack
          key={`head-${day}`}
          gap={2}
          style={{
            ...headStyle,
            position: 'sticky',
            top: 0,
            zIndex: 1,
            background: day === props.today ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-body)',
          }}
        >
          <Text size="xs" fw={600} ta="center">
            {dayLabel(day, props.locale, { weekday: 'short', day: 'numeric', month: 'short' })}
          </Text>
          {props.blackoutsByDay.get(day)?.map((occurrence) => (
            <BlackoutMark
              key={`${occurrence.windowId}-${occurrence.start}`}
              occurrence={occurrence}
              timeZone={timeZone}
              channelName={props.channelName}
            />
          ))}
        </Stack>
      ))}
      {HOURS.map((hour) => [
        <Text key={`hour-${hour}`} size="xs" c="dimmed" ta="right" pr={4}>
          {String(hour).padStart(2, '0')}:00
        </Text>,
        ...days.map((day) => {
          const covering = (props.blackoutsByDay.get(day) ?? []).filter((o) =>
            overlapsHour(o.start, o.end, day, hour, timeZone),
          );
          const posts = (props.postsByDay.get(day) ?? []).filter((post) => {
            const at = postTiming(post).at;
            return at !== null && zonedParts(Date.parse(at), timeZone).hour === hour;
          });
          const cell = (
            <Stack
              key={`${day}-${hour}`}
              gap={2}
              data-day={day}
              data-hour={hour}
              style={covering.length > 0 ? { ...hourStyle, background: HATCH } : hourStyle}
              {...dropTarget((postId) => props.onDrop(postId, { day, hour }))}
            >
              {posts.map((post) => (
                <PostChip
                  key={post.id}
                  post={post}
                  workspaceId={props.workspaceId}
                  timeZone={timeZone}
                  draggable={props.canDrag}
                />
              ))}
            </Stack>
          );
          return covering.length > 0 ? (
            <Tooltip
              key={`${day}-${hour}`}
              label={covering.map((o) => blackoutTooltip(o, timeZone, props.channelName, t)).join('\n')}
              multiline
              maw={360}
              openDelay={300}
            >
              {cell}
            </Tooltip>
          ) : (
            cell
          );
        }),
      ])}
    </Box>
  );
}
