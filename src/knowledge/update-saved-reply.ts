/** An admin or manager edits a saved reply; fields not sent stay as they are. */
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/database.js';
import { notFound } from '../http/errors.js';
import type { SavedReplyInput } from './knowledge.schema.js';
import { assertValidSavedReply } from './saved-reply-checks.js';
import { lockSavedReply, updateSavedReply as updateRow } from './saved-replies.repository.js';

export async function updateSavedReply(
  db: Db,
  workspaceId: string,
  id: string,
  patch: Partial<SavedReplyInput>,
  actor: AuditActor,
) {
  return db.transaction().execute(async (trx) => {
    const before = await lockSavedReply(trx, workspaceId, id);
    if (!before) throw notFound('The saved reply');
    const values = {
      title: patch.title ?? before.title,
      language: patch.language ?? (before.language as SavedReplyInput['language']),
      body: patch.body ?? before.body,
      channelId: patch.channelId === undefined ? before.channel_id : patch.channelId,
    };
    await assertValidSavedReply(trx, workspaceId, values);
    const row = await updateRow(trx, workspaceId, id, values);
    const changed = (Object.keys(patch) as Array<keyof SavedReplyInput>).filter((key) => patch[key] !== undefined);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'saved_reply.updated',
      subject: { type: 'saved_reply', id },
      data: { title: row.title, changed },
    });
    return row;
  });
}
