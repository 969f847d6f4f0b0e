/**
 * Moderation: the queue of items to decide on (list + detail), the rules that fill it, and the
 * police-report packages made from its evidence. Tabs are sub-routes: moderation/queue/:entryId,
 * moderation/rules, moderation/reports.
 */
import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useWorkspace } from '../shell/workspace-context';
import { QueuePanel } from './QueuePanel';
import { ReportsPanel } from './ReportsPanel';
import { RulesPanel } from './RulesPanel';

type Tab = 'queue' | 'rules' | 'reports';

export function ModerationPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const [section, entryId] = (useParams()['*'] ?? '').split('/');
  const tab: Tab = section === 'rules' || section === 'reports' ? section : 'queue';

  return (
    <Stack gap={0} maw={1400} mx="auto" data-testid="moderation-page">
      <PageHeader title={t('moderation.title')} subtitle={t('moderation.subtitle')} />
      <Tabs
        value={tab}
        onChange={(value) => value && navigate(`/w/${workspace.id}/moderation/${value}`)}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="queue" data-testid="moderation-tab-queue">
            {t('moderation.tabs.queue')}
          </Tabs.Tab>
          <Tabs.Tab value="rules" data-testid="moderation-tab-rules">
            {t('moderation.tabs.rules')}
          </Tabs.Tab>
          <Tabs.Tab value="reports" data-testid="moderation-tab-reports">
            {t('moderation.tabs.reports')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="queue">
          <QueuePanel entryId={tab === 'queue' ? entryId : undefined} />
        </Tabs.Panel>
        <Tabs.Panel value="rules">
          <RulesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="reports">
          <ReportsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
