/**
 * Four-eyes review: replies waiting for approval, each with what it answers. A reviewer approves,
 * edits and approves, or rejects with a comment for the writer. Nobody approves their own reply
 * (the server refuses; the button is disabled too).
 */
import { Anchor, Badge, Button, Card, Center, Group, Loader, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import { useCurrentMe } from '../auth/auth.api';
import { authorLabel } from '../inbox/ConversationRow';
import { AnalysisBadges } from '../inbox/InboxBadges';
import { useWorkspace } from '../shell/workspace-context';
import { useReviewDecision, useReviewQueue } from './review.api';
import type { ReviewQueueEntry } from './review.types';

export function ReviewPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { data, isPending, error } = useReviewQueue(workspace.id);

  return (
    <Stack gap={0} maw={1000} mx="auto" data-testid="review-page">
      <PageHeader title={t('review.title')} subtitle={t('review.subtitle')} />
      {isPending ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : error ? (
        <ErrorAlert error={error} />
      ) : data.length === 0 ? (
        <Paper withBorder radius="lg" p="xl" ta="center">
          <Text c="dimmed" data-testid="review-empty">
            {t('review.empty')}
          </Text>
        </Paper>
      ) : (
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {data.map((entry) => (
            <ReviewCard key={entry.item.id} entry={entry} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function ReviewCard({ entry }: { entry: ReviewQueueEntry }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const me = useCurrentMe();
  const decide = useReviewDecision(workspace.id);
  const [mode, setMode] = useState<'view' | 'edit' | 'reject'>('view');
  const [text, setText] = useState(entry.item.text);
  const [comment, setComment] = useState('');
  const { item, conversation, replyTo } = entry;
  const own = item.user?.id === me.user.id;
  const author = authorLabel(conversation.author, t('inbox.list.unknownAuthor'));

  const submit = (decision: 'approve' | 'reject') =>
    decide.mutate({
      itemId: item.id,
      decision,
      ...(decision === 'approve' && mode === 'edit' && text.trim() !== item.text ? { text: text.trim() } : {}),
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    });

  return (
    <Card component="li" withBorder radius="lg" padding="lg" data-testid="review-entry" data-item-id={item.id}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap={6}>
          <Text fw={600}>{author}</Text>
          <Text size="sm" c="dimmed">
            {conversation.channelName}
          </Text>
          {conversation.kind === 'private' && (
            <Badge size="xs" color="pink" variant="light">
              {t('inbox.list.private')}
            </Badge>
          )}
          <AnalysisBadges sentiment={conversation.sentiment} severity={conversation.severity} intent={null} />
        </Group>
        <Anchor component={Link} to={`/w/${workspace.id}/inbox/${conversation.id}?view=all`} size="sm">
          {t('review.openConversation')}
        </Anchor>
      </Group>

      {replyTo?.text && (
        <Paper withBorder p="sm" radius="md" mt="sm" data-testid="review-context">
          <Group justify="space-between" gap={6}>
            <Text size="xs" fw={600}>
              {t('review.answers', {
                name: replyTo.authorHandle ? `@${replyTo.authorHandle.replace(/^@/, '')}` : author,
              })}
            </Text>
            {replyTo.occurredAt && <WorkspaceTime iso={replyTo.occurredAt} timeZone={workspace.timeZone} />}
          </Group>
          <Text size="sm" className="social-text" mt={4}>
            {replyTo.text}
          </Text>
        </Paper>
      )}

      <Paper p="sm" radius="md" mt="sm" bg="indigo.0" style={{ border: '1px solid var(--mantine-color-indigo-2)' }}>
        <Group justify="space-between" gap={6}>
          <Text size="xs" fw={600}>
            {t('review.writtenBy', { name: item.user?.name ?? '?' })}
          </Text>
          <WorkspaceTime iso={item.occurredAt} timeZone={workspace.timeZone} />
        </Group>
        {mode === 'edit' ? (
          <Textarea
            mt={6}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={3}
            aria-label={t('review.editText')}
            data-testid="review-edit-text"
          />
        ) : (
          <Text size="sm" className="social-text" mt={4} data-testid="review-text">
            {item.text}
          </Text>
        )}
      </Paper>

      {(mode === 'reject' || mode === 'edit') && (
        <Textarea
          mt="sm"
          label={mode === 'reject' ? t('review.rejectComment') : t('review.comment')}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          autosize
          minRows={2}
          required={mode === 'reject'}
          data-testid="review-comment"
        />
      )}
      {own && (
        <Text size="xs" c="dimmed" mt="sm">
          {t('review.ownReply')}
        </Text>
      )}
      {decide.error && <ErrorAlert error={decide.error} />}

      <Group justify="flex-end" mt="md" gap="xs">
        {mode === 'view' ? (
          <>
            <Button
              variant="default"
              color="red"
              onClick={() => setMode('reject')}
              disabled={own}
              data-testid="review-reject-start"
            >
              {t('review.reject')}
            </Button>
            <Button variant="default" onClick={() => setMode('edit')} disabled={own} data-testid="review-edit">
              {t('review.editAndApprove')}
            </Button>
            <Button
              color="teal"
              onClick={() => submit('approve')}
              loading={decide.isPending}
              disabled={own}
              data-testid="review-approve"
            >
              {t('review.approve')}
            </Button>
          </>
        ) : (
          <>
            <Button variant="default" onClick={() => setMode('view')}>
              {t('common.cancel')}
            </Button>
            {mode === 'reject' ? (
              <Button
                color="red"
                onClick={() => submit('reject')}
                loading={decide.isPending}
                disabled={!comment.trim()}
                data-testid="review-reject"
              >
                {t('review.reject')}
              </Button>
            ) : (
              <Button
                color="teal"
                onClick={() => submit('approve')}
                loading={decide.isPending}
                disabled={!text.trim()}
                data-testid="review-approve"
              >
                {t('review.approveEdited')}
              </Button>
            )}
          </>
        )}
      </Group>
    </Card>
  );
}
