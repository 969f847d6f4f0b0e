/** Small full-page states: not found, not allowed, no workspace. */
import { Button, Center, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../api/types';
import { type FeatureKey, mayUse } from './access';
import { useWorkspace } from './workspace-context';

function Message({ title, body, action, testId }: { title: string; body: string; action?: ReactNode; testId: string }) {
  return (
    <Center mih="50vh" data-testid={testId}>
      <Stack align="center" gap="xs" maw={460} ta="center">
        <Title order={2}>{title}</Title>
        <Text c="dimmed">{body}</Text>
        {action}
      </Stack>
    </Center>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Message
      testId="not-found"
      title={t('shell.notFound.title')}
      body={t('shell.notFound.body')}
      action={
        <Button component={Link} to="/" variant="light" mt="sm">
          {t('shell.notFound.home')}
        </Button>
      }
    />
  );
}

export function NoWorkspacesPage() {
  const { t } = useTranslation();
  return <Message testId="no-workspaces" title={t('shell.noWorkspaces.title')} body={t('shell.noWorkspaces.body')} />;
}

/** Shows the page only to roles that may use the feature; others get a friendly explanation. */
export function RequireFeature({ feature, children }: { feature: FeatureKey; children: ReactNode }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  if (!mayUse(feature, workspace.roles as Role[])) {
    return <Message testId="no-access" title={t('shell.noAccess.title')} body={t('shell.noAccess.body')} />;
  }
  return children;
}
