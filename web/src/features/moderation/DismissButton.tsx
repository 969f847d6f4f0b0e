/** Nothing to act on: the entry leaves the queue with an optional note (audited on the server). */
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useWorkspace } from '../shell/workspace-context';
import { useDismissEntry } from './moderation.api';

export function DismissButton({ entryId }: { entryId: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const dismiss = useDismissEntry(workspace.id);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpen(true)} data-testid="moderation-dismiss">
        {t('moderation.dismiss.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('moderation.dismiss.title')}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('moderation.dismiss.hint')}
          </Text>
          <Textarea
            label={t('moderation.dismiss.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            data-testid="moderation-dismiss-note"
          />
          <ErrorAlert error={dismiss.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              onClick={() =>
                dismiss.mutate({ entryId, note: note.trim() || undefined }, { onSuccess: () => setOpen(false) })
              }
              loading={dismiss.isPending}
              data-testid="moderation-dismiss-confirm"
            >
              {t('moderation.dismiss.button')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
