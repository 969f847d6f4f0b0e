/**
 * "Connect channel": pick the network, fill in its credentials (with help on where to get them),
 * submit. The server tests the connection before it stores anything; its message (English, naming
 * the field or the network's answer) is shown under a heading in the person's language.
 */
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert, useErrorMessage } from '../../components/ErrorAlert';
import { useConnectChannel } from './channels.api';
import { CONNECT_KINDS, type ConnectKind } from './channels.types';
import { credentialsOf, fieldOfError, missingField } from './connect-kinds';
import { CredentialFields } from './CredentialFields';

export function ConnectChannelModal({
  workspaceId,
  opened,
  onClose,
}: {
  workspaceId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const connect = useConnectChannel(workspaceId);
  const [kind, setKind] = useState<ConnectKind | null>(null);
  const [name, setName] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string | null>(null);

  const reset = () => {
    setKind(null);
    setName('');
    setValues({});
    setMissing(null);
    connect.reset();
  };
  const close = () => {
    reset();
    onClose();
  };

  const pick = (next: ConnectKind) => {
    setKind(next);
    setValues({});
    setMissing(null);
    connect.reset();
  };

  const submit = () => {
    if (!kind) return;
    const empty = missingField(kind, values);
    if (!name.trim() || empty) {
      setMissing(!name.trim() ? 'name' : empty!.key);
      return;
    }
    setMissing(null);
    connect.mutate(
      {
        kind,
        name: name.trim(),
        ...(kind === 'sandbox' ? { handle: (values.handle ?? '').trim() } : {}),
        ...(kind === 'sandbox' ? {} : { credentials: credentialsOf(kind, values) }),
      },
      { onSuccess: close },
    );
  };

  // A 400 that names a field goes under that field; anything else goes in the alert below the form.
  const serverError = connect.error;
  const serverField =
    kind && serverError instanceof ApiError && serverError.status === 400
      ? fieldOfError(kind, serverError.message, serverError.details)
      : null;
  const required = t('channelSettings.connect.required');

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('channelSettings.connect.title')}
      size="lg"
      data-testid="channel-connect-modal"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Stack gap={6}>
            <Text size="sm" fw={600} id="channel-connect-kind-label">
              {t('channelSettings.connect.pickKind')}
            </Text>
            <SimpleGrid
              cols={{ base: 2, sm: 3 }}
              spacing="xs"
              role="radiogroup"
              aria-labelledby="channel-connect-kind-label"
            >
              {CONNECT_KINDS.map((k) => (
                <UnstyledButton
                  key={k}
                  role="radio"
                  aria-checked={kind === k}
                  onClick={() => pick(k)}
                  p="sm"
                  data-testid={`channel-connect-kind-${k}`}
                  style={{
                    border: `1px solid var(--mantine-color-${kind === k ? 'indigo-6' : 'gray-3'})`,
                    borderRadius: 8,
                    background: kind === k ? 'var(--mantine-color-indigo-0)' : undefined,
                  }}
                >
                  <Text size="sm" fw={600}>
                    {t(`channels.kind.${k}`)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`channelSettings.kindHint.${k}`)}
                  </Text>
                </UnstyledButton>
              ))}
            </SimpleGrid>
          </Stack>

          {kind && (
            <>
              <TextInput
                label={t('channelSettings.field.name.label')}
                description={t('channelSettings.field.name.help')}
                required
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={missing === 'name' ? required : undefined}
                data-testid="channel-field-name"
              />
              <CredentialFields
                kind={kind}
                values={values}
                onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
                errorField={missing && missing !== 'name' ? missing : serverField}
                errorText={missing && missing !== 'name' ? required : serverError ? message(serverError) : null}
              />
              {serverError && !serverField && (
                <ErrorAlert error={serverError} title={t('channelSettings.connect.failed')} />
              )}
            </>
          )}

          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!kind} loading={connect.isPending} data-testid="channel-connect-submit">
              {t('channelSettings.connect.submit')}
            </Button>
          </Group>
          {connect.isPending && kind !== 'sandbox' && (
            <Text size="xs" c="dimmed" role="status">
              {t('channelSettings.connect.testing')}
            </Text>
          )}
        </Stack>
      </form>
    </Modal>
  );
}
