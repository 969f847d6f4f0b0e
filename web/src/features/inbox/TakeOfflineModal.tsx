/** Take it offline: a public reply saying we continue privately, and a case to follow it up. */
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTakeOffline } from './inbox.api';

export function TakeOfflineModal({
  workspaceId,
  conversationId,
  opened,
  onClose,
  privateBlocked = null,
}: {
  workspaceId: string;
  conversationId: string;
  opened: boolean;
  onClose: () => void;
  /** Why the channel cannot send the private message now (unsupported, or the window has closed). */
  privateBlocked?: string | null;
}) {
  const { t } = useTranslation();
  const takeOffline = useTakeOffline(workspaceId, conversationId);
  const [publicText, setPublicText] = useState(() => t('inbox.offline.publicDefault'));
  const [privateText, setPrivateText] = useState('');
  const [contactRoute, setContactRoute] = useState('');

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('inbox.offline.title')}
      size="lg"
      data-testid="take-offline-modal"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          takeOffline.mutate(
            {
              publicText: publicText.trim(),
              privateText: (privateBlocked === null && privateText.trim()) || undefined,
              contactRoute: contactRoute.trim() || undefined,
            },
            { onSuccess: onClose },
          );
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('inbox.offline.intro')}
          </Text>
          <Textarea
            label={t('inbox.offline.publicText')}
            value={publicText}
            onChange={(e) => setPublicText(e.currentTarget.value)}
            autosize
            minRows={2}
            required
            data-testid="offline-public"
          />
          <Textarea
            label={t('inbox.offline.privateText')}
            value={privateText}
            onChange={(e) => setPrivateText(e.currentTarget.value)}
            autosize
            minRows={2}
            disabled={privateBlocked !== null}
            description={privateBlocked !== null ? privateBlocked || t('inbox.channel.notPossible') : undefined}
            data-testid="offline-private"
          />
          <TextInput
            label={t('inbox.offline.contactRoute')}
            value={contactRoute}
            onChange={(e) => setContactRoute(e.currentTarget.value)}
            data-testid="offline-contact"
          />
          {takeOffline.error && <ErrorAlert error={takeOffline.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={takeOffline.isPending}
              disabled={!publicText.trim()}
              data-testid="offline-submit"
            >
              {t('inbox.offline.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
