/**
 * The dialogue inbox: conversations in order of time left on the left, the open conversation on
 * the right (on small screens one at a time). View, filters and the open conversation are in the
 * URL: /w/:workspaceId/inbox/:conversationId?view=…&sentiment=…
 */
import { Box } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useCurrentMe } from '../auth/auth.api';
import { hasRole } from '../shell/access';
import { useWorkspace } from '../shell/workspace-context';
import type { ComposerHandle } from './Composer';
import { ConversationList } from './ConversationList';
import { ConversationView, NoConversation } from './ConversationView';
import { filtersToParams, parseFilters } from './inbox-filters';
import { useConversations, usePatchConversation } from './inbox.api';
import type { InboxFilters } from './inbox.types';
import { ShortcutsModal } from './ShortcutsModal';
import { useInboxShortcuts } from './useInboxShortcuts';

export function InboxPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const me = useCurrentMe();
  const navigate = useNavigate();
  const { conversationId } = useParams();
  const [params, setParams] = useSearchParams();
  const paramString = params.toString();
  const filters = useMemo(() => parseFilters(new URLSearchParams(paramString)), [paramString]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [help, setHelp] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const composerRef = useRef<ComposerHandle | null>(null);
  const twoColumns = useMediaQuery('(min-width: 62em)', true);

  const canAnswer = hasRole(workspace.roles, 'admin', 'manager', 'responder');
  const canNote = canAnswer || hasRole(workspace.roles, 'reviewer');

  const list = useConversations(workspace.id, filters);
  const conversations = useMemo(() => list.data?.pages.flatMap((p) => p.conversations) ?? [], [list.data]);
  const patchActive = usePatchConversation(workspace.id, conversationId ?? '');

  useEffect(() => {
    document.title = `${t('inbox.title')} · Samtal`;
    return () => {
      document.title = 'Samtal';
    };
  }, [t]);

  const search = paramString ? `?${paramString}` : '';
  const open = useCallback(
    (id: string) => navigate(`/w/${workspace.id}/inbox/${id}${search}`),
    [navigate, workspace.id, search],
  );
  const onFiltersChange = useCallback(
    (next: InboxFilters) => {
      setSelected(new Set());
      setParams(filtersToParams(next), { replace: true });
    },
    [setParams],
  );

  useInboxShortcuts((action) => {
    const index = conversations.findIndex((c) => c.id === conversationId);
    switch (action) {
      case 'next': {
        const next = conversations[index + 1] ?? (index < 0 ? conversations[0] : undefined);
        if (next) open(next.id);
        break;
      }
      case 'previous': {
        const previous = index > 0 ? conversations[index - 1] : undefined;
        if (previous) open(previous.id);
        break;
      }
      case 'reply':
        composerRef.current?.focus('reply');
        break;
      case 'note':
        composerRef.current?.focus('note');
        break;
      case 'resolve':
        if (conversationId && canAnswer) patchActive.mutate({ status: 'resolved' });
        break;
      case 'assignMe':
        if (conversationId && canAnswer) patchActive.mutate({ assigneeId: me.user.id });
        break;
      case 'search':
        searchRef.current?.focus();
        break;
      case 'help':
        setHelp(true);
        break;
    }
  });

  const showList = twoColumns || !conversationId;
  const showConversation = twoColumns || Boolean(conversationId);

  return (
    <Box
      data-testid="inbox-page"
      style={{
        display: 'grid',
        gridTemplateColumns: twoColumns ? 'minmax(320px, 400px) minmax(0, 1fr)' : 'minmax(0, 1fr)',
        height: 'calc(100dvh - 64px - 2 * var(--mantine-spacing-lg))',
        minHeight: 480,
        background: 'var(--mantine-color-white)',
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 'var(--mantine-radius-lg)',
        overflow: 'hidden',
        position: 'relative',
      }}
    >
      <h1
        className="visually-hidden"
        style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
      >
        {t('inbox.title')}
      </h1>
      {showList && (
        <Box style={{ borderRight: twoColumns ? '1px solid var(--mantine-color-gray-3)' : undefined, minHeight: 0 }}>
          <ConversationList
            workspaceId={workspace.id}
            timeZone={workspace.timeZone}
            myUserId={me.user.id}
            canAnswer={canAnswer}
            filters={filters}
            onFiltersChange={onFiltersChange}
            conversations={conversations}
            isPending={list.isPending}
            error={list.error}
            hasMore={Boolean(list.hasNextPage)}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
            activeId={conversationId}
            onOpen={open}
            selected={selected}
            onSelectedChange={setSelected}
            searchRef={searchRef}
            onHelp={() => setHelp(true)}
          />
        </Box>
      )}
      {showConversation && (
        <Box style={{ minHeight: 0, minWidth: 0 }}>
          {conversationId ? (
            <ConversationView
              key={conversationId}
              workspaceId={workspace.id}
              conversationId={conversationId}
              timeZone={workspace.timeZone}
              myUserId={me.user.id}
              canAnswer={canAnswer}
              canNote={canNote}
              onBack={twoColumns ? undefined : () => navigate(`/w/${workspace.id}/inbox${search}`)}
              composerRef={composerRef}
            />
          ) : (
            <NoConversation />
          )}
        </Box>
      )}
      <ShortcutsModal opened={help} onClose={() => setHelp(false)} />
    </Box>
  );
}
