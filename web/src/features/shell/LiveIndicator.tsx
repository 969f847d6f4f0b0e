import { Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveState } from './useWorkspaceEvents';

export function LiveIndicator({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  const label = t(`shell.live.${state}`);
  return (
    <Tooltip label={label}>
      <Group
        gap={6}
        data-testid="live-status"
        data-state={state}
        role="status"
        aria-live="polite"
        tabIndex={0}
        wrap="nowrap"
      >
        <span className="live-dot" data-state={state} />
        <Text size="xs" c="dimmed" visibleFrom="md">
          {label}
        </Text>
      </Group>
    </Tooltip>
  );
}
