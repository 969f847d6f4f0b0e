/** The conversation about a post in review: comments as plain text, newest last. */
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { WorkspaceTime } from '../../../components/WorkspaceTime';
import { useCommentOnPost } from '../posts.api';
import type { PostComment } from '../posts.types';

export function PostComments({
  workspaceId,
  postId,
  comments,
  timeZone,
}: {
  workspaceId: string;
  postId: string;
  comments: PostComment[];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const add = useCommentOnPost(workspaceId, postId);
  return (
    <Stack gap="xs" data-testid="post-comments">
      <Text fw={600}>{t('publishing.editor.comments')}</Text>
      {comments.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('publishing.editor.noComments')}
        </Text>
      )}
      {comments.map((c) => (
        <Paper key={c.id} withBorder p="xs" data-testid="post-comment-item">
          <Group justify="space-between" gap="xs">
            <Text size="xs" fw={600}>
              {c.user?.name ?? t('publishing.editor.someone')}
            </Text>
            <WorkspaceTime iso={c.createdAt} timeZone={timeZone} />
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.body}
          </Text>
        </Paper>
      ))}
      <Textarea
        autosize
        minRows={2}
        placeholder={t('publishing.editor.commentPlaceholder')}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        data-testid="post-comment"
      />
      <ErrorAlert error={add.error} />
      <Button
        size="xs"
        style={{ alignSelf: 'flex-start' }}
        disabled={body.trim() === ''}
        loading={add.isPending}
        onClick={() => add.mutate(body.trim(), { onSuccess: () => setBody('') })}
        data-testid="post-comment-submit"
      >
        {t('publishing.editor.addComment')}
      </Button>
    </Stack>
  );
}
