import type { AppContext } from '../app/context.js';
import { type AuditActor, recordAudit } from '../audit/record-audit.js';
import { notFound } from '../http/errors.js';
import * as repo from './privacy.repository.js';

export async function getRetention(deps: Pick<AppContext, 'db'>, workspaceId: string) {
  const row = await repo.findRetention(deps.db, workspaceId);
  if (!row) throw notFound('The workspace');
  return { retentionDays: row.retention_days };
}

export async function setRetention(
  deps: Pick<AppContext, 'db'>,
  request: { workspaceId: string; actor: AuditActor },
  retentionDays: number | null,
) {
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.findRetention(trx, request.workspaceId);
    if (!before) throw notFound('The workspace');
    const after = await repo.updateRetention(trx, request.workspaceId, retentionDays);
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'privacy.retention_changed',
      data: { from: before.retention_days, to: after.retention_days },
    });
    return { retentionDays: after.retention_days };
  });
}
