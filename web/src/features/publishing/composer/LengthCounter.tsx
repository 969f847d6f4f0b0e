/** "123 / 500" in graphemes, red when over the channel's limit. */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphemeCount } from './draft';

export function LengthCounter({ channelId, text, max }: { channelId: string; text: string; max: number | null }) {
  const { t } = useTranslation();
  const count = graphemeCount(text);
  const over = max !== null && max > 0 && count > max;
  return (
    <Text
      component="span"
      size="xs"
      c={over ? 'red.7' : 'dimmed'}
      fw={over ? 700 : 400}
      data-testid={`variant-length-${channelId}`}
      data-over={over ? 'true' : 'false'}
      aria-label={over ? t('publishing.editor.overLimit', { count, max }) : undefined}
    >
      {max ? `${count} / ${max}` : String(count)}
    </Text>
  );
}
