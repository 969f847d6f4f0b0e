import { Fragment, useContext } from 'react';
import { Navigate, Outlet, Route, Routes } from 'react-router';
import { AccountPage } from './features/account/AccountPage';
import { AuditPage } from './features/audit/AuditPage';
import { useCurrentMe } from './features/auth/auth.api';
import { InvitePage } from './features/auth/InvitePage';
import { LoginPage } from './features/auth/LoginPage';
import { RequireAuth } from './features/auth/RequireAuth';
import { ChannelsPage } from './features/channels/ChannelsPage';
import { GuidelinesPage } from './features/guidelines/GuidelinesPage';
import { InboxPage } from './features/inbox/InboxPage';
import { InboxSettingsPage } from './features/inbox-settings/InboxSettingsPage';
import { RespondersPage } from './features/inbox-settings/RespondersPage';
import { KnowledgePage } from './features/knowledge/KnowledgePage';
import { ModerationPage } from './features/moderation/ModerationPage';
import { PublishingPage } from './features/publishing/PublishingPage';
import { ReviewPage } from './features/review/ReviewPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { AppLayout } from './features/shell/AppLayout';
import { NoWorkspacesPage, NotFoundPage, RequireFeature } from './features/shell/Pages';
import { lastWorkspace, WorkspaceContext } from './features/shell/workspace-context';
import { TeamPage } from './features/team/TeamPage';

/** "/" opens the workspace used last, else the first one. */
function Home() {
  const me = useCurrentMe();
  const target = me.workspaces.find((w) => w.id === lastWorkspace()) ?? me.workspaces[0];
  return target ? <Navigate to={`/w/${target.id}/inbox`} replace /> : <NoWorkspacesPage />;
}

/** /w/:workspaceId/… exists only for the user's own workspaces; the rest looks like a missing page. */
function WorkspaceScope() {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) return <NotFoundPage />;
  // Keyed by workspace so that forms and local state start fresh after switching.
  return (
    <Fragment key={workspace.id}>
      <Outlet />
    </Fragment>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/invite/:token" element={<InvitePage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<Home />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="w/:workspaceId" element={<WorkspaceScope />}>
            <Route index element={<Navigate to="inbox" replace />} />
            <Route path="inbox/:conversationId?" element={<InboxPage />} />
            <Route
              path="review"
              element={
                <RequireFeature feature="review">
                  <ReviewPage />
                </RequireFeature>
              }
            />
            <Route
              path="moderation/*"
              element={
                <RequireFeature feature="moderation">
                  <ModerationPage />
                </RequireFeature>
              }
            />
            <Route
              path="publishing/*"
              element={
                <RequireFeature feature="publishing">
                  <PublishingPage />
                </RequireFeature>
              }
            />
            <Route path="channels" element={<ChannelsPage />} />
            <Route
              path="guidelines"
              element={
                <RequireFeature feature="guidelines">
                  <GuidelinesPage />
                </RequireFeature>
              }
            />
            <Route path="knowledge" element={<KnowledgePage />} />
            <Route
              path="responders"
              element={
                <RequireFeature feature="responders">
                  <RespondersPage />
                </RequireFeature>
              }
            />
            <Route
              path="inbox-settings"
              element={
                <RequireFeature feature="inbox-settings">
                  <InboxSettingsPage />
                </RequireFeature>
              }
            />
            <Route
              path="team"
              element={
                <RequireFeature feature="team">
                  <TeamPage />
                </RequireFeature>
              }
            />
            <Route
              path="audit"
              element={
                <RequireFeature feature="audit">
                  <AuditPage />
                </RequireFeature>
              }
            />
            <Route
              path="settings"
              element={
                <RequireFeature feature="settings">
                  <SettingsPage />
                </RequireFeature>
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
