/**
 * The bell in the header: unread count, the latest notifications, mark as read. Clicking one marks
 * it read and opens its conversation in the inbox (for a channel's health, the channels page; for a
 * post, the link it carries when that is a path inside this workspace).
 */
import {
  ActionIcon,
  Button,
  Center,
  Group,
  Indicator,
  Loader,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Workspace } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconBell } from '../../components/icons';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import {
  actorName,
  channelName,
  detail,
  isChannelKind,
  linkTarget,
  normaliseKind,
  postTitle,
  slaTarget,
} from './describe-notification';
import { conversationPath, useMarkNotificationsRead, useNotifications } from './notifications.api';
import type { AppNotification } from './notifications.types';

const KIND_COLORS: Record<string, string> = {
  'sla.breached': 'red',
  'sla.warning': 'orange',
  mention: 'indigo',
  'reply.rejected': 'red',
  'reply.approved': 'teal',
  'review.requested': 'cyan',
  assigned: 'violet',
  'channel.unhealthy': 'red',
  'channel.recovered': 'teal',
  'publishing.failed': 'red',
  'publishing.held': 'orange',
  'publishing.review': 'cyan',
  other: 'gray',
};

export function NotificationBell({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const notifications = useNotifications(workspace.id);
  const markRead = useMarkNotificationsRead(workspace.id);
  const unread = notifications.data?.unreadCount ?? 0;

  const open = (n: AppNotification) => {
    if (!n.readAt) markRead.mutate({ ids: [n.id] });
    setOpened(false);
    const link = linkTarget(n, workspace.id);
    if (isChannelKind(normaliseKind(n.kind))) navigate(`/w/${workspace.id}/channels`);
    else if (link) navigate(link);
    else if (n.conversationId) navigate(conversationPath(workspace.id, n.conversationId));
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={380} shadow="md" withArrow>
      <Popover.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={18}
          color="red"
          disabled={unread === 0}
          offset={4}
          data-testid="notification-count"
          data-count={unread}
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
            data-testid="notification-bell"
          >
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group
          justify="space-between"
          px="md"
          py="xs"
          style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
        >
          <Text fw={600} size="sm">
            {t('notifications.title')}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={unread === 0}
            onClick={() => markRead.mutate({ all: true })}
            data-testid="notifications-read-all"
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        {notifications.isPending ? (
          <Center py="lg">
            <Loader size="sm" aria-label={t('common.loading')} />
          </Center>
        ) : notifications.error ? (
          <div style={{ padding: 12 }}>
            <ErrorAlert error={notifications.error} />
          </div>
        ) : notifications.data.notifications.length === 0 ? (
          <Text size="sm" c="dimmed" p="md" ta="center">
            {t('notifications.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={420} type="auto">
            <Stack
              gap={0}
              component="ul"
              style={{ listStyle: 'none', margin: 0, padding: 0 }}
              data-testid="notification-list"
            >
              {notifications.data.notifications.map((n) => (
                <li key={n.id}>
                  <NotificationRow notification={n} timeZone={workspace.timeZone} onOpen={() => open(n)} />
                </li>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

function NotificationRow({
  notification: n,
  timeZone,
  onOpen,
}: {
  notification: AppNotification;
  timeZone: string;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const kind = normaliseKind(n.kind);
  const name = actorName(n) ?? t('notifications.someone');
  const target = slaTarget(n);
  const extra = detail(n);
  return (
    <UnstyledButton
      onClick={onOpen}
      w="100%"
      px="md"
      py="sm"
      data-testid="notification"
      data-kind={n.kind}
      data-read={n.readAt ? 'true' : 'false'}
      style={{
        display: 'block',
        borderBottom: '1px solid var(--mantine-color-gray-1)',
        background: n.readAt ? undefined : 'var(--mantine-color-indigo-0)',
      }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <span
          aria-hidden="true"
          style={{
            width: 8,
            height: 8,
            marginTop: 6,
            borderRadius: 4,
            flexShrink: 0,
            background: `var(--mantine-color-${KIND_COLORS[kind] ?? 'gray'}-6)`,
            opacity: n.readAt ? 0.35 : 1,
          }}
        />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={n.readAt ? 400 : 600}>
            {t(`notifications.kind.${kind.replace(/\./g, '_')}`, {
              name,
              channel: channelName(n) ?? t('notifications.aChannel'),
              title: postTitle(n) ?? t('notifications.untitledPost'),
            })}
            {!n.readAt && <VisuallyHidden> ({t('notifications.unread')})</VisuallyHidden>}
          </Text>
          {target && (
            <Text size="xs" c="dimmed">
              {t(`notifications.target.${target}`)}
            </Text>
          )}
          {extra && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {extra}
            </Text>
          )}
          <WorkspaceTime iso={n.createdAt} timeZone={timeZone} mode="relative" />
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
