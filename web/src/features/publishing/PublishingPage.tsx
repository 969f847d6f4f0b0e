/**
 * Publishing: the content calendar (month, week, list), the blackout windows, the settings, and the
 * post editor. Tabs are sub-routes: publishing (calendar), publishing/list, publishing/blackouts,
 * publishing/settings; posts open at publishing/posts/new and publishing/posts/:postId.
 */
import { Button, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { IconPlus } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { useWorkspace } from '../shell/workspace-context';
import { BlackoutWindowsPanel } from './blackouts/BlackoutWindowsPanel';
import { CalendarPanel } from './calendar/CalendarPanel';
import { PostEditor } from './PostEditor';
import { PublishingSettingsPanel } from './settings/PublishingSettingsPanel';

type Tab = 'calendar' | 'list' | 'blackouts' | 'settings';
const TABS: Tab[] = ['calendar', 'list', 'blackouts', 'settings'];
const WRITERS = ['admin', 'manager', 'responder'];

export function PublishingPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const [section, postId] = (useParams()['*'] ?? '').split('/');
  if (section === 'posts') return <PostEditor key={postId ?? 'new'} postId={postId || 'new'} />;
  const tab: Tab = TABS.includes(section as Tab) ? (section as Tab) : 'calendar';
  const canWrite = workspace.roles.some((role) => WRITERS.includes(role));

  return (
    <Stack gap={0} maw={1400} mx="auto" data-testid="publishing-page">
      <PageHeader
        title={t('publishing.calendar.title')}
        subtitle={t('publishing.calendar.subtitle')}
        actions={
          canWrite && (
            <Button
              component={Link}
              to={`/w/${workspace.id}/publishing/posts/new`}
              leftSection={<IconPlus size={16} />}
              data-testid="publishing-new-post"
            >
              {t('publishing.calendar.newPost')}
            </Button>
          )
        }
      />
      <Tabs
        value={tab}
        onChange={(value) =>
          value && navigate(`/w/${workspace.id}/publishing${value === 'calendar' ? '' : `/${value}`}`)
        }
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value} data-testid={`publishing-tab-${value}`}>
              {t(`publishing.calendar.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="calendar">
          <CalendarPanel initialView="month" />
        </Tabs.Panel>
        <Tabs.Panel value="list">
          <CalendarPanel initialView="list" />
        </Tabs.Panel>
        <Tabs.Panel value="blackouts">
          <BlackoutWindowsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="settings">
          <PublishingSettingsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
