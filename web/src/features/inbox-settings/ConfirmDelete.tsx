/** "Delete X?" with the server's answer shown if it refuses. */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';

export function ConfirmDelete({
  name,
  id,
  mutation,
  onClose,
}: {
  name: string;
  id: string;
  mutation: UseMutationResult<unknown, Error, string>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('inboxSettings.delete')} centered>
      <Stack>
        <ErrorAlert error={mutation.error} />
        <Text size="sm">{t('inboxSettings.deleteConfirm', { name })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('inboxSettings.cancel')}
          </Button>
          <Button
            color="red"
            loading={mutation.isPending}
            onClick={() => mutation.mutate(id, { onSuccess: onClose })}
            data-testid="confirm-delete"
          >
            {t('inboxSettings.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
