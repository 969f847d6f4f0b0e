/**
 * Driving the sandbox network from a test the way its traffic generator does: append an event to a
 * channel's feed and ask for a sync in the same transaction. The sync job then reads the feed with
 * its cursor and runs the event through the real ingestion pipeline.
 */
import { enqueueSync } from '../../src/channels/channel.jobs.js';
import { injectSandboxEvent, type SandboxEventInput } from '../../src/channels/sandbox/sandbox-network.js';
import { listRecordedActions } from '../../src/channels/sandbox/sandbox.repository.js';
import type { Executor } from '../../src/db/database.js';

export interface SandboxChannel {
  id: string;
  workspaceId: string;
}

/** The sandbox channel of a workspace (by slug) with this handle. */
export async function findSandboxChannel(db: Executor, workspaceSlug: string, handle: string): Promise<SandboxChannel> {
  const row = await db
    .selectFrom('channels as c')
    .innerJoin('workspaces as w', 'w.id', 'c.workspace_id')
    .select(['c.id', 'c.workspace_id'])
    .where('w.slug', '=', workspaceSlug)
    .where('c.kind', '=', 'sandbox')
    .where('c.handle', '=', handle)
    .executeTakeFirst();
  if (!row) throw new Error(`No sandbox channel @${handle} in "${workspaceSlug}"`);
  return { id: row.id, workspaceId: row.workspace_id };
}

/** Something "happens" on the network: the event lands on the feed and the channel is synced at once. */
export function postOnSandbox(db: Executor, channel: SandboxChannel, event: SandboxEventInput) {
  const target = { workspaceId: channel.workspaceId, channelId: channel.id };
  return db.transaction().execute(async (trx) => {
    const stored = await injectSandboxEvent(trx, target, event);
    await enqueueSync(trx, target);
    return stored;
  });
}

/** What the network saw the channel do (replies, hides …), oldest first. */
export function sandboxActions(db: Executor, channel: SandboxChannel) {
  return listRecordedActions(db, channel.id);
}
