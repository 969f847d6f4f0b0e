/**
 * Data-subject erasure: delete everything an author wrote in the workspace and the author row. Items
 * under legal hold (with evidence) are kept and reported with the reason; while any remain, the
 * author row is anonymised instead of deleted.
 */
import type { AppContext } from '../app/context.js';
import { type AuditActor, recordAudit } from '../audit/record-audit.js';
import { insertCustodyEvents } from '../evidence/evidence.repository.js';
import { notFound } from '../http/errors.js';
import { type HeldItem, splitByHold } from './legal-hold.js';
import * as repo from './privacy.repository.js';

export interface ErasureResult {
  erasedItems: number;
  heldItems: HeldItem[];
  author: 'deleted' | 'anonymised';
}

export async function eraseAuthor(
  deps: Pick<AppContext, 'db'>,
  request: { workspaceId: string; actor: AuditActor },
  authorId: string,
): Promise<ErasureResult> {
  return deps.db.transaction().execute(async (trx) => {
    const author = await repo.findAuthor(trx, request.workspaceId, authorId);
    if (!author) throw notFound('The author');
    const { free, held } = splitByHold(await repo.listAuthorItems(trx, request.workspaceId, author));
    const erasedItems = await repo.deleteItems(trx, free);
    if (held.length > 0) await repo.anonymiseAuthor(trx, author.id);
    else await repo.deleteAuthor(trx, author.id);
    await insertCustodyEvents(
      trx,
      held.map((h) => ({
        workspaceId: request.workspaceId,
        recordId: h.evidenceRecordIds[h.evidenceRecordIds.length - 1]!,
        event: 'erasure_skipped' as const,
        actorId: request.actor.id,
        actorLabel: request.actor.label,
        details: { itemId: h.itemId, authorId, reason: h.legalHoldReason, evidenceRecordIds: h.evidenceRecordIds },
      })),
    );
    const result: ErasureResult = { erasedItems, heldItems: held, author: held.length > 0 ? 'anonymised' : 'deleted' };
    // The audit keeps no handle or name: that is what was erased.
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'privacy.erasure',
      subject: { type: 'author', id: author.id },
      data: { erasedItems, heldItems: held.map((h) => h.itemId), author: result.author },
    });
    return result;
  });
}
