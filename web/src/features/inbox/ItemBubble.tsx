/**
 * One item of a conversation. Inbound messages sit left, our replies right, internal notes full
 * width on yellow. Social text is rendered as text only; links open only when they are http(s).
 */
import { Anchor, Badge, Box, Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import { formatLocale } from '../../i18n';
import { formatDateTime } from '../../lib/time';
import { IconExternal } from '../../components/icons';
import { safeHttpUrl } from '../channels/InboundItems';
import { FlagItemButton } from '../moderation/FlagItemButton';
import { authorLabel } from './ConversationRow';
import { AnalysisBadges, SendStatusBadge } from './InboxBadges';
import type { Item } from './inbox.types';

const STYLE: Record<Item['direction'], { bg: string; border: string; align: 'flex-start' | 'flex-end' | 'stretch' }> = {
  inbound: { bg: 'var(--mantine-color-white)', border: 'var(--mantine-color-gray-3)', align: 'flex-start' },
  outbound: { bg: 'var(--mantine-color-indigo-0)', border: 'var(--mantine-color-indigo-2)', align: 'flex-end' },
  note: { bg: 'var(--mantine-color-yellow-0)', border: 'var(--mantine-color-yellow-4)', align: 'stretch' },
};

export function ItemBubble({
  item,
  timeZone,
  canRetry,
  onRetry,
  retrying,
  compact = false,
}: {
  item: Item;
  timeZone: string;
  canRetry?: boolean;
  onRetry?: () => void;
  retrying?: boolean;
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [showVersions, setShowVersions] = useState(false);
  const style = STYLE[item.direction];
  const url = safeHttpUrl(item.url);
  const who =
    item.direction === 'inbound'
      ? t('inbox.item.inbound', { name: authorLabel(item.author, t('inbox.list.unknownAuthor')) })
      : item.direction === 'note'
        ? t('inbox.item.note', { name: item.user?.name ?? '?' })
        : item.user
          ? t('inbox.item.ourReply', { name: item.user.name })
          : t('inbox.item.ourReplyAuto');
  const versions = item.versions ?? [];

  return (
    <Box
      component="li"
      style={{ display: 'flex', flexDirection: 'column', alignItems: style.align }}
      data-testid="conversation-item"
      data-item-id={item.id}
      data-direction={item.direction}
    >
      <Paper
        p={compact ? 'xs' : 'sm'}
        radius="md"
        maw={item.direction === 'note' ? undefined : '85%'}
        style={{ background: style.bg, border: `1px solid ${style.border}` }}
        w={item.direction === 'note' ? '100%' : undefined}
      >
        <Stack gap={4}>
          <Group gap={6} justify="space-between" wrap="wrap">
            <Text size="xs" fw={600} data-testid="item-who">
              {who}
            </Text>
            <WorkspaceTime iso={item.occurredAt} timeZone={timeZone} mode="both" />
          </Group>
          <Text
            size="sm"
            className="social-text"
            td={item.deletedAt ? 'line-through' : undefined}
            c={item.deletedAt ? 'dimmed' : undefined}
            data-testid="item-text"
          >
            {item.text}
          </Text>
          <Group gap={4} wrap="wrap">
            {item.direction === 'inbound' && (
              <AnalysisBadges sentiment={item.sentiment} severity={item.severity} intent={item.intent} />
            )}
            {item.offensive && (
              <Badge size="xs" color="red" variant="outline">
                {t('inbox.item.offensive')}
              </Badge>
            )}
            {item.personalData.length > 0 && (
              <Badge size="xs" color="grape" variant="outline">
                {t('inbox.item.personalData')}
              </Badge>
            )}
            {item.editedAt && !item.deletedAt && (
              <Badge size="xs" color="gray" variant="light" data-testid="item-edited">
                {t('inbox.item.edited')}
              </Badge>
            )}
            {item.deletedAt && (
              <Badge size="xs" color="red" variant="light" data-testid="item-deleted">
                {t('inbox.item.deleted')}
              </Badge>
            )}
            {item.direction === 'inbound' && item.answeredAt && (
              <Badge size="xs" color="teal" variant="light">
                {t('inbox.item.answered')}
              </Badge>
            )}
            {item.sendStatus && <SendStatusBadge status={item.sendStatus} error={item.sendError} />}
            {item.sendStatus === 'failed' && canRetry && onRetry && (
              <Button
                size="compact-xs"
                variant="light"
                color="red"
                onClick={onRetry}
                loading={retrying}
                data-testid="send-retry"
              >
                {t('inbox.item.retry')}
              </Button>
            )}
            {versions.length > 0 && (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => setShowVersions((v) => !v)}
                aria-expanded={showVersions}
                data-testid="item-versions-toggle"
              >
                {t('inbox.item.showVersions')} ({versions.length})
              </Button>
            )}
            {url && (
              <Anchor href={url} target="_blank" rel="noopener noreferrer nofollow" size="xs">
                <Group gap={4} component="span" wrap="nowrap">
                  {t('inbox.conversation.openOriginal')}
                  <IconExternal size={12} />
                </Group>
              </Anchor>
            )}
            {item.direction === 'inbound' && !compact && !item.deletedAt && <FlagItemButton itemId={item.id} />}
          </Group>
          {item.sendError && item.sendStatus === 'failed' && (
            <Text size="xs" c="red.7">
              {item.sendError}
            </Text>
          )}
          {item.mentions.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('inbox.item.mentions', { names: item.mentions.map((m) => m.name).join(', ') })}
            </Text>
          )}
          {item.review && <ReviewLine review={item.review} />}
          <Collapse expanded={showVersions}>
            <Stack gap={6} mt={4} data-testid="item-versions">
              {[...versions]
                .sort((a, b) => b.version - a.version)
                .map((v) => (
                  <Box key={v.version} pl="xs" style={{ borderLeft: '2px solid var(--mantine-color-gray-4)' }}>
                    <Text size="xs" c="dimmed">
                      {t('inbox.item.version', {
                        version: v.version,
                        change: t(v.change === 'deleted' ? 'inbox.item.changeDeleted' : 'inbox.item.changeEdited'),
                        time: formatDateTime(v.replacedAt, formatLocale(i18n.resolvedLanguage), timeZone),
                      })}
                    </Text>
                    <Text size="sm" className="social-text">
                      {v.text}
                    </Text>
                  </Box>
                ))}
            </Stack>
          </Collapse>
        </Stack>
      </Paper>
    </Box>
  );
}

function ReviewLine({ review }: { review: NonNullable<Item['review']> }) {
  const { t } = useTranslation();
  const name = review.reviewerName ?? t('inbox.item.someone');
  const key =
    review.decision === 'rejected'
      ? 'inbox.item.reviewRejected'
      : review.decision === 'edited_and_approved'
        ? 'inbox.item.reviewEdited'
        : 'inbox.item.reviewApproved';
  return (
    <Box data-testid="review-decision" data-decision={review.decision}>
      <Text size="xs" c={review.decision === 'rejected' ? 'red.7' : 'teal.8'} fw={500}>
        {t(key, { name })}
      </Text>
      {review.comment && (
        <Text size="xs" c="dimmed" className="social-text">
          {t('inbox.item.reviewComment', { comment: review.comment })}
        </Text>
      )}
    </Box>
  );
}
