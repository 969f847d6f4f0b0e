/** An admin changes the name, time zone, default language or country of a workspace. */
import type { Db } from '../db/database.js';
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import { notFound } from '../http/errors.js';
import { lockWorkspace, updateWorkspace } from './workspaces.repository.js';

export interface WorkspaceSettingsPatch {
  name?: string;
  timeZone?: string;
  defaultLanguage?: string;
  country?: string;
}

const COLUMNS = {
  name: 'name',
  timeZone: 'time_zone',
  defaultLanguage: 'default_language',
  country: 'country',
} as const;

export async function updateWorkspaceSettings(
  db: Db,
  workspaceId: string,
  actor: AuditActor,
  patch: WorkspaceSettingsPatch,
) {
  return db.transaction().execute(async (trx) => {
    const current = await lockWorkspace(trx, workspaceId);
    if (!current) throw notFound('The workspace');
    const columns: { name?: string; time_zone?: string; default_language?: string; country?: string } = {};
    const changes: Record<string, { from: string; to: string }> = {};
    for (const field of Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]) {
      const value = patch[field];
      const column = COLUMNS[field];
      if (value === undefined || value === current[column]) continue;
      columns[column] = value;
      changes[field] = { from: current[column], to: value };
    }
    // Nothing changed: nothing to write and nothing to log.
    if (Object.keys(changes).length === 0) return current;
    const updated = await updateWorkspace(trx, workspaceId, columns);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'workspace.updated',
      subject: { type: 'workspace', id: workspaceId },
      data: { changes },
    });
    return updated;
  });
}
