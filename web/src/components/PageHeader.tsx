import { Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';

/** The page's heading; also names the browser tab, so tabs and history read "Channels · Samtal". */
export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: string; actions?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Samtal`;
    return () => {
      document.title = 'Samtal';
    };
  }, [title]);
  return (
    <Group justify="space-between" align="flex-end" mb="lg" wrap="nowrap" gap="md">
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Title order={1} size="h2" data-testid="page-title">
          {title}
        </Title>
        {subtitle && <Text c="dimmed">{subtitle}</Text>}
      </Stack>
      {actions && <div style={{ flexShrink: 0 }}>{actions}</div>}
    </Group>
  );
}
