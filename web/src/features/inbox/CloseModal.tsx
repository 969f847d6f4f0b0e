/** Closing needs a reason (spam, duplicate, …): pick a common one or write your own. */
import { Button, Chip, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const REASONS = ['spam', 'duplicate', 'noReplyNeeded', 'handledElsewhere'] as const;

export function CloseModal({
  opened,
  onClose,
  onSubmit,
  pending,
}: {
  opened: boolean;
  onClose: () => void;
  onSubmit: (reason: string) => void;
  pending?: boolean;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    if (!reason.trim()) {
      setError(t('inbox.close.required'));
      return;
    }
    onSubmit(reason.trim());
    setReason('');
    setError(null);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('inbox.close.title')} data-testid="close-modal">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Group gap={6}>
            {REASONS.map((key) => {
              const label = t(`inbox.close.reasons.${key}`);
              return (
                <Chip key={key} size="xs" checked={reason === label} onChange={() => setReason(label)}>
                  {label}
                </Chip>
              );
            })}
          </Group>
          <TextInput
            label={t('inbox.close.reason')}
            placeholder={t('inbox.close.reasonPlaceholder')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error}
            data-autofocus
            data-testid="close-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={pending} data-testid="close-submit">
              {t('inbox.close.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
