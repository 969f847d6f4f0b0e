import { Alert, Button, Center, Code, Group, Loader, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconAudit, IconCheck, IconAlert } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import { hasRole } from '../shell/access';
import { useWorkspace } from '../shell/workspace-context';
import { useAuditLog, useVerifyAudit } from './audit.api';

export function AuditPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const log = useAuditLog(workspace.id);
  const verify = useVerifyAudit(workspace.id);
  const isAdmin = hasRole(workspace.roles, 'admin');
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];

  return (
    <Stack gap="lg" maw={1200} mx="auto" data-testid="audit-page">
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        actions={
          isAdmin && (
            <Button
              variant="light"
              leftSection={<IconAudit size={16} />}
              loading={verify.isPending}
              onClick={() => verify.mutate()}
              data-testid="audit-verify"
            >
              {t('audit.verify')}
            </Button>
          )
        }
      />
      {verify.error && <ErrorAlert error={verify.error} />}
      {verify.data &&
        (verify.data.ok ? (
          <Alert color="teal" variant="light" icon={<IconCheck />} data-testid="audit-verify-result" data-ok="true">
            {t('audit.verifyOk', { count: verify.data.checked })}
          </Alert>
        ) : (
          <Alert color="red" variant="light" icon={<IconAlert />} data-testid="audit-verify-result" data-ok="false">
            {t('audit.verifyBroken', {
              seq: verify.data.firstBroken?.seq ?? '?',
              reason: verify.data.firstBroken?.reason ?? '',
            })}
          </Alert>
        ))}
      <Paper withBorder radius="lg" p="lg">
        {log.isPending ? (
          <Center py="lg">
            <Loader aria-label={t('common.loading')} />
          </Center>
        ) : log.error ? (
          <ErrorAlert error={log.error} />
        ) : entries.length === 0 ? (
          <Text c="dimmed">{t('audit.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" striped data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>#</Table.Th>
                  <Table.Th w={200}>{t('audit.time')}</Table.Th>
                  <Table.Th>{t('audit.actor')}</Table.Th>
                  <Table.Th>{t('audit.action')}</Table.Th>
                  <Table.Th>{t('audit.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <AuditRow key={entry.id} entry={entry} timeZone={workspace.timeZone} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {log.hasNextPage && (
          <Group justify="center" mt="md">
            <Button
              variant="default"
              loading={log.isFetchingNextPage}
              onClick={() => void log.fetchNextPage()}
              data-testid="audit-older"
            >
              {t('audit.loadOlder')}
            </Button>
          </Group>
        )}
      </Paper>
    </Stack>
  );
}

function AuditRow({ entry, timeZone }: { entry: AuditEntry; timeZone: string }) {
  const data =
    entry.data && typeof entry.data === 'object' && Object.keys(entry.data).length > 0
      ? JSON.stringify(entry.data)
      : null;
  return (
    <Table.Tr data-testid="audit-row">
      <Table.Td>
        <Tooltip label={entry.hash} openDelay={300}>
          <Text size="sm" c="dimmed" ff="monospace" tabIndex={0}>
            {String(entry.seq)}
          </Text>
        </Tooltip>
      </Table.Td>
      <Table.Td>
        <WorkspaceTime iso={entry.createdAt} timeZone={timeZone} mode="absolute" size="sm" c="dark" />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{entry.actor.label}</Text>
      </Table.Td>
      <Table.Td>
        <Code>{entry.action}</Code>
        {entry.subject && (
          <Text size="xs" c="dimmed" mt={2}>
            {entry.subject.type} {entry.subject.id.slice(0, 8)}
          </Text>
        )}
      </Table.Td>
      <Table.Td maw={380}>
        {data && (
          <Text size="xs" ff="monospace" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }} title={data}>
            {data}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
