/**
 * The top of an open conversation: who and where, status, priority, assignee, tags, time left with
 * the due moment in the workspace's time zone, who else is here, and the actions that end it.
 */
import { Anchor, Badge, Button, Group, Menu, Select, Stack, TagsInput, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { capabilityReason } from '../channels/capability-reason';
import { formatLocale } from '../../i18n';
import { formatDateTime } from '../../lib/time';
import { useNow } from '../../lib/use-now';
import { privateReplyWindow, unsupportedReason } from './channel-limits';
import { CloseModal } from './CloseModal';
import { authorLabel } from './ConversationRow';
import { PriorityBadge, StatusBadge, TimeLeftBadge } from './InboxBadges';
import { usePatchConversation, useResponders } from './inbox.api';
import { usePresence } from './inbox.live';
import { type ChannelCapabilitiesSummary, type ConversationDetailSummary, PRIORITIES } from './inbox.types';
import { TakeOfflineModal } from './TakeOfflineModal';

export function ConversationHeader({
  workspaceId,
  timeZone,
  conversation: c,
  myUserId,
  canAnswer,
  onBack,
  capabilities = null,
}: {
  workspaceId: string;
  timeZone: string;
  conversation: ConversationDetailSummary;
  myUserId: string;
  canAnswer: boolean;
  onBack?: () => void;
  capabilities?: ChannelCapabilitiesSummary | null;
}) {
  const { t, i18n } = useTranslation();
  const locale = formatLocale(i18n.resolvedLanguage);
  const update = usePatchConversation(workspaceId, c.id);
  const responders = useResponders(workspaceId).data ?? [];
  const presence = usePresence(c.id, myUserId);
  const [closing, setClosing] = useState(false);
  const [offline, setOffline] = useState(false);
  const name = authorLabel(c.author, t('inbox.list.unknownAuthor'));
  const now = useNow();
  // Taking a conversation offline answers publicly; its private message needs the private-reply window.
  // The network's reason in the interface's language ('' stays '': no reason given).
  const blocked = (capability: string) => {
    const reason = unsupportedReason(capabilities, capability);
    return reason ? capabilityReason(t, c.channelKind, capability, reason) : reason;
  };
  const publicBlocked = blocked('publicReply');
  const privateBlocked =
    blocked('privateReply') ??
    (c.privateReplyUntil && privateReplyWindow(c.privateReplyUntil, now).state === 'closed'
      ? t('inbox.channel.windowClosed')
      : null);

  const assigneeOptions = [
    ...responders.map((r) => ({ value: r.userId, label: r.name })),
    // The current assignee may not be a responder (any member can be assigned).
    ...(c.assignee && !responders.some((r) => r.userId === c.assignee!.id)
      ? [{ value: c.assignee.id, label: c.assignee.name }]
      : []),
  ];
  const dueLines = [
    ['inbox.timeLeft.firstResponse', c.firstRespondedAt ? null : c.firstResponseDueAt],
    ['inbox.timeLeft.nextResponse', c.nextResponseDueAt],
    ['inbox.timeLeft.resolution', c.resolutionDueAt],
  ].filter((line): line is [string, string] => Boolean(line[1]));

  return (
    <Stack
      gap={8}
      p="sm"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      data-testid="conversation-header"
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          {onBack && (
            <Anchor component="button" size="sm" onClick={onBack}>
              ← {t('inbox.conversation.back')}
            </Anchor>
          )}
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Title order={2} size="h4" lineClamp={1} data-testid="conversation-author">
              {name}
            </Title>
            <Text size="xs" c="dimmed" truncate>
              {c.author?.name && `@${c.author.handle.replace(/^@/, '')} · `}
              {c.channelName}
              {c.kind === 'private' && ` · ${t('inbox.list.private')}`}
            </Text>
          </Stack>
        </Group>
        <Group gap={6} wrap="wrap">
          <StatusBadge status={c.status} />
          <PriorityBadge priority={c.priority} />
          {c.caseId && (
            <Badge color="grape" variant="light" size="sm">
              {t('inbox.conversation.caseOpen')}
            </Badge>
          )}
          <TimeLeftBadge dueAt={c.dueAt} slaState={c.slaState} timeZone={timeZone} size="md" />
        </Group>
      </Group>

      {(dueLines.length > 0 || c.slaPolicyName) && (
        <Group gap="md" wrap="wrap" data-testid="due-times">
          {dueLines.map(([key, at]) => (
            <Text key={key} size="xs" c="dimmed">
              {t(key)}: <time dateTime={at}>{formatDateTime(at, locale, timeZone)}</time>
            </Text>
          ))}
          {c.slaPolicyName && (
            <Text size="xs" c="dimmed">
              {t('inbox.timeLeft.policy', { name: c.slaPolicyName })}
            </Text>
          )}
        </Group>
      )}
      {c.closedReason && c.status === 'closed' && (
        <Text size="xs" c="dimmed">
          {t('inbox.conversation.closedBecause', { reason: c.closedReason })}
        </Text>
      )}

      <Group gap="xs" wrap="wrap" align="flex-end">
        <Select
          size="xs"
          w={190}
          label={t('inbox.conversation.assignee')}
          placeholder={t('inbox.list.unassigned')}
          data={assigneeOptions}
          value={c.assignee?.id ?? null}
          onChange={(value) => update.mutate({ assigneeId: value })}
          clearable
          searchable
          disabled={!canAnswer}
          data-testid="assignee-picker"
        />
        <Select
          size="xs"
          w={120}
          label={t('inbox.priority.label')}
          data={PRIORITIES.map((p) => ({ value: p, label: t(`inbox.priority.${p}`) }))}
          value={c.priority}
          onChange={(value) => value && update.mutate({ priority: value as (typeof PRIORITIES)[number] })}
          allowDeselect={false}
          disabled={!canAnswer}
          data-testid="priority-picker"
        />
        <TagsInput
          size="xs"
          style={{ flex: 1, minWidth: 160 }}
          label={t('inbox.conversation.tags')}
          placeholder={t('inbox.conversation.addTag')}
          value={c.tags}
          onChange={(tags) => update.mutate({ tags })}
          disabled={!canAnswer}
          data-testid="tags-input"
        />
      </Group>

      {canAnswer && (
        <Group gap={6} wrap="wrap">
          {!c.assignee || c.assignee.id !== myUserId ? (
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => update.mutate({ assigneeId: myUserId })}
              data-testid="assign-me"
            >
              {t('inbox.conversation.assignToMe')}
            </Button>
          ) : null}
          {c.status === 'resolved' || c.status === 'closed' ? (
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => update.mutate({ status: 'open' })}
              data-testid="reopen"
            >
              {t('inbox.conversation.reopen')}
            </Button>
          ) : (
            <>
              <Tooltip label="e">
                <Button
                  size="compact-sm"
                  color="teal"
                  onClick={() => update.mutate({ status: 'resolved' })}
                  data-testid="resolve"
                >
                  {t('inbox.conversation.resolve')}
                </Button>
              </Tooltip>
              {c.status !== 'waiting' && (
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => update.mutate({ status: 'waiting' })}
                  data-testid="set-waiting"
                >
                  {t('inbox.conversation.wait')}
                </Button>
              )}
            </>
          )}
          <Menu position="bottom-end" shadow="md">
            <Menu.Target>
              <Button size="compact-sm" variant="subtle" data-testid="conversation-more">
                …
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {c.status !== 'closed' && (
                <Menu.Item color="red" onClick={() => setClosing(true)} data-testid="close-conversation">
                  {t('inbox.conversation.closeWithReason')}
                </Menu.Item>
              )}
              {c.kind === 'public' && !c.caseId && (
                <Menu.Item
                  onClick={() => setOffline(true)}
                  disabled={publicBlocked !== null}
                  title={publicBlocked ?? undefined}
                  data-testid="take-offline"
                  data-supported={publicBlocked === null ? 'true' : 'false'}
                >
                  {t('inbox.conversation.takeOffline')}
                  {publicBlocked !== null && (
                    <Text size="xs" c="dimmed" maw={260}>
                      {publicBlocked || t('inbox.channel.notPossible')}
                    </Text>
                  )}
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        </Group>
      )}

      {presence.length > 0 && (
        <Group gap={6} data-testid="presence" aria-live="polite">
          {presence.map((p) => (
            <Badge key={p.userId} size="sm" variant="light" color={p.typing ? 'orange' : 'blue'} data-typing={p.typing}>
              {t(p.typing ? 'inbox.conversation.typing' : 'inbox.conversation.viewing', { name: p.name })}
            </Badge>
          ))}
        </Group>
      )}
      {update.error && <ErrorAlert error={update.error} />}

      <CloseModal
        opened={closing}
        onClose={() => setClosing(false)}
        pending={update.isPending}
        onSubmit={(closedReason) =>
          update.mutate({ status: 'closed', closedReason }, { onSuccess: () => setClosing(false) })
        }
      />
      <TakeOfflineModal
        workspaceId={workspaceId}
        conversationId={c.id}
        opened={offline}
        onClose={() => setOffline(false)}
        privateBlocked={privateBlocked}
      />
    </Stack>
  );
}
