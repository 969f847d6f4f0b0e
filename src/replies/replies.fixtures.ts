/** Test helpers: a sandbox channel with one conversation whose comment exists on the sandbox network. */
import type { ApprovalPolicy } from '../db/schema-inbox.js';
import { makeSandboxChannel, pendingJobs, type ChannelFixture } from '../channels/channel-fixtures.js';
import { performActionJob } from '../channels/channel.jobs.js';
import { performAction } from '../channels/perform-action.js';
import { injectSandboxEvent } from '../channels/sandbox/sandbox-network.js';
import { makeConversation } from '../inbox/inbox.factories.js';
import { loadSlaContext } from '../sla/sla.repository.js';
import type { TestApp } from '../test-support/test-app.js';

export interface ReplyFixture extends ChannelFixture {
  conversationId: string;
  inboundItemId: string;
  inboundPlatformId: string;
  authorPlatformId: string;
  api: string;
}

export async function setApprovalPolicy(t: TestApp, workspaceId: string, policy: ApprovalPolicy) {
  await loadSlaContext(t.db, workspaceId); // creates the settings row with its defaults
  await t.db
    .updateTable('inbox_settings')
    .set({ approval_policy: policy })
    .where('workspace_id', '=', workspaceId)
    .execute();
}

/** A conversation (status new) with one comment by "kalle.k" that the sandbox network knows. */
export async function makeReplyFixture(
  t: TestApp,
  options: { policy?: ApprovalPolicy; sentiment?: string | null; severity?: string; text?: string } = {},
): Promise<ReplyFixture> {
  const f = await makeSandboxChannel(t);
  await setApprovalPolicy(t, f.workspaceId, options.policy ?? 'none');
  const text = options.text ?? 'Varför är inte Storgatan plogad?';
  const event = await injectSandboxEvent(
    t.db,
    { workspaceId: f.workspaceId, channelId: f.channelId },
    { author: { platformId: 'u-kalle', handle: 'kalle.k', name: 'Kalle K' }, text },
  );
  const author = await t.db
    .insertInto('authors')
    .values({
      workspace_id: f.workspaceId,
      network: 'sandbox',
      platform_id: 'u-kalle',
      handle: 'kalle.k',
      name: 'Kalle K',
      first_seen_at: new Date(),
      last_seen_at: new Date(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const conversation = await makeConversation(
    t.db,
    { id: f.channelId, workspace_id: f.workspaceId },
    {
      conversation_key: `thread:${event.platformId}:u-kalle`,
      author_id: author.id,
      language: 'sv',
      sentiment: options.sentiment === undefined ? 'neutral' : options.sentiment,
      severity: options.severity ?? 'normal',
      items: [
        {
          platform_id: event.platformId,
          author_platform_id: 'u-kalle',
          author_handle: 'kalle.k',
          author_name: 'Kalle K',
          author_id: author.id,
          text,
          occurred_at: new Date(Date.now() - 60_000),
          received_at: new Date(Date.now() - 60_000),
        },
      ],
    },
  );
  const item = await t.db
    .selectFrom('items')
    .select('id')
    .where('conversation_id', '=', conversation.id)
    .executeTakeFirstOrThrow();
  return {
    ...f,
    conversationId: conversation.id,
    inboundItemId: item.id,
    inboundPlatformId: event.platformId,
    authorPlatformId: 'u-kalle',
    api: `/api/workspaces/${f.workspaceId}`,
  };
}

/** Runs every pending channels.perform-action job of the workspace once, like the worker would. */
export async function runSendJobs(t: TestApp, workspaceId: string) {
  const jobs = (await pendingJobs(t)).filter(
    (j) =>
      j.task_identifier === 'channels.perform-action' &&
      (j.payload as { workspaceId: string }).workspaceId === workspaceId,
  );
  for (const job of jobs) {
    const { actionId } = job.payload as { actionId: string };
    await performAction(t.ctx, actionId, { attempt: 1, maxAttempts: performActionJob.maxAttempts }).catch(() => {});
  }
  await t.database.pool.query(
    `DELETE FROM graphile_worker._private_jobs j USING graphile_worker._private_tasks t
      WHERE t.id = j.task_id AND t.identifier = 'channels.perform-action' AND j.payload->>'workspaceId' = $1`,
    [workspaceId],
  );
  return jobs.length;
}

export function sandboxActions(t: TestApp, channelId: string) {
  return t.db.selectFrom('sandbox_actions').selectAll().where('channel_id', '=', channelId).orderBy('id').execute();
}

export function outboundActions(t: TestApp, channelId: string) {
  return t.db
    .selectFrom('outbound_actions')
    .selectAll()
    .where('channel_id', '=', channelId)
    .orderBy('created_at')
    .execute();
}
