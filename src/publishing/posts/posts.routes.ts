/** Posts: write, check, move through the approval workflow, comment, reschedule. Thin: parse → access → use case → presenter. */
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { userActor } from '../../audit/audit-actor.js';
import type { Post } from '../../db/schema-publishing.js';
import type { App } from '../../http/app.js';
import type { WorkspaceContext } from '../../auth/access.js';
import { notFound } from '../../http/errors.js';
import { WorkspaceParams } from '../../workspaces/workspaces.schema.js';
import { findSettings } from '../settings/settings.repository.js';
import { calendar } from './calendar.js';
import { channelSlots, queuePost, saveChannelSlots } from './queue-post.js';
import { PUBLISHING_ADMINS } from '../settings/settings.schema.js';
import { checkPost } from './check-post.js';
import { addComment, createPost, deletePost, updatePost } from './manage-posts.js';
import { CALENDAR_READERS, POST_WRITERS } from './post-workflow.js';
import { presentPosts } from './posts.presenter.js';
import { findPost } from './posts.repository.js';
import {
  CalendarQuery,
  CalendarResponse,
  CheckBody,
  ChannelSlotsParams,
  CheckResponse,
  SlotsBody,
  SlotsResponse,
  CommentBody,
  CreatePostBody,
  PostParams,
  PostResponse,
  RescheduleBody,
  TransitionBody,
  UpdatePostBody,
} from './posts.schema.js';
import { reschedulePost, transitionPost } from './transition-post.js';

const Ok = z.object({ ok: z.literal(true) });
const W = '/api/workspaces/:workspaceId/publishing';

export function postsRoutes(ctx: AppContext) {
  const viewerOf = (request: { user: { userId: string } | null; workspace: WorkspaceContext | null }) => ({
    userId: request.user!.userId,
    roles: request.workspace!.roles,
  });
  const present = async (post: Post, request: Parameters<typeof viewerOf>[0]) => {
    const settings = await findSettings(ctx.db, post.workspace_id);
    const [json] = await presentPosts([post], {
      db: ctx.db,
      channels: ctx.channels,
      settings,
      viewer: viewerOf(request),
      withMediaData: true,
      withComments: true,
    });
    return json!;
  };

  return async (app: App) => {
    app.post(
      `${W}/posts`,
      {
        config: { access: { roles: POST_WRITERS } },
        schema: {
          summary: 'Write a post (a draft) with one variant per channel',
          tags: ['publishing'],
          params: WorkspaceParams,
          body: CreatePostBody,
          response: { 201: PostResponse },
        },
      },
      async (request, reply) => {
        const post = await createPost(ctx, request.workspace!.id, request.body, userActor(request.user!));
        return reply.status(201).send({ post: await present(post, request) });
      },
    );

    app.get(
      `${W}/posts/:postId`,
      {
        config: { access: { roles: CALENDAR_READERS } },
        schema: {
          summary: 'A post with its variants and comments',
          tags: ['publishing'],
          params: PostParams,
          response: { 200: PostResponse },
        },
      },
      async (request) => {
        const post = await findPost(ctx.db, request.workspace!.id, request.params.postId);
        if (!post) throw notFound('The post');
        return { post: await present(post, request) };
      },
    );

    app.patch(
      `${W}/posts/:postId`,
      {
        config: { access: { roles: POST_WRITERS } },
        schema: {
          summary: 'Edit a post; an approved or scheduled post becomes a draft again (see notice)',
          tags: ['publishing'],
          params: PostParams,
          body: UpdatePostBody,
          response: { 200: PostResponse },
        },
      },
      async (request) => {
        const { post, notice } = await updatePost(
          ctx,
          request.workspace!.id,
          request.params.postId,
          request.body,
          userActor(request.user!),
        );
        return { post: await present(post, request), ...(notice ? { notice } : {}) };
      },
    );

    app.delete(
      `${W}/posts/:postId`,
      {
        config: { access: { roles: POST_WRITERS } },
        schema: {
          summary: 'Delete a post that is not scheduled or sent',
          tags: ['publishing'],
          params: PostParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await deletePost(ctx, request.workspace!.id, request.params.postId, userActor(request.user!));
        return { ok: true as const };
      },
    );

    app.post(
      `${W}/posts/:postId/transition`,
      {
        config: { access: { roles: CALENDAR_READERS } },
        schema: {
          summary: 'Move a post through the workflow: in_review, approved, draft or scheduled',
          tags: ['publishing'],
          params: PostParams,
          body: TransitionBody,
          response: { 200: PostResponse },
        },
      },
      async (request) => {
        const { post, notice } = await transitionPost(
          ctx,
          request.workspace!,
          request.params.postId,
          request.body,
          userActor(request.user!),
          viewerOf(request),
        );
        return { post: await present(post, request), ...(notice ? { notice } : {}) };
      },
    );

    app.post(
      `${W}/posts/:postId/comments`,
      {
        config: { access: { roles: CALENDAR_READERS } },
        schema: {
          summary: 'Comment on a post',
          tags: ['publishing'],
          params: PostParams,
          body: CommentBody,
          response: { 201: PostResponse },
        },
      },
      async (request, reply) => {
        const post = await addComment(
          ctx,
          request.workspace!.id,
          request.params.postId,
          request.body.body,
          userActor(request.user!),
        );
        return reply.status(201).send({ post: await present(post, request) });
      },
    );

    app.post(
      `${W}/posts/:postId/reschedule`,
      {
        config: { access: { roles: POST_WRITERS } },
        schema: {
          summary:
            'Move a post to another time (calendar drag); a scheduled post is scheduled again, blackout rules apply',
          tags: ['publishing'],
          params: PostParams,
          body: RescheduleBody,
          response: { 200: PostResponse },
        },
      },
      async (request) => {
        const { post, notice } = await reschedulePost(
          ctx,
          request.workspace!,
          request.params.postId,
          new Date(request.body.scheduledAt),
          userActor(request.user!),
          viewerOf(request),
        );
        return { post: await present(post, request), ...(notice ? { notice } : {}) };
      },
    );

    app.post(
      `${W}/check`,
      {
        config: { access: { roles: POST_WRITERS } },
        schema: {
          summary: 'Check post variants: spelling, sensitive wording, tone, length, announcement link, timing',
          tags: ['publishing'],
          params: WorkspaceParams,
          body: CheckBody,
          response: { 200: CheckResponse },
        },
      },
      async (request) => checkPost(ctx, request.workspace!, request.body),
    );

    app.get(
      `${W}/calendar`,
      {
        config: { access: { roles: CALENDAR_READERS } },
        schema: {
          summary:
            'Posts wanted or due in a period (filter by channel, campaign, pillar, status), blackout occurrences, the pause',
          tags: ['publishing'],
          params: WorkspaceParams,
          querystring: CalendarQuery,
          response: { 200: CalendarResponse },
        },
      },
      async (request) => calendar(ctx, request.workspace!.id, request.query, viewerOf(request)),
    );

    app.get(
      `${W}/channels/:channelId/slots`,
      {
        config: { access: { roles: CALENDAR_READERS } },
        schema: {
          summary: 'Posting slots of a channel',
          tags: ['publishing'],
          params: ChannelSlotsParams,
          response: { 200: SlotsResponse },
        },
      },
      async (request) => ({ slots: await channelSlots(ctx, request.workspace!.id, request.params.channelId) }),
    );

    app.put(
      `${W}/channels/:channelId/slots`,
      {
        config: { access: { roles: PUBLISHING_ADMINS } },
        schema: {
          summary: 'Set the posting slots of a channel (weekday 1 = Monday, local time)',
          tags: ['publishing'],
          params: ChannelSlotsParams,
          body: SlotsBody,
          response: { 200: SlotsResponse },
        },
      },
      async (request) => ({
        slots: await saveChannelSlots(
          ctx,
          request.workspace!.id,
          request.params.channelId,
          request.body.slots,
          userActor(request.user!),
        ),
      }),
    );

    app.post(
      `${W}/posts/:postId/queue`,
      {
        config: { access: { roles: POST_WRITERS } },
        schema: {
          summary: 'Give the post the next free posting slot of its channels (and schedule it when it may be)',
          tags: ['publishing'],
          params: PostParams,
          response: { 200: PostResponse },
        },
      },
      async (request) => {
        const { post, notice } = await queuePost(
          ctx,
          request.workspace!,
          request.params.postId,
          userActor(request.user!),
          viewerOf(request),
        );
        return { post: await present(post, request), notice };
      },
    );
  };
}
