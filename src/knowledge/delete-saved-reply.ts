/** An admin or manager removes a saved reply. */
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { deleteSavedReply as deleteRow, lockSavedReply } from './saved-replies.repository.js';

export async function deleteSavedReply(db: Db, workspaceId: string, id: string, actor: AuditActor) {
  await db.transaction().execute(async (trx) => {
    const row = await lockSavedReply(trx, workspaceId, id);
    if (!row) throw notFound('The saved reply');
    await deleteRow(trx, workspaceId, id);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'saved_reply.deleted',
      subject: { type: 'saved_reply', id },
      data: { title: row.title, language: row.language },
    });
  });
}
