/**
 * One tab per channel: the variant's own text (it follows the shared text until edited), its length
 * counter in the tab itself so every channel's count is in view, images, checks and the network preview.
 */
import { Anchor, Group, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../api/types';
import { replaceIssue } from '../../inbox/compose-text';
import type { SpellingIssue } from '../../inbox/inbox.types';
import type { VariantCheck } from '../posts.types';
import { type PostDraft, type VariantDraft, variantText } from './draft';
import { LengthCounter } from './LengthCounter';
import { MediaPicker } from './MediaPicker';
import { NetworkPreview } from './NetworkPreview';
import { VariantChecks } from './PostChecks';

export function VariantTabs({
  draft,
  channels,
  checks,
  disabled,
  onVariant,
  onSharedText,
}: {
  draft: PostDraft;
  channels: Map<string, Channel>;
  checks: Map<string, VariantCheck>;
  disabled: boolean;
  onVariant: (variant: VariantDraft) => void;
  onSharedText: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [active, setActive] = useState<string | null>(null);
  if (draft.variants.length === 0) return null;
  const current = draft.variants.some((v) => v.channelId === active) ? active : draft.variants[0]!.channelId;

  const replace = (variant: VariantDraft, issue: SpellingIssue, replacement: string) => {
    if (variant.text === null) onSharedText(replaceIssue(draft.sharedText, issue, replacement));
    else onVariant({ ...variant, text: replaceIssue(variant.text, issue, replacement) });
  };

  return (
    <Tabs value={current} onChange={setActive} data-testid="variant-tabs">
      <Tabs.List>
        {draft.variants.map((variant) => {
          const channel = channels.get(variant.channelId);
          const max = checks.get(variant.channelId)?.length.max ?? channel?.capabilities.maxLength ?? null;
          return (
            <Tabs.Tab
              key={variant.channelId}
              value={variant.channelId}
              data-testid={`variant-tab-${variant.channelId}`}
            >
              <Group gap={6} wrap="nowrap">
                <span>{channel?.name ?? variant.channelId}</span>
                <LengthCounter channelId={variant.channelId} text={variantText(draft, variant)} max={max} />
              </Group>
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      {draft.variants.map((variant) => {
        const channel = channels.get(variant.channelId);
        const check = checks.get(variant.channelId);
        const text = variantText(draft, variant);
        const max = check?.length.max ?? channel?.capabilities.maxLength ?? null;
        return (
          <Tabs.Panel key={variant.channelId} value={variant.channelId} pt="sm">
            <Stack gap="sm">
              <Textarea
                autosize
                minRows={3}
                label={t('publishing.editor.variantText', { channel: channel?.name ?? '' })}
                description={
                  variant.text === null ? t('publishing.editor.followsShared') : t('publishing.editor.ownText')
                }
                value={text}
                onChange={(e) => onVariant({ ...variant, text: e.currentTarget.value })}
                disabled={disabled}
                data-testid={`variant-text-${variant.channelId}`}
              />
              {variant.text !== null && !disabled && (
                <Anchor
                  component="button"
                  type="button"
                  size="xs"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => onVariant({ ...variant, text: null })}
                >
                  {t('publishing.editor.useShared')}
                </Anchor>
              )}
              <MediaPicker
                channelId={variant.channelId}
                media={variant.media}
                onChange={(media) => onVariant({ ...variant, media })}
                disabled={disabled}
              />
              {check ? (
                <VariantChecks check={check} onReplace={(issue, s) => replace(variant, issue, s)} />
              ) : (
                <Text size="xs" c="dimmed">
                  {t('publishing.editor.checksPending')}
                </Text>
              )}
              <NetworkPreview
                channelName={channel?.name ?? ''}
                network={channel?.kind ?? ''}
                text={text}
                max={max}
                images={variant.media.length}
              />
            </Stack>
          </Tabs.Panel>
        );
      })}
    </Tabs>
  );
}
