import { Center, Loader, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentMe } from '../auth/auth.api';
import { hasRole } from '../shell/access';
import { useWorkspace } from '../shell/workspace-context';
import { InvitationsPanel } from './InvitationsPanel';
import { MembersTable } from './MembersTable';
import { useMembers } from './team.api';

/** Members for admins and managers; role editing and invitations for admins only. */
export function TeamPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const me = useCurrentMe();
  const members = useMembers(workspace.id);
  const isAdmin = hasRole(workspace.roles, 'admin');

  return (
    <Stack gap="lg" maw={1100} mx="auto" data-testid="team-page">
      <PageHeader title={t('team.title')} subtitle={t('team.subtitle')} />
      <Paper withBorder radius="lg" p="lg">
        <Title order={2} size="h4" mb="sm">
          {t('team.members')}
        </Title>
        {members.isPending ? (
          <Center py="lg">
            <Loader aria-label={t('common.loading')} />
          </Center>
        ) : members.error ? (
          <ErrorAlert error={members.error} />
        ) : (
          <MembersTable members={members.data} workspace={workspace} meId={me.user.id} canEdit={isAdmin} />
        )}
      </Paper>
      {isAdmin && <InvitationsPanel workspace={workspace} />}
    </Stack>
  );
}
