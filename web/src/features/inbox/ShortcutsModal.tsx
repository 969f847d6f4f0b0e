import { Group, Kbd, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from './useInboxShortcuts';

export function ShortcutsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('inbox.shortcuts.title')} data-testid="shortcuts-modal">
      <Stack gap={6} component="dl" m={0}>
        {SHORTCUTS.map(([key, action]) => (
          <Group key={key} justify="space-between">
            <Text component="dt" size="sm">
              {t(`inbox.shortcuts.${action === 'previous' ? 'previous' : action}`)}
            </Text>
            <Text component="dd" m={0}>
              <Kbd>{key}</Kbd>
            </Text>
          </Group>
        ))}
      </Stack>
    </Modal>
  );
}
