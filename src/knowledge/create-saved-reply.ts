/** An admin or manager adds a saved reply (a reusable answer with variables). */
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/database.js';
import type { SavedReplyInput } from './knowledge.schema.js';
import { assertValidSavedReply } from './saved-reply-checks.js';
import { insertSavedReply } from './saved-replies.repository.js';

export async function createSavedReply(db: Db, workspaceId: string, input: SavedReplyInput, actor: AuditActor) {
  const values = { ...input, channelId: input.channelId ?? null };
  await assertValidSavedReply(db, workspaceId, values);
  return db.transaction().execute(async (trx) => {
    const row = await insertSavedReply(trx, workspaceId, actor.id, values);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'saved_reply.created',
      subject: { type: 'saved_reply', id: row.id },
      data: { title: row.title, language: row.language, channelId: row.channel_id },
    });
    return row;
  });
}
