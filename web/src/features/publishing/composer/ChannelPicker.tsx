/** Which channels the post goes to: one variant per ticked channel. */
import { Checkbox, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../api/types';

export function ChannelPicker({
  channels,
  selected,
  onToggle,
  disabled,
}: {
  channels: Channel[];
  selected: string[];
  onToggle: (channelId: string, on: boolean) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {t('publishing.editor.channels')}
      </Text>
      {channels.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('publishing.editor.noChannels')}
        </Text>
      )}
      <Group gap="md">
        {channels.map((channel) => (
          <Checkbox
            key={channel.id}
            label={`${channel.name} (@${channel.handle})`}
            checked={selected.includes(channel.id)}
            onChange={(e) => onToggle(channel.id, e.currentTarget.checked)}
            disabled={disabled}
            data-testid={`composer-channel-${channel.id}`}
          />
        ))}
      </Group>
    </div>
  );
}
