/** One post on the calendar: time in the workspace zone, title, channel marks, status colour; draggable. */
import { Badge, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostJson } from '../posts.types';
import { clockAt } from './calendar-format';
import { canReschedule, chipColour, postTiming } from './post-timing';

export const DRAG_TYPE = 'application/x-samtal-post';

export function PostChip({
  post,
  workspaceId,
  timeZone,
  draggable,
}: {
  post: PostJson;
  workspaceId: string;
  timeZone: string;
  draggable: boolean;
}) {
  const { t } = useTranslation();
  const timing = postTiming(post);
  const colour = chipColour(post);
  const movable = draggable && canReschedule(post.status);
  const tooltip = [
    t(`publishing.calendar.status.${post.status}`),
    timing.plannedAt ? t('publishing.calendar.moved', { time: clockAt(timing.plannedAt, timeZone) }) : null,
    timing.heldReason,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tooltip label={tooltip} multiline maw={320} openDelay={300}>
      <UnstyledButton
        component={Link}
        to={`/w/${workspaceId}/publishing/posts/${post.id}`}
        data-testid={`calendar-post-${post.id}`}
        data-status={post.status}
        draggable={movable}
        onDragStart={(event) => {
          event.dataTransfer.setData(DRAG_TYPE, post.id);
          event.dataTransfer.setData('text/plain', post.id);
          event.dataTransfer.effectAllowed = 'move';
        }}
        className="publishing-chip"
        style={{
          display: 'block',
          width: '100%',
          padding: '2px 6px',
          borderRadius: 4,
          borderLeft: `3px solid var(--mantine-color-${colour}-6)`,
          background: `var(--mantine-color-${colour}-light)`,
          cursor: movable ? 'grab' : 'pointer',
        }}
      >
        <Group gap={4} wrap="nowrap">
          {timing.at && (
            <Text size="xs" fw={600} component="span" data-testid="calendar-post-time">
              {clockAt(timing.at, timeZone)}
            </Text>
          )}
          {timing.plannedAt && (
            <Text
              size="xs"
              c="orange.8"
              component="span"
              aria-label={t('publishing.calendar.moved', { time: clockAt(timing.plannedAt, timeZone) })}
            >
              ↷
            </Text>
          )}
          <Text size="xs" truncate component="span" style={{ flex: 1, minWidth: 0 }}>
            {post.title || t('publishing.calendar.untitled')}
          </Text>
          {post.variants.map((variant) => (
            <Badge key={variant.id} size="xs" variant="outline" color={colour} title={variant.channelName} px={3}>
              {variant.network.slice(0, 1).toUpperCase()}
            </Badge>
          ))}
        </Group>
      </UnstyledButton>
    </Tooltip>
  );
}
