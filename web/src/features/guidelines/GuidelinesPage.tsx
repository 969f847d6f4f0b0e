/** Community guidelines: admins and managers write and publish them; moderators read the version in force. */
import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { currentLanguage, formatLocale } from '../../i18n';
import { formatDate } from '../../lib/time';
import { hasRole } from '../shell/access';
import { useWorkspace } from '../shell/workspace-context';
import { useGuidelines } from './guidelines.api';
import { GuidelinesEditor } from './GuidelinesEditor';
import { GuidelinesHistory } from './GuidelinesHistory';
import { GUIDELINE_LANGUAGES } from './guidelines.types';
import { PublicLinkCard } from './PublicLinkCard';
import { PublishedGuidelinesView } from './PublishedGuidelinesView';

export function GuidelinesPage() {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const canEdit = hasRole(workspace.roles, 'admin', 'manager');
  const overview = useGuidelines(workspace.id);
  const data = overview.data;
  const published = data?.published ?? null;
  // After publishing, the editor starts over from the new version in force.
  const editorKey = published?.id ?? 'none';

  return (
    <Stack gap="lg" maw={1100} mx="auto" data-testid="guidelines-page">
      <PageHeader title={t('guidelines.title')} subtitle={t('guidelines.subtitle')} />
      {overview.isPending ? (
        <Center py="lg">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : overview.error ? (
        <ErrorAlert error={overview.error} />
      ) : (
        <>
          <Alert variant="light" color={published ? 'teal' : 'yellow'} data-testid="guidelines-status">
            <Text size="sm">
              {published
                ? t('guidelines.status.published', {
                    version: published.version,
                    date: formatDate(published.publishedAt!, formatLocale(i18n.resolvedLanguage), workspace.timeZone),
                  })
                : t('guidelines.status.none')}
            </Text>
          </Alert>
          <PublicLinkCard url={data!.publicUrl} published={!!published} />
          {canEdit ? (
            <GuidelinesEditor key={editorKey} workspace={workspace} overview={data!} />
          ) : (
            published && (
              <PublishedGuidelinesView
                version={published}
                language={
                  (GUIDELINE_LANGUAGES as readonly string[]).includes(workspace.defaultLanguage)
                    ? workspace.defaultLanguage
                    : 'en'
                }
              />
            )
          )}
          <GuidelinesHistory
            history={data!.history}
            publicUrl={data!.publicUrl}
            timeZone={workspace.timeZone}
            language={currentLanguage(i18n.resolvedLanguage)}
          />
        </>
      )}
    </Stack>
  );
}
