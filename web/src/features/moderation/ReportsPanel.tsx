/** Police-report packages made in this workspace: reference, offence, who made it when, hashes, downloads (each logged). */
import { Anchor, Badge, Center, Group, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import { useWorkspace } from '../shell/workspace-context';
import { HashText } from './ModerationBadges';
import { usePoliceReports } from './police-reports.api';

export function ReportsPanel() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { data, isPending, error } = usePoliceReports(workspace.id);

  if (isPending)
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (error) return <ErrorAlert error={error} />;
  if (data.length === 0)
    return (
      <Paper withBorder radius="lg" p="xl" ta="center" data-testid="police-reports">
        <Text c="dimmed">{t('moderation.reports.empty')}</Text>
      </Paper>
    );
  return (
    <Paper withBorder radius="lg" p="md" data-testid="police-reports" style={{ overflowX: 'auto' }}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('moderation.reports.reference')}</Table.Th>
            <Table.Th>{t('moderation.reports.offence')}</Table.Th>
            <Table.Th>{t('moderation.reports.created')}</Table.Th>
            <Table.Th>{t('moderation.reports.hashes')}</Table.Th>
            <Table.Th>{t('moderation.reports.downloads')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((report) => (
            <Table.Tr key={report.id} data-testid="police-report-row" data-reference={report.reference}>
              <Table.Td>
                <Text size="sm" fw={600} ff="monospace">
                  {report.reference}
                </Text>
                <Group gap={4} mt={2}>
                  <Badge size="xs" variant="light">
                    {t(`moderation.police.layout.${report.jurisdiction}`)}
                  </Badge>
                  <Badge size="xs" variant="light" color="gray">
                    {report.language.toUpperCase()}
                  </Badge>
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{report.offenceLabel}</Text>
                <Text size="xs" c="dimmed">
                  {t('moderation.reports.records', { count: report.recordIds.length })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{report.createdBy?.name ?? '—'}</Text>
                <WorkspaceTime iso={report.createdAt} timeZone={workspace.timeZone} mode="absolute" />
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <HashText value={report.zipSha256} label="ZIP" />
                  <HashText value={report.pdfSha256} label="PDF" />
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Anchor href={report.downloadUrl} download={`${report.reference}.zip`} size="sm">
                    {t('moderation.reports.package')}
                  </Anchor>
                  <Anchor href={report.pdfUrl} download={`${report.reference}.pdf`} size="sm">
                    {t('moderation.reports.pdf')}
                  </Anchor>
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
