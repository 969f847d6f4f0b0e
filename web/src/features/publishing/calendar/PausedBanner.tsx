/** The red banner while publishing is paused, with resume for admins and managers. */
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { IconAlert } from '../../../components/icons';
import { formatLocale } from '../../../i18n';
import { formatDateTime } from '../../../lib/time';
import { useWorkspace } from '../../shell/workspace-context';
import type { PausedState } from '../calendar.api';
import { useResumePublishing } from '../settings.api';

export const PUBLISHING_ADMINS = ['admin', 'manager'];

export function PausedBanner({ paused }: { paused: PausedState }) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const resume = useResumePublishing(workspace.id);
  const isAdmin = workspace.roles.some((role) => PUBLISHING_ADMINS.includes(role));
  return (
    <Alert
      color="red"
      variant="filled"
      icon={<IconAlert />}
      title={t('publishing.calendar.paused.title')}
      data-testid="publishing-paused"
      mb="md"
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">
          {t('publishing.calendar.paused.body', {
            when: formatDateTime(paused.at, formatLocale(i18n.resolvedLanguage), workspace.timeZone),
            who: paused.by?.name ?? t('publishing.calendar.paused.someone'),
            reason: paused.reason,
          })}
        </Text>
        {isAdmin && (
          <Button
            color="red"
            variant="white"
            loading={resume.isPending}
            onClick={() => resume.mutate()}
            data-testid="publishing-resume"
          >
            {t('publishing.calendar.paused.resume')}
          </Button>
        )}
      </Group>
      {resume.error && <ErrorAlert error={resume.error} />}
    </Alert>
  );
}
