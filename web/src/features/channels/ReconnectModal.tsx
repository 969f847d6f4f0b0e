/**
 * Reconnect: new credentials for the same account (an expired or revoked token). The server checks
 * them against the network, refuses another account, and fetches what came in during the outage.
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert, useErrorMessage } from '../../components/ErrorAlert';
import { useReconnectChannel } from './channels.api';
import { CONNECT_KINDS, type ChannelDetail, type ConnectKind } from './channels.types';
import { credentialsOf, fieldOfError, missingField } from './connect-kinds';
import { CredentialFields } from './CredentialFields';

export function ReconnectModal({
  workspaceId,
  channel,
  opened,
  onClose,
}: {
  workspaceId: string;
  channel: ChannelDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const reconnect = useReconnectChannel(workspaceId, channel.id);
  const [values, setValues] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string | null>(null);
  const kind = (CONNECT_KINDS as readonly string[]).includes(channel.kind) ? (channel.kind as ConnectKind) : null;
  const typed = kind !== null && kind !== 'sandbox';

  const close = () => {
    setValues({});
    setMissing(null);
    reconnect.reset();
    onClose();
  };

  const submit = () => {
    if (typed) {
      const empty = missingField(kind, values);
      if (empty) return setMissing(empty.key);
    }
    setMissing(null);
    const credentials = typed ? (credentialsOf(kind, values) ?? {}) : kind === 'sandbox' ? sandboxToken() : {};
    reconnect.mutate(credentials, { onSuccess: close });
  };

  const error = reconnect.error;
  const errorField =
    typed && error instanceof ApiError && error.status === 400
      ? fieldOfError(kind, error.message, error.details)
      : null;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('channelSettings.reconnect.title', { name: channel.name })}
      size="lg"
      data-testid="channel-reconnect-modal"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            {t(typed ? 'channelSettings.reconnect.intro' : 'channelSettings.reconnect.introSandbox')}
          </Text>
          {typed && (
            <CredentialFields
              kind={kind}
              values={values}
              only="credentials"
              onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
              errorField={missing ?? errorField}
              errorText={missing ? t('channelSettings.connect.required') : error ? message(error) : null}
            />
          )}
          {error && !errorField && <ErrorAlert error={error} title={t('channelSettings.reconnect.failed')} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reconnect.isPending} data-testid="channel-reconnect-submit">
              {t('channelSettings.reconnect.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The sandbox is a practice network inside Samtal: any token with its prefix is valid, so a
 * reconnect simply brings a fresh one (the server checks it like any other credentials).
 */
function sandboxToken(): Record<string, string> {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return { token: `sbx_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}` };
}
