/** One conversation in the list. The preview is social content: plain text only. */
import { Avatar, Badge, Box, Checkbox, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IconLock } from '../../components/icons';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import { initials } from '../shell/UserMenu';
import { AnalysisBadges, PriorityBadge, StatusBadge, TimeLeftBadge } from './InboxBadges';
import type { ConversationSummary } from './inbox.types';

export function authorLabel(author: { handle: string | null; name: string | null } | null, fallback: string): string {
  if (author?.name?.trim()) return author.name.trim();
  return author?.handle ? `@${author.handle.replace(/^@/, '')}` : fallback;
}

export function ConversationRow({
  conversation: c,
  timeZone,
  active,
  selected,
  onOpen,
  onToggle,
}: {
  conversation: ConversationSummary;
  timeZone: string;
  active: boolean;
  selected: boolean;
  onOpen: () => void;
  onToggle: (shift: boolean) => void;
}) {
  const { t } = useTranslation();
  const name = authorLabel(c.author, t('inbox.list.unknownAuthor'));
  const row = useRef<HTMLLIElement>(null);
  // j/k move the open conversation; keep it in sight.
  useEffect(() => {
    if (active) row.current?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  return (
    <Box
      ref={row}
      component="li"
      data-testid="conversation-row"
      data-conversation-id={c.id}
      data-active={active ? 'true' : 'false'}
      data-status={c.status}
      style={{
        borderBottom: '1px solid var(--mantine-color-gray-2)',
        background: active
          ? 'var(--mantine-color-indigo-0)'
          : selected
            ? 'var(--mantine-color-gray-0)'
            : 'var(--mantine-color-white)',
        borderLeft: `3px solid ${active ? 'var(--mantine-color-indigo-6)' : 'transparent'}`,
      }}
    >
      <Group gap={8} align="flex-start" wrap="nowrap" px="xs" py={10}>
        <Checkbox
          mt={2}
          size="xs"
          checked={selected}
          onChange={() => undefined}
          onClick={(event) => {
            event.stopPropagation();
            onToggle(event.shiftKey);
          }}
          aria-label={t('inbox.list.select', { name })}
          data-testid="conversation-select"
        />
        <UnstyledButton
          onClick={onOpen}
          style={{ flex: 1, minWidth: 0 }}
          aria-current={active ? 'true' : undefined}
          data-testid="conversation-open"
        >
          <Stack gap={4}>
            <Group gap={6} wrap="nowrap" justify="space-between">
              <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                {c.kind === 'private' && (
                  <Tooltip label={t('inbox.list.private')}>
                    <span style={{ display: 'inline-flex', color: 'var(--mantine-color-pink-6)' }}>
                      <IconLock size={14} />
                    </span>
                  </Tooltip>
                )}
                <Text size="sm" fw={c.status === 'new' ? 700 : 600} truncate data-testid="row-author">
                  {name}
                </Text>
              </Group>
              <TimeLeftBadge dueAt={c.dueAt} slaState={c.slaState} timeZone={timeZone} size="xs" />
            </Group>
            <Text size="xs" c="dimmed" truncate>
              {c.channelName}
              {' · '}
              <WorkspaceTime iso={c.lastActivityAt} timeZone={timeZone} mode="relative" size="xs" span />
            </Text>
            <Text size="sm" lineClamp={2} className="social-text" data-testid="row-preview">
              {c.preview}
            </Text>
            <Group gap={4} justify="space-between" wrap="nowrap">
              <Group gap={4} wrap="wrap" style={{ minWidth: 0 }}>
                {c.status !== 'new' && c.status !== 'open' && <StatusBadge status={c.status} />}
                <PriorityBadge priority={c.priority} />
                <AnalysisBadges sentiment={c.sentiment} severity={c.severity} intent={c.intent} />
                {c.tags.slice(0, 3).map((tag) => (
                  <Badge key={tag} size="xs" variant="outline" color="gray">
                    {tag}
                  </Badge>
                ))}
              </Group>
              <Tooltip
                label={c.assignee ? t('inbox.list.assignedTo', { name: c.assignee.name }) : t('inbox.list.unassigned')}
              >
                <Avatar
                  size={22}
                  radius="xl"
                  color={c.assignee ? 'indigo' : 'gray'}
                  variant={c.assignee ? 'filled' : 'outline'}
                  data-testid="row-assignee"
                  aria-label={
                    c.assignee ? t('inbox.list.assignedTo', { name: c.assignee.name }) : t('inbox.list.unassigned')
                  }
                >
                  {c.assignee ? initials(c.assignee.name) : '–'}
                </Avatar>
              </Tooltip>
            </Group>
          </Stack>
        </UnstyledButton>
      </Group>
    </Box>
  );
}
