/**
 * The newest inbound items of a channel, refreshed by live events. Everything here comes from
 * social networks and is untrusted: it is rendered as plain text only, and links are followed only
 * when they are http(s).
 */
import { Anchor, Badge, Box, Center, Group, Loader, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import type { ComponentType } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboundItem, ItemKind } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconComment, IconExternal, IconMail, IconMention, IconQuote, IconReply } from '../../components/icons';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import { useNewestItems } from './channels.api';

const KIND_ICONS: Record<ItemKind, ComponentType<{ size?: number }>> = {
  comment: IconComment,
  reply: IconReply,
  mention: IconMention,
  quote: IconQuote,
  direct_message: IconMail,
};
const KIND_COLORS: Record<ItemKind, string> = {
  comment: 'indigo',
  reply: 'cyan',
  mention: 'grape',
  quote: 'orange',
  direct_message: 'pink',
};

export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function InboundItems({
  workspaceId,
  channelId,
  timeZone,
  maxHeight,
}: {
  workspaceId: string;
  channelId: string;
  timeZone: string;
  maxHeight?: number;
}) {
  const { t } = useTranslation();
  const { data: items, isPending, error } = useNewestItems(workspaceId, channelId);
  // Items already there when the page opened are not highlighted; later ones are.
  const [initial, setInitial] = useState<Set<string> | null>(null);
  if (items && initial === null) setInitial(new Set(items.map((i) => i.id)));

  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('channels.newest')}
      </Text>
      {isPending ? (
        <Center py="lg">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : error ? (
        <ErrorAlert error={error} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed" py="md" data-testid="no-items">
          {t('channels.noItems')}
        </Text>
      ) : (
        // A plain scrolling box: it keeps long rows wrapping inside the card at any width.
        <Box
          mah={maxHeight}
          style={{ overflowY: maxHeight ? 'auto' : undefined, overscrollBehavior: 'contain' }}
          tabIndex={maxHeight ? 0 : undefined}
          aria-label={maxHeight ? t('channels.newest') : undefined}
        >
          <Stack
            component="ol"
            gap={0}
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            data-testid="inbound-items"
            aria-live="polite"
            aria-relevant="additions"
          >
            {items.map((item) => (
              <ItemRow
                key={item.id}
                item={item}
                timeZone={timeZone}
                isNew={initial !== null && !initial.has(item.id)}
              />
            ))}
          </Stack>
        </Box>
      )}
    </Stack>
  );
}

function ItemRow({ item, timeZone, isNew }: { item: InboundItem; timeZone: string; isNew: boolean }) {
  const { t } = useTranslation();
  const Icon = KIND_ICONS[item.kind] ?? IconComment;
  const kindLabel = t(`channels.itemKind.${item.kind}`, { defaultValue: item.kind });
  const url = safeHttpUrl(item.url);
  return (
    <Box
      component="li"
      py="sm"
      px="xs"
      className={isNew ? 'item-new' : undefined}
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)', borderRadius: 'var(--mantine-radius-sm)' }}
      data-testid="inbound-item"
      data-item-id={item.id}
      data-new={isNew ? 'true' : 'false'}
    >
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <ThemeIcon variant="light" color={KIND_COLORS[item.kind] ?? 'gray'} radius="xl" size={30} aria-hidden>
          <Icon size={16} />
        </ThemeIcon>
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6} wrap="wrap" justify="space-between">
            <Group gap={6} wrap="nowrap" style={{ minWidth: 0, flex: '1 1 12rem' }}>
              {isNew && (
                <span className="new-dot" title={t('channels.newBadge')}>
                  <VisuallyHidden>{t('channels.newBadge')}</VisuallyHidden>
                </span>
              )}
              <Text size="sm" fw={600} truncate data-testid="item-author">
                {item.author.name ?? `@${item.author.handle.replace(/^@/, '')}`}
              </Text>
              {item.author.name && (
                <Text size="sm" c="dimmed" truncate>
                  @{item.author.handle.replace(/^@/, '')}
                </Text>
              )}
            </Group>
            <WorkspaceTime
              iso={item.occurredAt}
              timeZone={timeZone}
              mode="both"
              style={{ flexShrink: 0 }}
              data-testid="item-time"
            />
          </Group>
          <Text size="sm" className="social-text" lineClamp={4} data-testid="item-text">
            {item.text}
          </Text>
          <Group gap={6}>
            <Badge size="xs" variant="light" color={KIND_COLORS[item.kind] ?? 'gray'} data-testid="item-kind">
              {kindLabel}
            </Badge>
            {item.language && (
              <Badge
                size="xs"
                variant="outline"
                color="gray"
                title={t('channels.itemLanguage', { language: item.language })}
                data-testid="item-language"
              >
                {item.language.toUpperCase()}
              </Badge>
            )}
            {url && (
              <Anchor href={url} target="_blank" rel="noopener noreferrer nofollow" size="xs" ml={4}>
                <Group gap={4} component="span" wrap="nowrap">
                  {t('channels.openOriginal')}
                  <IconExternal size={12} />
                </Group>
              </Anchor>
            )}
          </Group>
        </Stack>
      </Group>
    </Box>
  );
}
