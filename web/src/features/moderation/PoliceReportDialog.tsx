/**
 * A police-report package for one queue entry: laid out as a Swedish polisanmälan or a Dutch aangifte,
 * in sv, nl or en, with the suspected offence, a description and who reports. The server makes the
 * PDF and the ZIP (report, evidence files, manifest of hashes); the download link appears here.
 */
import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCurrentMe } from '../auth/auth.api';
import { useWorkspace } from '../shell/workspace-context';
import { useCreatePoliceReport, useOffenceCategories } from './police-reports.api';
import {
  JURISDICTIONS,
  type EvidenceSummary,
  type Jurisdiction,
  type QueueEntry,
  type Reporter,
} from './moderation.types';
import { HashText } from './ModerationBadges';

/** The offence most reports of this kind of entry are about; the moderator can change it. */
function likelyOffence(entry: QueueEntry): string {
  const codes = entry.reasons.map((r) => r.code);
  if (entry.item.intent === 'threat' || codes.includes('threat')) return 'unlawful_threat';
  if (codes.includes('personal_data')) return 'privacy_violation';
  if (entry.item.intent === 'abuse' || codes.includes('abuse') || codes.includes('offensive')) return 'harassment';
  return 'other';
}

export function PoliceReportDialog({
  entry,
  evidence,
  onClose,
}: {
  entry: QueueEntry;
  evidence: EvidenceSummary[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const me = useCurrentMe();
  const create = useCreatePoliceReport(workspace.id);
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>(workspace.country === 'NL' ? 'NL' : 'SE');
  const [language, setLanguage] = useState<Language>(workspace.defaultLanguage);
  const categories = useOffenceCategories(workspace.id, jurisdiction, language);
  const [category, setCategory] = useState(likelyOffence(entry));
  const [description, setDescription] = useState('');
  const [reporter, setReporter] = useState<Reporter>({
    name: me.user.name,
    organisation: workspace.name,
    role: '',
    email: me.user.email,
    phone: '',
    address: '',
  });
  const field = (key: keyof Reporter) => ({
    value: reporter[key] ?? '',
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setReporter((r) => ({ ...r, [key]: value }));
    },
    'data-testid': `police-report-${key}`,
  });
  const latest = evidence[0];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const optional = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
    create.mutate({
      // The latest evidence when there is some; else the server captures it first.
      ...(latest ? { recordIds: [latest.id] } : { itemIds: [entry.item.id] }),
      jurisdiction,
      language,
      offenceCategory: category,
      ...(description.trim() ? { description: description.trim() } : {}),
      reporter: {
        name: reporter.name.trim(),
        organisation: reporter.organisation.trim(),
        email: reporter.email.trim(),
        role: optional(reporter.role),
        phone: optional(reporter.phone),
        address: optional(reporter.address),
      },
    });
  };
  const report = create.data;

  return (
    <Modal opened onClose={onClose} title={t('moderation.police.title')} size="lg" data-testid="police-report-dialog">
      {report ? (
        <Stack gap="sm" data-testid="police-report-created" data-reference={report.reference}>
          <Alert color="teal" variant="light" title={t('moderation.police.created', { reference: report.reference })}>
            {t('moderation.police.createdHint')}
          </Alert>
          <HashText value={report.zipSha256} label={t('moderation.police.zipHash')} />
          <HashText value={report.pdfSha256} label={t('moderation.police.pdfHash')} />
          <Group justify="space-between">
            <Anchor href={report.pdfUrl} download size="sm" data-testid="police-report-pdf">
              {t('moderation.police.downloadPdf')}
            </Anchor>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('common.close')}
              </Button>
              <Button
                component="a"
                href={report.downloadUrl}
                download={`${report.reference}.zip`}
                data-testid="police-report-download"
              >
                {t('moderation.police.download')}
              </Button>
            </Group>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('moderation.police.hint')}
            </Text>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('moderation.police.jurisdiction')}
              </Text>
              <SegmentedControl
                fullWidth
                value={jurisdiction}
                onChange={(v) => setJurisdiction(v as Jurisdiction)}
                data={JURISDICTIONS.map((j) => ({ value: j, label: t(`moderation.police.layout.${j}`) }))}
                data-testid="police-report-jurisdiction"
              />
            </Stack>
            <Group align="flex-start" gap="sm" wrap="wrap">
              <Select
                w={170}
                label={t('moderation.police.language')}
                value={language}
                onChange={(v) => v && setLanguage(v as Language)}
                allowDeselect={false}
                data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
                data-testid="police-report-language"
              />
              <Select
                style={{ flex: 1, minWidth: 240 }}
                label={t('moderation.police.offence')}
                value={category}
                onChange={(v) => v && setCategory(v)}
                allowDeselect={false}
                disabled={!categories.data}
                data={(categories.data ?? []).map((c) => ({
                  value: c.key,
                  label: c.law ? `${c.label} (${c.law})` : c.label,
                }))}
                data-testid="police-report-offence"
              />
            </Group>
            <ErrorAlert error={categories.error} />
            <Textarea
              label={t('moderation.police.description')}
              description={t('moderation.police.descriptionHint')}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              autosize
              minRows={3}
              maxLength={10000}
              data-testid="police-report-description"
            />
            <Text size="sm" fw={600} mt="xs">
              {t('moderation.police.reporter')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('moderation.police.name')} required {...field('name')} />
              <TextInput label={t('moderation.police.organisation')} required {...field('organisation')} />
              <TextInput label={t('moderation.police.role')} {...field('role')} />
              <TextInput label={t('moderation.police.email')} type="email" required {...field('email')} />
              <TextInput label={t('moderation.police.phone')} type="tel" {...field('phone')} />
              <TextInput label={t('moderation.police.address')} {...field('address')} />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {latest ? t('moderation.police.usesRecord', { seq: latest.seq }) : t('moderation.police.capturesFirst')}
            </Text>
            <ErrorAlert error={create.error} />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                color="red"
                loading={create.isPending}
                disabled={
                  !reporter.name.trim() || !reporter.organisation.trim() || !reporter.email.trim() || !categories.data
                }
                data-testid="police-report-submit"
              >
                {t('moderation.police.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
