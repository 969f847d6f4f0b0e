/** Saved replies and FAQ articles. Everyone who answers reads them; admins and managers write them. */
import { SegmentedControl, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LANGUAGES, type Language } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { hasRole } from '../shell/access';
import { useWorkspace } from '../shell/workspace-context';
import { FaqPanel } from './FaqPanel';
import { SavedRepliesPanel } from './SavedRepliesPanel';

export type LanguageFilter = Language | 'all';

export function KnowledgePage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const canEdit = hasRole(workspace.roles, 'admin', 'manager');
  // Saved replies are for people who answer or review; everyone else sees the FAQ only.
  const seesReplies = hasRole(workspace.roles, 'admin', 'manager', 'responder', 'reviewer');
  const [params, setParams] = useSearchParams();
  const tab = seesReplies && params.get('tab') !== 'faq' ? 'replies' : 'faq';
  const language = (LANGUAGES as readonly string[]).includes(params.get('language') ?? '')
    ? (params.get('language') as Language)
    : 'all';
  const update = (patch: Record<string, string>) => setParams({ tab, language, ...patch }, { replace: true });

  return (
    <Stack gap={0} maw={1100} mx="auto" data-testid="knowledge-page">
      <PageHeader
        title={t('knowledge.title')}
        subtitle={t('knowledge.subtitle')}
        actions={
          <SegmentedControl
            aria-label={t('knowledge.language')}
            data={[
              { value: 'all', label: t('knowledge.allLanguages') },
              ...LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() })),
            ]}
            value={language}
            onChange={(v) => update({ language: v })}
            data-testid="knowledge-language"
          />
        }
      />
      <Tabs value={tab} onChange={(v) => v && update({ tab: v })} keepMounted={false}>
        <Tabs.List mb="lg">
          {seesReplies && (
            <Tabs.Tab value="replies" data-testid="tab-replies">
              {t('knowledge.tabs.replies')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="faq" data-testid="tab-faq">
            {t('knowledge.tabs.faq')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="replies">
          <SavedRepliesPanel workspace={workspace} language={language} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="faq">
          <FaqPanel workspace={workspace} language={language} canEdit={canEdit} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
