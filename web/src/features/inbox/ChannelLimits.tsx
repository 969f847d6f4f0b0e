/**
 * What the network sets around a conversation: the post it hangs under (as plain text), and until
 * when one private reply is still possible (Meta: 7 days after the comment).
 */
import { Anchor, Box, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import { useNow } from '../../lib/use-now';
import { privateReplyWindow } from './channel-limits';
import type { ThreadContextPost } from './inbox.types';

export function RootPost({ post, timeZone }: { post: ThreadContextPost; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="xs" bg="white" data-testid="thread-context">
      <Text size="xs" c="dimmed" mb={4}>
        {post.authorHandle
          ? t('inbox.channel.postedUnderBy', { handle: post.authorHandle.replace(/^@/, '') })
          : t('inbox.channel.postedUnder')}
        {post.postedAt && (
          <>
            {' · '}
            <WorkspaceTime iso={post.postedAt} timeZone={timeZone} mode="absolute" />
          </>
        )}
      </Text>
      <Text size="sm" className="social-text" lineClamp={6} data-testid="thread-context-text">
        {post.text}
      </Text>
      {post.url && /^https?:\/\//i.test(post.url) && (
        <Anchor href={post.url} target="_blank" rel="noopener noreferrer nofollow" size="xs">
          {t('inbox.conversation.openOriginal')}
        </Anchor>
      )}
    </Paper>
  );
}

export function PrivateReplyDeadline({ until, timeZone }: { until: string; timeZone: string }) {
  const { t } = useTranslation();
  const window = privateReplyWindow(until, useNow());
  const open = window.state === 'open';
  const left = !open
    ? ''
    : window.days > 0
      ? t('inbox.channel.daysLeft', { count: window.days })
      : t('inbox.channel.hoursLeft', { count: window.hours });
  return (
    <Box
      px="sm"
      py={6}
      bg={open ? undefined : 'gray.1'}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      data-testid="private-reply-deadline"
      data-state={window.state}
    >
      <WorkspaceTime
        iso={until}
        timeZone={timeZone}
        mode="absolute"
        size="xs"
        c={open && window.days === 0 ? 'orange.8' : 'dimmed'}
        template={(time) =>
          open ? t('inbox.channel.privateReplyUntil', { time, left }) : t('inbox.channel.privateReplyClosed', { time })
        }
      />
    </Box>
  );
}
