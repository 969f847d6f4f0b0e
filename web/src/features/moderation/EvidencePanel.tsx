/**
 * The evidence records of an item: when, by whom and why each was captured, its legal hold, its
 * place in the tamper-evident chain, every artifact with its SHA-256, and the screenshot.
 */
import { Alert, Anchor, Box, Button, Group, Image, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import { formatLocale } from '../../i18n';
import { useWorkspace } from '../shell/workspace-context';
import { artifactUrl, useCaptureEvidence } from './moderation.api';
import type { EvidenceSummary } from './moderation.types';
import { HashText } from './ModerationBadges';

export function EvidencePanel({ itemId, records }: { itemId: string; records: EvidenceSummary[] }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const capture = useCaptureEvidence(workspace.id);
  return (
    <Stack gap="xs" data-testid="evidence-panel">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('moderation.evidence.title')}
        </Title>
        <Button
          size="xs"
          variant="light"
          onClick={() => capture.mutate({ itemId, reason: t('moderation.evidence.onDemand') })}
          loading={capture.isPending}
          data-testid="evidence-capture"
        >
          {t('moderation.evidence.capture')}
        </Button>
      </Group>
      <ErrorAlert error={capture.error} />
      {records.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="evidence-none">
          {t('moderation.evidence.none')}
        </Text>
      ) : (
        records.map((record) => <EvidenceRecordCard key={record.id} record={record} />)
      )}
    </Stack>
  );
}

function EvidenceRecordCard({ record }: { record: EvidenceSummary }) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const size = new Intl.NumberFormat(formatLocale(i18n.resolvedLanguage), {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 1,
  });
  const screenshot = record.artifacts.findIndex((a) => a.kind === 'screenshot');
  return (
    <Paper withBorder radius="md" p="sm" data-testid="evidence-record" data-record-id={record.id}>
      <Stack gap={6}>
        <Group justify="space-between" gap={6} wrap="wrap">
          <Text size="sm" fw={600}>
            {t('moderation.evidence.record', { seq: record.seq })}
          </Text>
          <WorkspaceTime
            iso={record.capturedAt}
            timeZone={workspace.timeZone}
            template={(time) => t('moderation.evidence.capturedBy', { name: record.capturedBy, time })}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('moderation.evidence.reason', { reason: record.reason })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('moderation.evidence.legalHold', { reason: record.legalHoldReason })}
        </Text>
        <HashText value={record.hash} label={t('moderation.evidence.chainHash')} />
        {screenshot >= 0 && (
          <Anchor href={artifactUrl(workspace.id, record.id, screenshot)} target="_blank" rel="noopener">
            <Image
              src={artifactUrl(workspace.id, record.id, screenshot)}
              alt={t('moderation.evidence.screenshot')}
              radius="sm"
              mah={280}
              w="auto"
              fit="contain"
              style={{ border: '1px solid var(--mantine-color-gray-3)' }}
              data-testid="evidence-screenshot"
            />
          </Anchor>
        )}
        {record.captureErrors.length > 0 && (
          <Alert color="yellow" variant="light" p="xs" data-testid="evidence-capture-errors">
            {record.captureErrors.map((e, i) => (
              <Text key={i} size="xs">
                {t('moderation.evidence.captureError', { kind: e.kind, message: e.message })}
              </Text>
            ))}
          </Alert>
        )}
        <Box style={{ overflowX: 'auto' }}>
          <Table fz="xs" verticalSpacing={4} withRowBorders={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('moderation.evidence.file')}</Table.Th>
                <Table.Th>{t('moderation.evidence.size')}</Table.Th>
                <Table.Th>SHA-256</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {record.artifacts.map((artifact, position) => (
                <Table.Tr key={position} data-testid="evidence-artifact" data-kind={artifact.kind}>
                  <Table.Td>
                    <Anchor
                      href={artifactUrl(workspace.id, record.id, position)}
                      download={artifact.filename}
                      size="xs"
                    >
                      {artifact.filename}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{size.format(artifact.size / 1024)}</Table.Td>
                  <Table.Td>
                    <HashText value={artifact.sha256} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      </Stack>
    </Paper>
  );
}
