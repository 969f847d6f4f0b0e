/** The buttons the server allows for this post now (allowedTransitions), with an optional comment. */
import { Badge, Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostStatus, TransitionTarget } from '../posts.types';

const TARGETS: TransitionTarget[] = ['in_review', 'approved', 'scheduled', 'draft'];
const COLORS: Record<PostStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'teal',
  scheduled: 'blue',
  published: 'green',
  failed: 'red',
};

export function PostStatusBadge({ status }: { status: PostStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="post-status" data-status={status}>
      {t(`publishing.editor.status.${status}`)}
    </Badge>
  );
}

/** The label says what the step means from where the post is now (scheduled → approved is "unschedule"). */
function labelKey(from: PostStatus, to: TransitionTarget): string {
  if (to === 'approved' && from === 'scheduled') return 'unschedule';
  if (to === 'draft' && from === 'in_review') return 'sendBack';
  return { in_review: 'submit', approved: 'approve', scheduled: 'schedule', draft: 'backToDraft' }[to];
}

export function WorkflowBar({
  status,
  allowed,
  busy,
  onTransition,
}: {
  status: PostStatus;
  allowed: string[];
  busy: boolean;
  onTransition: (to: TransitionTarget, comment: string) => void;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const targets = TARGETS.filter((to) => allowed.includes(to));
  if (targets.length === 0) return null;
  return (
    <Group gap="sm" align="flex-end" data-testid="post-workflow">
      <TextInput
        style={{ flex: 1, minWidth: 200 }}
        label={t('publishing.editor.transitionComment')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        data-testid="post-transition-comment"
      />
      {targets.map((to) => (
        <Button
          key={to}
          variant={to === 'draft' || (to === 'approved' && status === 'scheduled') ? 'default' : 'filled'}
          loading={busy}
          onClick={() => {
            onTransition(to, comment.trim());
            setComment('');
          }}
          data-testid={`post-transition-${to}`}
        >
          {t(`publishing.editor.transition.${labelKey(status, to)}`)}
        </Button>
      ))}
    </Group>
  );
}
