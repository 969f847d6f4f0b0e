/** The outgoing webhook: address and write-only signing secret (admin), and the latest deliveries with their state. */
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconCheck } from '../../components/icons';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import { FormError } from './FormError';
import { toInput } from './GeneralSettingsPanel';
import { useSaveInboxSettings, useWebhookDeliveries } from './inbox-settings.api';
import type { InboxSettings, WebhookDelivery } from './inbox-settings.types';

const STATE_COLORS: Record<WebhookDelivery['status'], string> = { pending: 'yellow', delivered: 'teal', failed: 'red' };

export function WebhookPanel({
  workspace,
  settings,
  isAdmin,
}: {
  workspace: Workspace;
  settings: InboxSettings;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const save = useSaveInboxSettings(workspace.id);
  const deliveries = useWebhookDeliveries(workspace.id, isAdmin);
  const [url, setUrl] = useState(settings.webhookUrl ?? '');
  const [secret, setSecret] = useState('');
  const [removeSecret, setRemoveSecret] = useState(false);
  const dirty = url.trim() !== (settings.webhookUrl ?? '') || secret !== '' || removeSecret;
  // The server wants at least 16 characters; say so before it does.
  const secretTooShort = secret !== '' && secret.length < 16;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (secretTooShort) return;
    const body = { ...toInput(settings), webhookUrl: url.trim() || null };
    const withSecret = removeSecret
      ? { ...body, webhookSecret: null }
      : secret
        ? { ...body, webhookSecret: secret }
        : body;
    save.mutate(withSecret, {
      onSuccess: () => {
        setSecret('');
        setRemoveSecret(false);
      },
    });
  };

  return (
    <Stack gap="lg">
      <Paper withBorder radius="lg" p="lg" component="form" onSubmit={submit} noValidate data-testid="webhook-form">
        <Stack>
          <div>
            <Title order={3} size="h5">
              {t('inboxSettings.webhook.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('inboxSettings.webhook.hint')}
            </Text>
          </div>
          <FormError error={save.error} />
          {save.isSuccess && !dirty && (
            <Alert color="teal" variant="light" icon={<IconCheck />}>
              {t('inboxSettings.saved')}
            </Alert>
          )}
          <TextInput
            label={t('inboxSettings.webhook.url')}
            type="url"
            placeholder="https://example.org/samtal-hook"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            disabled={!isAdmin}
            data-testid="webhook-url"
          />
          <PasswordInput
            label={t('inboxSettings.webhook.secret')}
            description={
              settings.webhookSecretSet ? t('inboxSettings.webhook.secretSet') : t('inboxSettings.webhook.secretUnset')
            }
            placeholder={t('inboxSettings.webhook.secretPlaceholder')}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            disabled={!isAdmin || removeSecret}
            autoComplete="new-password"
            error={secretTooShort ? t('inboxSettings.webhook.secretTooShort') : undefined}
            data-testid="webhook-secret"
          />
          {settings.webhookSecretSet && isAdmin && (
            <Checkbox
              label={t('inboxSettings.webhook.removeSecret')}
              checked={removeSecret}
              onChange={(e) => setRemoveSecret(e.currentTarget.checked)}
            />
          )}
          {settings.webhookSecretSet && (
            <Group gap={6}>
              <Badge color="teal" variant="light" data-testid="webhook-secret-set">
                {t('inboxSettings.webhook.secretSetBadge')}
              </Badge>
            </Group>
          )}
          {isAdmin ? (
            <Group justify="flex-end">
              <Button
                type="submit"
                loading={save.isPending}
                disabled={!dirty || secretTooShort}
                data-testid="webhook-save"
              >
                {t('inboxSettings.save')}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('inboxSettings.readOnly')}
            </Text>
          )}
        </Stack>
      </Paper>
      <Paper withBorder radius="lg" p="lg" data-testid="webhook-deliveries">
        <Title order={3} size="h5" mb="sm">
          {t('inboxSettings.webhook.deliveries')}
        </Title>
        {!isAdmin ? (
          <Text size="sm" c="dimmed">
            {t('inboxSettings.webhook.adminOnly')}
          </Text>
        ) : deliveries.error ? (
          <ErrorAlert error={deliveries.error} />
        ) : deliveries.data?.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('inboxSettings.webhook.noDeliveries')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('inboxSettings.webhook.time')}</Table.Th>
                  <Table.Th>{t('inboxSettings.webhook.event')}</Table.Th>
                  <Table.Th>{t('inboxSettings.webhook.status')}</Table.Th>
                  <Table.Th>{t('inboxSettings.webhook.attempts')}</Table.Th>
                  <Table.Th>{t('inboxSettings.webhook.response')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {deliveries.data?.map((d) => (
                  <Table.Tr key={d.id} data-testid="delivery-row">
                    <Table.Td>
                      <WorkspaceTime iso={d.createdAt} timeZone={workspace.timeZone} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {d.event}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATE_COLORS[d.status]} variant="light">
                        {t(`inboxSettings.webhook.state.${d.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{d.attempts}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c={d.lastError ? 'red' : 'dimmed'} lineClamp={2}>
                        {[d.responseStatus, d.lastError].filter((x) => x !== null && x !== '').join(' · ') || '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}
