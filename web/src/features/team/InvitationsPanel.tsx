/** Admins invite people by e-mail; the accept link is shown once (only its hash is stored) with a copy button. */
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation, InvitationStatus, Role, Workspace } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconCheck, IconCopy, IconPlus } from '../../components/icons';
import { formatDate } from '../../lib/time';
import { formatLocale } from '../../i18n';
import { useCreateInvitation, useInvitations, useRevokeInvitation } from './team.api';
import { RoleBadges } from './RoleBadges';
import { RolePicker } from './RolePicker';

const STATUS_COLORS: Record<InvitationStatus, string> = {
  pending: 'yellow',
  accepted: 'teal',
  revoked: 'gray',
  expired: 'gray',
};

export function InvitationsPanel({ workspace }: { workspace: Workspace }) {
  const { t, i18n } = useTranslation();
  const locale = formatLocale(i18n.resolvedLanguage);
  const invitations = useInvitations(workspace.id, true);
  const [inviting, setInviting] = useState(false);
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  return (
    <Paper withBorder radius="lg" p="lg" data-testid="invitations-panel">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          {t('team.invitations')}
        </Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setInviting(true)} data-testid="invite-open">
          {t('team.invite')}
        </Button>
      </Group>
      {invitations.error && <ErrorAlert error={invitations.error} />}
      {invitations.data?.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('team.noInvitations')}
        </Text>
      )}
      {invitations.data && invitations.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" data-testid="invitations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('team.email')}</Table.Th>
                <Table.Th>{t('team.roles')}</Table.Th>
                <Table.Th>{t('team.statusLabel')}</Table.Th>
                <Table.Th>{t('team.expires')}</Table.Th>
                <Table.Th>{t('team.invitedBy')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.data.map((invitation) => (
                <Table.Tr key={invitation.id} data-testid="invitation-row" data-email={invitation.email}>
                  <Table.Td>
                    <Text size="sm">{invitation.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <RoleBadges roles={invitation.roles} />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[invitation.status]} variant="light">
                      {t(`team.status.${invitation.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {formatDate(invitation.expiresAt, locale, workspace.timeZone)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {invitation.invitedBy?.name ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {invitation.status === 'pending' && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => setRevoking(invitation)}>
                        {t('common.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {inviting && <InviteModal workspaceId={workspace.id} onClose={() => setInviting(false)} />}
      {revoking && <RevokeModal workspaceId={workspace.id} invitation={revoking} onClose={() => setRevoking(null)} />}
    </Paper>
  );
}

function InviteModal({ workspaceId, onClose }: { workspaceId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateInvitation(workspaceId);
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>(['responder']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || roles.length === 0) return;
    create.mutate({ email: email.trim(), roles });
  };

  return (
    <Modal opened onClose={onClose} title={t('team.invite')} centered size="lg">
      {create.data ? (
        <Stack data-testid="invite-result">
          <Alert color="teal" variant="light" title={t('team.inviteCreated', { email: create.data.invitation.email })}>
            {t('team.inviteLinkOnce')}
          </Alert>
          <Text size="sm" fw={500}>
            {t('team.inviteLink')}
          </Text>
          <Group wrap="nowrap" gap="xs" align="stretch">
            <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="invite-url">
              {create.data.acceptUrl}
            </Code>
            <CopyButton value={create.data.acceptUrl}>
              {({ copied, copy }) => (
                <Button
                  onClick={copy}
                  color={copied ? 'teal' : 'indigo'}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  data-testid="invite-copy"
                >
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {create.error && <ErrorAlert error={create.error} />}
            <TextInput
              label={t('team.email')}
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              data-autofocus
              data-testid="invite-email-input"
            />
            <RolePicker
              label={t('team.roles')}
              value={roles}
              onChange={setRoles}
              error={roles.length === 0 ? t('team.atLeastOneRole') : undefined}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                loading={create.isPending}
                disabled={!email.trim() || roles.length === 0}
                data-testid="invite-submit"
              >
                {t('team.inviteSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function RevokeModal({
  workspaceId,
  invitation,
  onClose,
}: {
  workspaceId: string;
  invitation: Invitation;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const revoke = useRevokeInvitation(workspaceId);
  return (
    <Modal opened onClose={onClose} title={t('common.revoke')} centered>
      <Stack>
        {revoke.error && <ErrorAlert error={revoke.error} />}
        <Text size="sm">{t('team.revokeConfirm', { email: invitation.email })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={revoke.isPending}
            onClick={() => revoke.mutate(invitation.id, { onSuccess: onClose })}
          >
            {t('common.revoke')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
