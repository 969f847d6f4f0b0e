/** Writing posts: create, edit (an approved or scheduled post goes back to draft), delete, comment. */
import type { AppContext } from '../../app/context.js';
import { recordAudit, type AuditActor } from '../../audit/record-audit.js';
import type { Executor } from '../../db/database.js';
import type { Post } from '../../db/schema-publishing.js';
import { conflict, notFound } from '../../http/errors.js';
import { publishLive } from '../../live/live-events.js';
import { validateVariants } from './post-variants.js';
import * as repo from './posts.repository.js';
import type { CreatePostInput, UpdatePostInput } from './posts.schema.js';
import { unschedulePost } from './schedule-post.js';

type Deps = Pick<AppContext, 'db' | 'channels'>;

export async function createPost(deps: Deps, workspaceId: string, input: CreatePostInput, actor: AuditActor) {
  const variants = await validateVariants(deps, workspaceId, input.variants);
  return deps.db.transaction().execute(async (trx) => {
    const post = await repo.insertPost(trx, workspaceId, actor.id, {
      title: input.title,
      campaign: input.campaign,
      pillar: input.pillar,
      scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : null,
    });
    await repo.replaceVariants(trx, post, variants);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'post.created',
      subject: { type: 'post', id: post.id },
      data: { title: post.title, channels: variants.map((v) => v.channelId) },
    });
    await postChanged(trx, post);
    return post;
  });
}

export async function updatePost(
  deps: Deps,
  workspaceId: string,
  postId: string,
  input: UpdatePostInput,
  actor: AuditActor,
): Promise<{ post: Post; notice?: string }> {
  const variants = input.variants ? await validateVariants(deps, workspaceId, input.variants) : null;
  return deps.db.transaction().execute(async (trx) => {
    const post = await repo.lockPost(trx, workspaceId, postId);
    if (!post) throw notFound('The post');
    if (post.status === 'published') throw conflict('This post is published; it can no longer be edited.');
    let notice: string | undefined;
    let status = post.status;
    // An edit after approval is a new text nobody approved: back to draft, out of the queue.
    if (post.status === 'approved' || post.status === 'scheduled' || post.status === 'failed') {
      await unschedulePost(trx, post.id);
      status = 'draft';
      notice =
        post.status === 'scheduled'
          ? 'The post was scheduled: it is no longer scheduled and is a draft again that needs a new approval.'
          : post.status === 'approved'
            ? 'The post was approved: after this change it is a draft again that needs a new approval.'
            : 'The post is a draft again; schedule it once more to retry.';
    }
    const updated = await repo.updatePost(trx, post.id, {
      title: input.title,
      campaign: input.campaign,
      pillar: input.pillar,
      scheduledAt: input.scheduledAt === undefined ? undefined : input.scheduledAt ? new Date(input.scheduledAt) : null,
      status,
      ...(status !== post.status ? { approvedBy: null, approvedAt: null } : {}),
    });
    if (variants) await repo.replaceVariants(trx, post, variants);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'post.updated',
      subject: { type: 'post', id: post.id },
      data: { fields: Object.keys(input), from: post.status, to: status },
    });
    await postChanged(trx, updated);
    return { post: updated, notice };
  });
}

export async function deletePost(deps: Deps, workspaceId: string, postId: string, actor: AuditActor) {
  await deps.db.transaction().execute(async (trx) => {
    const post = await repo.lockPost(trx, workspaceId, postId);
    if (!post) throw notFound('The post');
    if (post.status === 'scheduled') throw conflict('This post is scheduled: unschedule it before deleting it.');
    if (post.status === 'published' || post.status === 'failed')
      throw conflict(`A ${post.status} post stays on record; it cannot be deleted.`);
    await repo.deletePost(trx, post.id);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'post.deleted',
      subject: { type: 'post', id: post.id },
      data: { title: post.title, status: post.status },
    });
    await postChanged(trx, post);
  });
}

export async function addComment(deps: Deps, workspaceId: string, postId: string, body: string, actor: AuditActor) {
  return deps.db.transaction().execute(async (trx) => {
    const post = await repo.lockPost(trx, workspaceId, postId);
    if (!post) throw notFound('The post');
    const comment = await repo.insertComment(trx, post.id, actor.id, body);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'post.commented',
      subject: { type: 'post', id: post.id },
      data: { commentId: comment.id },
    });
    await postChanged(trx, post);
    return post;
  });
}

export async function postChanged(trx: Executor, post: Post) {
  await publishLive(trx, {
    workspaceId: post.workspace_id,
    type: 'post.updated',
    subjectId: post.id,
    data: { status: post.status },
  });
}
