/**
 * One post: the composer (title, campaign, pillar, channels, shared text and per-channel variants with
 * live checks), its time on the workspace's clock, the approval workflow, each channel's status and the
 * comments. Used for `publishing/posts/new` and `publishing/posts/:postId`.
 */
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { LANGUAGES } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useChannels } from '../channels/channels.api';
import { useWorkspace } from '../shell/workspace-context';
import { draftFromPost, draftToInput, emptyDraft, type PostDraft, type VariantDraft } from './composer/draft';
import { ChannelPicker } from './composer/ChannelPicker';
import { PostComments } from './composer/PostComments';
import { TimingChecks } from './composer/PostChecks';
import { usePostCheck } from './composer/usePostCheck';
import { VariantStatusList } from './composer/VariantStatusList';
import { VariantTabs } from './composer/VariantTabs';
import { PostStatusBadge, WorkflowBar } from './composer/WorkflowBar';
import { useCreatePost, useDeletePost, usePost, useTransitionPost, useUpdatePost } from './posts.api';
import type { PostJson, TransitionTarget } from './posts.types';

/** The post id from the prop, a `:postId` route parameter or the `publishing/*` splat ("posts/<id>"). */
function usePostId(given: string | undefined): string | null {
  const params = useParams();
  const fromSplat = /(?:^|\/)posts\/([^/]+)/.exec(params['*'] ?? '')?.[1];
  const id = given ?? params.postId ?? fromSplat;
  return id && id !== 'new' ? id : null;
}

export function PostEditor({ postId: given }: { postId?: string } = {}) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const postId = usePostId(given);
  const answer = usePost(workspace.id, postId);
  const [notice, setNotice] = useState<string | null>(null);
  if (postId && answer.isPending) return <Loader m="xl" />;
  if (postId && answer.error) return <ErrorAlert error={answer.error} />;
  const post = answer.data?.post ?? null;
  return (
    <Stack gap="md" maw={1100} mx="auto" data-testid="post-editor">
      <Anchor component={Link} to={`/w/${workspace.id}/publishing`} size="sm">
        ← {t('publishing.editor.backToCalendar')}
      </Anchor>
      {notice && (
        <Alert color="blue" variant="light" withCloseButton onClose={() => setNotice(null)} data-testid="post-notice">
          {notice}
        </Alert>
      )}
      <PostForm key={post ? `${post.id}:${post.updatedAt}` : 'new'} post={post} onNotice={setNotice} />
    </Stack>
  );
}

function PostForm({ post, onNotice }: { post: PostJson | null; onNotice: (notice: string | null) => void }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const ws = workspace.id;
  const navigate = useNavigate();
  const channelsQuery = useChannels(ws);
  const initial = useMemo(
    () =>
      post ? draftFromPost(post, workspace.timeZone, workspace.defaultLanguage) : emptyDraft(workspace.defaultLanguage),
    [post, workspace.timeZone, workspace.defaultLanguage],
  );
  const [draft, setDraft] = useState<PostDraft>(initial);
  const postId = post?.id ?? '';
  const create = useCreatePost(ws);
  const update = useUpdatePost(ws, postId);
  const transition = useTransitionPost(ws, postId);
  const remove = useDeletePost(ws, postId);

  const channels = useMemo(
    () => (channelsQuery.data ?? []).filter((c) => c.capabilities.actions.publish?.supported !== false),
    [channelsQuery.data],
  );
  const channelMap = useMemo(() => new Map((channelsQuery.data ?? []).map((c) => [c.id, c])), [channelsQuery.data]);
  const input = draftToInput(draft, workspace.timeZone);
  const dirty = JSON.stringify(input) !== JSON.stringify(draftToInput(initial, workspace.timeZone));
  const { check } = usePostCheck(ws, {
    variants: input.variants.map((v) => ({ channelId: v.channelId, text: v.text, language: v.language })),
    ...(input.scheduledAt ? { scheduledAt: input.scheduledAt } : {}),
  });
  const checks = useMemo(() => new Map((check?.variants ?? []).map((c) => [c.channelId, c])), [check]);
  const readOnly = post?.status === 'published';
  const busy = create.isPending || update.isPending || transition.isPending || remove.isPending;
  const error = create.error ?? update.error ?? transition.error ?? remove.error;

  const set = (patch: Partial<PostDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setVariant = (variant: VariantDraft) =>
    setDraft((d) => ({ ...d, variants: d.variants.map((v) => (v.channelId === variant.channelId ? variant : v)) }));
  const toggleChannel = (channelId: string, on: boolean) =>
    setDraft((d) => ({
      ...d,
      variants: on
        ? [...d.variants, { channelId, text: null, media: [] }]
        : d.variants.filter((v) => v.channelId !== channelId),
    }));

  const save = async (): Promise<PostJson | null> => {
    if (!post) {
      const created = await create.mutateAsync(input);
      navigate(`/w/${ws}/publishing/posts/${created.post.id}`, { replace: true });
      return null;
    }
    const saved = await update.mutateAsync(input);
    onNotice(saved.notice ?? null);
    return saved.post;
  };
  const onTransition = async (to: TransitionTarget, comment: string) => {
    // Unsaved changes go first, so the server checks and schedules what is on screen.
    if (dirty && !readOnly) await save();
    const answer = await transition.mutateAsync({ to, ...(comment ? { comment } : {}) });
    onNotice(answer.notice ?? null);
  };

  return (
    <Stack gap="md" data-testid="post-composer">
      <Group justify="space-between">
        <Title order={2}>{post ? post.title || t('publishing.editor.untitled') : t('publishing.editor.newPost')}</Title>
        {post && <PostStatusBadge status={post.status} />}
      </Group>
      <ErrorAlert error={error} />
      <ProblemList error={error} />
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <TextInput
            label={t('publishing.editor.title')}
            value={draft.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            disabled={readOnly}
            data-testid="composer-title"
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('publishing.editor.campaign')}
              value={draft.campaign}
              onChange={(e) => set({ campaign: e.currentTarget.value })}
              disabled={readOnly}
              data-testid="composer-campaign"
            />
            <TextInput
              label={t('publishing.editor.pillar')}
              value={draft.pillar}
              onChange={(e) => set({ pillar: e.currentTarget.value })}
              disabled={readOnly}
              data-testid="composer-pillar"
            />
            <Select
              label={t('publishing.editor.language')}
              data={LANGUAGES.map((l) => ({ value: l, label: t(`publishing.editor.languages.${l}`) }))}
              value={draft.language}
              onChange={(v) => v && set({ language: v })}
              allowDeselect={false}
              disabled={readOnly}
              data-testid="composer-language"
            />
          </SimpleGrid>
          <ChannelPicker
            channels={channels}
            selected={draft.variants.map((v) => v.channelId)}
            onToggle={toggleChannel}
            disabled={readOnly}
          />
          <Textarea
            autosize
            minRows={3}
            label={t('publishing.editor.sharedText')}
            description={t('publishing.editor.sharedTextHelp')}
            value={draft.sharedText}
            onChange={(e) => set({ sharedText: e.currentTarget.value })}
            disabled={readOnly}
            data-testid="composer-text"
          />
          <VariantTabs
            draft={draft}
            channels={channelMap}
            checks={checks}
            disabled={readOnly}
            onVariant={setVariant}
            onSharedText={(sharedText) => set({ sharedText })}
          />
          <TextInput
            type="datetime-local"
            label={t('publishing.editor.scheduledAt', { zone: workspace.timeZone })}
            value={draft.scheduledLocal}
            onChange={(e) => set({ scheduledLocal: e.currentTarget.value })}
            disabled={readOnly}
            maw={320}
            data-testid="composer-scheduled-at"
          />
          {check && <TimingChecks timing={check.timing} timeZone={workspace.timeZone} />}
          <Group gap="sm">
            <Button
              onClick={() => void save().catch(() => undefined)}
              loading={create.isPending || update.isPending}
              disabled={readOnly || busy || draft.variants.length === 0 || (post !== null && !dirty)}
              data-testid="composer-save"
            >
              {post ? t('publishing.editor.save') : t('publishing.editor.saveDraft')}
            </Button>
            {post && ['draft', 'in_review', 'approved'].includes(post.status) && (
              <Button
                variant="subtle"
                color="red"
                disabled={busy}
                onClick={() =>
                  window.confirm(t('publishing.editor.deleteConfirm')) &&
                  remove.mutate(undefined, { onSuccess: () => navigate(`/w/${ws}/publishing`) })
                }
                data-testid="post-delete"
              >
                {t('publishing.editor.delete')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
      {post && (
        <>
          <WorkflowBar
            status={post.status}
            allowed={post.allowedTransitions}
            busy={busy}
            onTransition={(to, comment) => void onTransition(to, comment).catch(() => undefined)}
          />
          <Paper withBorder p="md" radius="md">
            <VariantStatusList variants={post.variants} timeZone={workspace.timeZone} />
          </Paper>
          <PostComments workspaceId={ws} postId={post.id} comments={post.comments} timeZone={workspace.timeZone} />
        </>
      )}
    </Stack>
  );
}

/** The server's list of blocking problems when scheduling is refused (details: strings or { message }). */
function ProblemList({ error }: { error: unknown }) {
  if (!(error instanceof ApiError) || !error.details) return null;
  const raw = Array.isArray(error.details)
    ? error.details
    : ((error.details as { problems?: unknown[] }).problems ?? []);
  const lines = raw
    .map((p) => (typeof p === 'string' ? p : ((p as { message?: unknown }).message ?? null)))
    .filter((p): p is string => typeof p === 'string');
  if (lines.length === 0) return null;
  return (
    <ul data-testid="post-problems">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
