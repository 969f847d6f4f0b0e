/** The list view: the period's posts in time order, as a table. */
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/time';
import type { PostJson } from '../posts.types';
import { clockAt } from './calendar-format';
import { chipColour, postTiming } from './post-timing';

export function CalendarList({
  posts,
  workspaceId,
  timeZone,
  locale,
}: {
  posts: PostJson[];
  workspaceId: string;
  timeZone: string;
  locale: string;
}) {
  const { t } = useTranslation();
  const sorted = [...posts].sort(
    (a, b) => Date.parse(postTiming(a).at ?? '9999') - Date.parse(postTiming(b).at ?? '9999'),
  );
  if (sorted.length === 0)
    return (
      <Text c="dimmed" data-testid="calendar-list">
        {t('publishing.calendar.empty')}
      </Text>
    );
  return (
    <Table data-testid="calendar-list" striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('publishing.calendar.list.when')}</Table.Th>
          <Table.Th>{t('publishing.calendar.list.post')}</Table.Th>
          <Table.Th>{t('publishing.calendar.list.channels')}</Table.Th>
          <Table.Th>{t('publishing.calendar.list.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((post) => {
          const timing = postTiming(post);
          return (
            <Table.Tr key={post.id} data-testid={`calendar-post-${post.id}`}>
              <Table.Td>
                <Text size="sm">
                  {timing.at
                    ? formatDateTime(timing.at, locale, timeZone, new Date(0))
                    : t('publishing.calendar.list.noTime')}
                </Text>
                {timing.plannedAt && (
                  <Text size="xs" c="orange.8" title={timing.heldReason ?? undefined}>
                    {t('publishing.calendar.moved', { time: clockAt(timing.plannedAt, timeZone) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/w/${workspaceId}/publishing/posts/${post.id}`} size="sm">
                  {post.title || t('publishing.calendar.untitled')}
                </Anchor>
                {(post.campaign || post.pillar) && (
                  <Text size="xs" c="dimmed">
                    {[post.campaign, post.pillar].filter(Boolean).join(' · ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {post.variants.map((variant) => (
                    <Badge key={variant.id} size="sm" variant="outline">
                      {variant.channelName}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge color={chipColour(post)} variant="light">
                  {t(`publishing.calendar.status.${post.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
