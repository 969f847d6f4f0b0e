/**
 * Retention: delete inbound items older than the workspace's retention_days whose conversations are
 * closed or resolved. Items with evidence are under legal hold and are skipped, each with a
 * 'purge_skipped' custody event that records why; the run is audited with its counts.
 */
import type { AppContext } from '../app/context.js';
import { SYSTEM_ACTOR, recordAudit } from '../audit/record-audit.js';
import type { Executor } from '../db/database.js';
import { insertCustodyEvents } from '../evidence/evidence.repository.js';
import { splitByHold } from './legal-hold.js';
import * as repo from './privacy.repository.js';

const BATCH = 500;
const DAY_MS = 24 * 3600_000;

export interface PurgeResult {
  workspaceId: string;
  purgedItems: number;
  heldItems: number;
}

export async function purgeRetention(deps: Pick<AppContext, 'db'>, now = new Date()): Promise<PurgeResult[]> {
  const results: PurgeResult[] = [];
  for (const workspace of await repo.listWorkspacesWithRetention(deps.db)) {
    const days = workspace.retention_days!;
    results.push(await purgeWorkspace(deps.db, workspace.id, days, new Date(now.getTime() - days * DAY_MS)));
  }
  return results;
}

async function purgeWorkspace(db: Executor, workspaceId: string, retentionDays: number, cutoff: Date) {
  const result: PurgeResult = { workspaceId, purgedItems: 0, heldItems: 0 };
  let afterId: string | null = null;
  // One transaction per batch: a long purge never holds locks on the whole inbox.
  for (;;) {
    const rows = await repo.listPurgeCandidates(db, workspaceId, cutoff, afterId, BATCH);
    if (rows.length === 0) break;
    afterId = rows[rows.length - 1]!.id;
    const { free, held } = splitByHold(rows);
    await db.transaction().execute(async (trx) => {
      result.purgedItems += await repo.deleteItems(trx, free);
      result.heldItems += held.length;
      await insertCustodyEvents(
        trx,
        held.map((h) => ({
          workspaceId,
          recordId: h.evidenceRecordIds[h.evidenceRecordIds.length - 1]!,
          event: 'purge_skipped' as const,
          actorId: null,
          actorLabel: SYSTEM_ACTOR.label,
          details: {
            itemId: h.itemId,
            retentionDays,
            reason: h.legalHoldReason,
            evidenceRecordIds: h.evidenceRecordIds,
          },
        })),
      );
    });
    if (rows.length < BATCH) break;
  }
  if (result.purgedItems + result.heldItems > 0) {
    await db.transaction().execute((trx) =>
      recordAudit(trx, {
        workspaceId,
        actor: SYSTEM_ACTOR,
        action: 'privacy.retention_purged',
        data: {
          retentionDays,
          cutoff: cutoff.toISOString(),
          purgedItems: result.purgedItems,
          heldItems: result.heldItems,
        },
      }),
    );
  }
  return result;
}
