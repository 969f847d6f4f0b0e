import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelHealth } from '../../api/types';

const COLORS: Record<ChannelHealth, string> = { healthy: 'teal', unhealthy: 'red', disconnected: 'gray' };

export function HealthBadge({ health, reason }: { health: ChannelHealth; reason: string | null }) {
  const { t } = useTranslation();
  const badge = (
    <Badge
      color={COLORS[health]}
      variant="dot"
      size="lg"
      style={{ flexShrink: 0 }}
      data-testid="channel-health"
      data-health={health}
      tabIndex={reason ? 0 : undefined}
    >
      {t(`channels.health.${health}`)}
    </Badge>
  );
  return reason ? (
    <Tooltip label={reason} multiline maw={280}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
