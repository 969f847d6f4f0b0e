/** The right column: one conversation with its header, items, context and the composer. */
import { Box, Center, Loader, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type Ref, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useChannels } from '../channels/channels.api';
import { CasePanel } from './CasePanel';
import { PrivateReplyDeadline, RootPost } from './ChannelLimits';
import { Composer, type ComposerHandle } from './Composer';
import { ConversationHeader } from './ConversationHeader';
import { ConversationSide, ThreadContext } from './ConversationSide';
import { useConversation, useRetrySend } from './inbox.api';
import { ItemBubble } from './ItemBubble';
import { usePresenceHeartbeat } from './usePresenceHeartbeat';

export function ConversationView({
  workspaceId,
  conversationId,
  timeZone,
  myUserId,
  canAnswer,
  canNote,
  onBack,
  composerRef,
}: {
  workspaceId: string;
  conversationId: string;
  timeZone: string;
  myUserId: string;
  canAnswer: boolean;
  canNote: boolean;
  onBack?: () => void;
  composerRef: Ref<ComposerHandle> & { current: ComposerHandle | null };
}) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const { data, isPending, error } = useConversation(workspaceId, conversationId);
  const channels = useChannels(workspaceId).data;
  const retry = useRetrySend(workspaceId);
  const onTyping = usePresenceHeartbeat(workspaceId, conversationId, canAnswer);
  const wide = useMediaQuery('(min-width: 100em)');
  const scroller = useRef<HTMLDivElement>(null);
  const itemList = useRef<HTMLDivElement>(null);
  const lastItemId = data?.items.at(-1)?.id;

  // Open at the newest item, and follow new ones.
  useEffect(() => {
    // To the end of the items, not of the box: on narrow screens the side panel follows them.
    const el = scroller.current;
    const list = itemList.current;
    if (el && list) el.scrollTop = Math.max(0, list.offsetTop + list.offsetHeight - el.clientHeight + 16);
  }, [conversationId, lastItemId]);

  if (isPending) {
    return (
      <Center h="100%">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (error || !data) {
    return (
      <Box p="md">
        <ErrorAlert error={error} />
      </Box>
    );
  }

  const { conversation, items, thread, authorHistory } = data;
  const channel = channels?.find((c) => c.id === conversation.channelId);
  const maxLength = conversation.channelCapabilities?.maxLength ?? channel?.capabilities.maxLength ?? null;
  // The conversation brings its channel's capabilities; the channel list stands in for an older server.
  const capabilities = conversation.channelCapabilities ?? channel?.capabilities ?? null;
  const side = (
    <ConversationSide
      workspaceId={workspaceId}
      conversationId={conversation.id}
      timeZone={timeZone}
      history={authorHistory}
      canSuggest={canNote}
      canInsert={canAnswer}
      onInsert={(text) => composerRef.current?.insert(text)}
      search={search}
    />
  );

  return (
    <Box
      h="100%"
      style={{ display: 'grid', gridTemplateColumns: wide ? 'minmax(0, 1fr) 320px' : 'minmax(0, 1fr)', minHeight: 0 }}
      data-testid="conversation-view"
      data-conversation-id={conversation.id}
    >
      <Stack gap={0} style={{ minHeight: 0, minWidth: 0 }}>
        <ConversationHeader
          workspaceId={workspaceId}
          timeZone={timeZone}
          conversation={conversation}
          myUserId={myUserId}
          canAnswer={canAnswer}
          onBack={onBack}
          capabilities={capabilities}
        />
        {conversation.kind === 'public' && conversation.privateReplyUntil && (
          <PrivateReplyDeadline until={conversation.privateReplyUntil} timeZone={timeZone} />
        )}
        {conversation.caseId && (
          <Box px="sm" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
            <CasePanel
              key={conversation.caseId}
              workspaceId={workspaceId}
              conversationId={conversation.id}
              caseId={conversation.caseId}
              tags={conversation.tags}
              canAnswer={canAnswer}
            />
          </Box>
        )}
        <Box
          ref={scroller}
          style={{ flex: 1, overflowY: 'auto', minHeight: 0, position: 'relative' }}
          p="sm"
          bg="gray.0"
        >
          <Stack gap="sm">
            {conversation.threadContext && <RootPost post={conversation.threadContext} timeZone={timeZone} />}
            <ThreadContext thread={thread} timeZone={timeZone} />
            <Stack
              ref={itemList}
              component="ol"
              gap="sm"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label={t('inbox.conversation.items')}
              data-testid="conversation-items"
            >
              {items.map((item) => (
                <ItemBubble
                  key={item.id}
                  item={item}
                  timeZone={timeZone}
                  canRetry={canAnswer}
                  onRetry={() => retry.mutate(item.id)}
                  retrying={retry.isPending && retry.variables === item.id}
                />
              ))}
            </Stack>
            {retry.error && <ErrorAlert error={retry.error} />}
            {!wide && side}
          </Stack>
        </Box>
        <Composer
          ref={composerRef}
          workspaceId={workspaceId}
          conversation={conversation}
          items={items}
          maxLength={maxLength}
          capabilities={capabilities}
          canReply={canAnswer}
          canNote={canNote}
          onTyping={onTyping}
        />
      </Stack>
      {wide && (
        <Box style={{ borderLeft: '1px solid var(--mantine-color-gray-3)', overflowY: 'auto', minHeight: 0 }}>
          {side}
        </Box>
      )}
    </Box>
  );
}

export function NoConversation() {
  const { t } = useTranslation();
  return (
    <Center h="100%" data-testid="no-conversation">
      <Text c="dimmed">{t('inbox.conversation.none')}</Text>
    </Center>
  );
}
