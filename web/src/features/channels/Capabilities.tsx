import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api/types';
import { IconCheck } from '../../components/icons';

const KNOWN = [
  'publicReply',
  'privateReply',
  'hide',
  'unhide',
  'delete',
  'block',
  'mute',
  'report',
  'followRequests',
  'publish',
  'nativeScheduling',
];

/** What the channel can do; what it cannot is greyed out and says why (tooltip, also reachable by keyboard). */
export function Capabilities({ capabilities }: { capabilities: Channel['capabilities'] }) {
  const { t } = useTranslation();
  const entries = Object.entries(capabilities.actions).sort(([a], [b]) => order(a) - order(b));
  return (
    <Stack gap={8}>
      <Text size="sm" fw={600}>
        {t('channels.capabilities')}
      </Text>
      <Group gap={6} data-testid="capabilities">
        {entries.map(([name, capability]) => {
          const label = KNOWN.includes(name) ? t(`channels.capability.${name}`) : name;
          if (capability.supported) {
            return (
              <Badge
                key={name}
                variant="light"
                color="indigo"
                radius="sm"
                fw={500}
                leftSection={<IconCheck size={12} />}
                data-capability={name}
                data-supported="true"
              >
                {label}
              </Badge>
            );
          }
          return (
            <Tooltip key={name} label={`${t('channels.notSupported')}: ${capability.reason ?? ''}`} multiline maw={280}>
              <Badge
                variant="outline"
                color="gray"
                radius="sm"

                fw={500}
                tabIndex={0}
                aria-label={`${label} — ${t('channels.notSupported')}: ${capability.reason ?? ''}`}
                style={{ opacity: 0.55, textDecoration: 'line-through', cursor: 'help' }}
                data-capability={name}
                data-supported="false"
              >
                {label}
              </Badge>
            </Tooltip>
          );
        })}
      </Group>
      <Text size="xs" c="dimmed">
        {t('channels.maxLength', { count: capabilities.maxLength })}
        {capabilities.ingest.length > 0 &&
          ` · ${t('channels.ingest.label')} ${capabilities.ingest.map((i) => (['poll', 'webhook', 'stream'].includes(i) ? t(`channels.ingest.${i}`) : i)).join(', ')}`}
      </Text>
    </Stack>
  );
}

function order(name: string) {
  const i = KNOWN.indexOf(name);
  return i === -1 ? KNOWN.length : i;
}
