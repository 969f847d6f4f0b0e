/** Beside the conversation: FAQ suggestions, other comments on the same post, the author's history. */
import { Anchor, Badge, Box, Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLocale } from '../../i18n';
import { formatDate } from '../../lib/time';
import { FaqSuggestions } from './FaqSuggestions';
import { StatusBadge } from './InboxBadges';
import type { AuthorHistory, Item } from './inbox.types';
import { ItemBubble } from './ItemBubble';

export function ThreadContext({ thread, timeZone }: { thread: Item[]; timeZone: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (thread.length === 0) return null;
  return (
    <Box data-testid="thread-items">
      <Group gap={6} justify="space-between" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {t('inbox.conversation.threadContext', { count: thread.length })}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          data-testid="thread-toggle"
        >
          {open ? t('inbox.conversation.hideThread') : t('inbox.conversation.showThread')}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <Stack component="ol" gap={6} p={0} m={0} mt={6} style={{ listStyle: 'none', opacity: 0.85 }}>
          {thread.map((item) => (
            <ItemBubble key={item.id} item={item} timeZone={timeZone} compact />
          ))}
        </Stack>
      </Collapse>
    </Box>
  );
}

export function AuthorHistoryPanel({
  history,
  workspaceId,
  timeZone,
  search,
}: {
  history: AuthorHistory | null;
  workspaceId: string;
  timeZone: string;
  search: string;
}) {
  const { t, i18n } = useTranslation();
  if (!history) return null;
  const locale = formatLocale(i18n.resolvedLanguage);
  return (
    <Stack gap={6} data-testid="author-history">
      <Text size="sm" fw={600}>
        {t('inbox.conversation.authorHistory')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('inbox.conversation.authorSince', {
          date: formatDate(history.author.firstSeenAt, locale, timeZone),
          count: history.author.itemCount,
        })}
      </Text>
      {history.conversations.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('inbox.conversation.noHistory')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {history.conversations.map((c) => (
            <Box
              component="li"
              key={c.id}
              p={6}
              style={{ borderRadius: 'var(--mantine-radius-sm)', border: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Group gap={4} justify="space-between" wrap="nowrap">
                <Anchor component={Link} to={`/w/${workspaceId}/inbox/${c.id}${search}`} size="xs" fw={500} truncate>
                  {c.channelName} · {formatDate(c.lastActivityAt, locale, timeZone)}
                </Anchor>
                <StatusBadge status={c.status} />
              </Group>
              <Text size="xs" lineClamp={2} className="social-text">
                {c.preview}
              </Text>
              {c.tags.length > 0 && (
                <Group gap={2} mt={2}>
                  {c.tags.map((tag) => (
                    <Badge key={tag} size="xs" variant="outline" color="gray">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              )}
            </Box>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

export function ConversationSide({
  workspaceId,
  conversationId,
  timeZone,
  history,
  canSuggest,
  canInsert,
  onInsert,
  search,
}: {
  workspaceId: string;
  conversationId: string;
  timeZone: string;
  history: AuthorHistory | null;
  canSuggest: boolean;
  canInsert: boolean;
  onInsert: (text: string) => void;
  search: string;
}) {
  return (
    <Stack gap="lg" p="sm">
      {canSuggest && (
        <FaqSuggestions
          workspaceId={workspaceId}
          conversationId={conversationId}
          canInsert={canInsert}
          onInsert={onInsert}
        />
      )}
      <AuthorHistoryPanel history={history} workspaceId={workspaceId} timeZone={timeZone} search={search} />
    </Stack>
  );
}
