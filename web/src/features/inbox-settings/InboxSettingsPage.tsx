/**
 * Inbox settings: general (hours, approval, assignment, warnings, out-of-hours reply), response-time
 * policies, routing rules, tone of voice and the outgoing webhook. Admins change everything; managers
 * see the general settings read-only and edit policies, rules and tone guides, as the API allows.
 */
import { Center, Loader, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { hasRole } from '../shell/access';
import { useWorkspace } from '../shell/workspace-context';
import { GeneralSettingsPanel } from './GeneralSettingsPanel';
import { useInboxSettings } from './inbox-settings.api';
import { RoutingRulesPanel } from './RoutingRulesPanel';
import { SlaPoliciesPanel } from './SlaPoliciesPanel';
import { ToneGuidePanel } from './ToneGuidePanel';
import { WebhookPanel } from './WebhookPanel';

const TABS = ['general', 'sla', 'routing', 'tone', 'webhook'] as const;
type Tab = (typeof TABS)[number];

export function InboxSettingsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const settings = useInboxSettings(workspace.id);
  const isAdmin = hasRole(workspace.roles, 'admin');
  const canManage = hasRole(workspace.roles, 'admin', 'manager');
  // The tab lives in the URL, so a link or reload lands on the same tab.
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'general';

  return (
    <Stack gap={0} maw={1100} mx="auto" data-testid="inbox-settings-page">
      <PageHeader title={t('inboxSettings.title')} subtitle={t('inboxSettings.subtitle')} />
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List mb="lg">
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key} data-testid={`tab-${key}`}>
              {t(`inboxSettings.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="general">
          {settings.isPending ? (
            <Center py="xl">
              <Loader aria-label={t('common.loading')} />
            </Center>
          ) : settings.error ? (
            <ErrorAlert error={settings.error} />
          ) : (
            <GeneralSettingsPanel workspace={workspace} settings={settings.data} readOnly={!isAdmin} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="sla">
          <SlaPoliciesPanel workspace={workspace} canEdit={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="routing">
          <RoutingRulesPanel workspace={workspace} canEdit={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="tone">
          <ToneGuidePanel workspace={workspace} canEdit={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="webhook">
          {settings.data ? (
            <WebhookPanel workspace={workspace} settings={settings.data} isAdmin={isAdmin} />
          ) : (
            settings.error && <ErrorAlert error={settings.error} />
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
