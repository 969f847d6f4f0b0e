/**
 * The variant as the network would show it: the text cut at the network's limit, links, #hashtags and
 * @mentions coloured. Everything stays a text node — the post is never rendered as HTML.
 */
import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const TOKEN = /(https?:\/\/\S+|#[\p{L}\p{N}_]+|@[\w.]+(?:@[\w.-]+)?)/gu;

function truncateGraphemes(text: string, max: number): string {
  const segments = [...new Intl.Segmenter().segment(text)];
  return segments.length <= max
    ? text
    : segments
        .slice(0, Math.max(0, max - 1))
        .map((s) => s.segment)
        .join('') + '…';
}

export function NetworkPreview({
  channelName,
  network,
  text,
  max,
  images,
}: {
  channelName: string;
  network: string;
  text: string;
  max: number | null;
  images: number;
}) {
  const { t } = useTranslation();
  const shown = max && max > 0 ? truncateGraphemes(text, max) : text;
  const parts = shown.split(TOKEN);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="variant-preview">
      <Text size="xs" c="dimmed" mb={4}>
        {t('publishing.editor.previewOn', { channel: channelName, network })}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {parts.map((part, index) =>
          index % 2 === 1 ? (
            <Text key={index} component="span" c="blue.7" inherit>
              {part}
            </Text>
          ) : (
            part
          ),
        )}
      </Text>
      {images > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('publishing.editor.previewImages', { count: images })}
        </Text>
      )}
    </Paper>
  );
}
