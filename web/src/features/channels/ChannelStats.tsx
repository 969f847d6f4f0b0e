import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api/types';
import { formatLocale } from '../../i18n';

export function ChannelStats({ stats }: { stats: Channel['stats'] }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(formatLocale(i18n.resolvedLanguage));
  const cells = [
    ['inboundTotal', stats.inboundTotal],
    ['inboundLast24h', stats.inboundLast24h],
    ['outboundTotal', stats.outboundTotal],
  ] as const;
  return (
    <SimpleGrid cols={3} spacing="xs">
      {cells.map(([key, value]) => (
        <Paper key={key} bg="gray.0" p="sm" radius="md">
          <Text size="xl" fw={650} lh={1.1} data-testid={`stat-${key}`} data-value={value}>
            {number.format(value)}
          </Text>
          <Text size="xs" c="dimmed" mt={2}>
            {t(`channels.stats.${key}`)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
