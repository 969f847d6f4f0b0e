/**
 * The frame around every logged-in page: header (name, workspace switcher, live status, user
 * menu), navigation for the current workspace, and the page. Live events run here so the header
 * can show their state.
 */
import { AppShell, Box, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Link, Outlet, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentMe } from '../auth/auth.api';
import { DutyToggle } from '../inbox-settings/DutyToggle';
import { NotificationBell } from '../notifications/NotificationBell';
import { lastWorkspace, rememberWorkspace, WorkspaceContext } from './workspace-context';
import { LiveIndicator } from './LiveIndicator';
import { Logo } from './Logo';
import { MainNav } from './MainNav';
import { useWorkspaceEvents } from './useWorkspaceEvents';
import { UserMenu } from './UserMenu';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const [opened, { toggle, close }] = useDisclosure();
  const match = useMatch('/w/:workspaceId/:section?/*');
  const onAccount = useMatch('/account');

  const routeWorkspace = match ? (me.workspaces.find((w) => w.id === match.params.workspaceId) ?? null) : null;
  // Outside a workspace (the account page) the navigation still shows the last one used.
  const workspace = routeWorkspace ?? me.workspaces.find((w) => w.id === lastWorkspace()) ?? me.workspaces[0] ?? null;
  const section = onAccount ? 'account' : (match?.params.section ?? null);

  useEffect(() => {
    if (routeWorkspace) rememberWorkspace(routeWorkspace.id);
  }, [routeWorkspace]);

  const live = useWorkspaceEvents(routeWorkspace?.id ?? null);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a href="#main" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNavigation')}
            />
            <Link to="/" style={{ color: 'inherit', textDecoration: 'none' }} aria-label="Samtal">
              <Logo compact />
            </Link>
            {me.workspaces.length > 0 && (
              <WorkspaceSwitcher workspaces={me.workspaces} current={workspace} section={section} />
            )}
          </Group>
          <Group gap="md" wrap="nowrap">
            {routeWorkspace && <LiveIndicator state={live} />}
            {routeWorkspace && (
              <Box visibleFrom="md">
                <DutyToggle workspace={routeWorkspace} />
              </Box>
            )}
            {routeWorkspace && <NotificationBell workspace={routeWorkspace} />}
            <UserMenu me={me} accountPath="/account" />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">{workspace && <MainNav workspace={workspace} onNavigate={close} />}</AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <WorkspaceContext.Provider value={routeWorkspace}>
          <Outlet />
        </WorkspaceContext.Provider>
      </AppShell.Main>
    </AppShell>
  );
}
