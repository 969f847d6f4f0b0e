import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconCheck } from '../../components/icons';
import { capabilityReason } from './capability-reason';
import { CAPABILITY_NAMES, type ChannelDetail } from './channels.types';

const KNOWN: readonly string[] = CAPABILITY_NAMES;

/**
 * What the channel can do; what it cannot is greyed out and says why — in a tooltip (reachable by
 * keyboard) and as visible text, since the reason is what tells a responder what to do instead.
 */
export function Capabilities({
  kind,
  capabilities,
}: {
  /** The channel's kind: the reasons are translated per network. */
  kind: string;
  capabilities: ChannelDetail['capabilities'];
}) {
  const { t } = useTranslation();
  const entries = Object.entries(capabilities.actions).sort(([a], [b]) => order(a) - order(b));
  const label = (name: string) => (KNOWN.includes(name) ? t(`channelSettings.capability.${name}`) : name);
  const supported = entries.filter(([, c]) => c.supported);
  const unsupported = entries
    .filter(([, c]) => !c.supported)
    .map(([name, c]) => [name, c.reason ? capabilityReason(t, kind, name, c.reason) : null] as const);
  const extras = [
    t('channels.maxLength', { count: capabilities.maxLength }),
    ...(capabilities.maxMedia ? [t('channelSettings.maxMedia', { count: capabilities.maxMedia })] : []),
    ...(capabilities.privateReplyWindowMs
      ? [t('channelSettings.privateReplyWindow', { count: Math.round(capabilities.privateReplyWindowMs / 86_400_000) })]
      : []),
  ];
  return (
    <Stack gap={8}>
      <Text size="sm" fw={600}>
        {t('channels.capabilities')}
      </Text>
      <Group gap={6} data-testid="capabilities">
        {supported.map(([name]) => (
          <Badge
            key={name}
            variant="light"
            color="indigo"
            radius="sm"
            fw={500}
            leftSection={<IconCheck size={12} />}
            data-capability={name}
            data-supported="true"
            data-testid={`capability-${name}`}
          >
            {label(name)}
          </Badge>
        ))}
      </Group>
      {unsupported.length > 0 && (
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="capabilities-unsupported">
          {unsupported.map(([name, reason]) => (
            <li key={name} data-capability={name} data-supported="false" data-testid={`capability-${name}`}>
              <Group gap={8} wrap="nowrap" align="flex-start">
                <Tooltip label={`${t('channels.notSupported')}: ${reason ?? ''}`} multiline maw={280}>
                  <Badge
                    variant="outline"
                    color="gray"
                    radius="sm"
                    fw={500}
                    tabIndex={0}
                    aria-label={`${label(name)} — ${t('channels.notSupported')}`}
                    style={{ opacity: 0.55, textDecoration: 'line-through', cursor: 'help', flexShrink: 0 }}
                  >
                    {label(name)}
                  </Badge>
                </Tooltip>
                <Text size="xs" c="dimmed" data-testid="capability-reason">
                  {reason ?? t('channels.notSupported')}
                </Text>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      <Text size="xs" c="dimmed">
        {extras.join(' · ')}
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
