/** The workspace's publishing settings; a missing row means the defaults of the migration. */
import type { Executor } from '../../db/database.js';

export interface PublishingSettingsValues {
  requireApproval: boolean;
  approverRoles: string[];
  blackoutPolicy: 'move_to_end' | 'await_reapproval';
  pausedAt: Date | null;
  pausedBy: string | null;
  pauseReason: string | null;
}

export const DEFAULT_SETTINGS: PublishingSettingsValues = {
  requireApproval: true,
  approverRoles: ['admin', 'manager'],
  blackoutPolicy: 'move_to_end',
  pausedAt: null,
  pausedBy: null,
  pauseReason: null,
};

export async function findSettings(db: Executor, workspaceId: string): Promise<PublishingSettingsValues> {
  const row = await db
    .selectFrom('publishing_settings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) return { ...DEFAULT_SETTINGS };
  return {
    requireApproval: row.require_approval,
    approverRoles: row.approver_roles,
    blackoutPolicy: row.blackout_policy,
    pausedAt: row.paused_at,
    pausedBy: row.paused_by,
    pauseReason: row.pause_reason,
  };
}

/** Writes the given fields, creating the row with the defaults for the rest. */
export async function saveSettings(
  trx: Executor,
  workspaceId: string,
  values: Partial<PublishingSettingsValues>,
): Promise<void> {
  const set = {
    ...(values.requireApproval !== undefined ? { require_approval: values.requireApproval } : {}),
    ...(values.approverRoles !== undefined ? { approver_roles: values.approverRoles } : {}),
    ...(values.blackoutPolicy !== undefined ? { blackout_policy: values.blackoutPolicy } : {}),
    ...(values.pausedAt !== undefined ? { paused_at: values.pausedAt } : {}),
    ...(values.pausedBy !== undefined ? { paused_by: values.pausedBy } : {}),
    ...(values.pauseReason !== undefined ? { pause_reason: values.pauseReason } : {}),
    updated_at: new Date(),
  };
  await trx
    .insertInto('publishing_settings')
    .values({ workspace_id: workspaceId, ...set })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet(set))
    .execute();
}
