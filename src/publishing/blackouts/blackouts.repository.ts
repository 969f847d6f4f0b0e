import type { Executor } from '../../db/database.js';

export interface BlackoutValues {
  channelId: string | null;
  title: string;
  reason: string;
  startsLocal: string;
  durationMinutes: number;
  timeZone: string;
  rrule: string | null;
  enabled: boolean;
}

const toRow = (values: Partial<BlackoutValues>) => ({
  ...(values.channelId !== undefined && { channel_id: values.channelId }),
  ...(values.title !== undefined && { title: values.title }),
  ...(values.reason !== undefined && { reason: values.reason }),
  ...(values.startsLocal !== undefined && { starts_local: values.startsLocal }),
  ...(values.durationMinutes !== undefined && { duration_minutes: values.durationMinutes }),
  ...(values.timeZone !== undefined && { time_zone: values.timeZone }),
  ...(values.rrule !== undefined && { rrule: values.rrule }),
  ...(values.enabled !== undefined && { enabled: values.enabled }),
});

export function listBlackoutWindows(db: Executor, workspaceId: string) {
  return db
    .selectFrom('blackout_windows')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('starts_local')
    .orderBy('id')
    .execute();
}

/** Enabled windows that apply to a channel: the workspace-wide ones and the channel's own. */
export function listActiveWindowsForChannel(db: Executor, workspaceId: string, channelId: string) {
  return db
    .selectFrom('blackout_windows')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('enabled', '=', true)
    .where((eb) => eb.or([eb('channel_id', 'is', null), eb('channel_id', '=', channelId)]))
    .execute();
}

export function findBlackoutWindow(db: Executor, workspaceId: string, id: string) {
  return db
    .selectFrom('blackout_windows')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertBlackoutWindow(
  db: Executor,
  workspaceId: string,
  values: BlackoutValues & { source: 'default' | 'custom'; createdBy: string | null },
) {
  return db
    .insertInto('blackout_windows')
    .values({
      workspace_id: workspaceId,
      channel_id: values.channelId,
      title: values.title,
      reason: values.reason,
      starts_local: values.startsLocal,
      duration_minutes: values.durationMinutes,
      time_zone: values.timeZone,
      rrule: values.rrule,
      enabled: values.enabled,
      source: values.source,
      created_by: values.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateBlackoutWindow(db: Executor, workspaceId: string, id: string, values: Partial<BlackoutValues>) {
  return db
    .updateTable('blackout_windows')
    .set({ ...toRow(values), updated_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export function deleteBlackoutWindow(db: Executor, workspaceId: string, id: string) {
  return db
    .deleteFrom('blackout_windows')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** Titles of the default windows a workspace already has (seeding twice adds nothing). */
export async function defaultWindowTitles(db: Executor, workspaceId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('blackout_windows')
    .select('title')
    .where('workspace_id', '=', workspaceId)
    .where('source', '=', 'default')
    .execute();
  return new Set(rows.map((row) => row.title));
}

/** Workspaces that have never had a default window (created before blackout windows existed). */
export function workspacesWithoutDefaults(db: Executor, only?: string[]) {
  let query = db
    .selectFrom('workspaces')
    .select(['id', 'slug', 'country', 'time_zone'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('blackout_windows')
            .select('blackout_windows.id')
            .whereRef('blackout_windows.workspace_id', '=', 'workspaces.id')
            .where('blackout_windows.source', '=', 'default'),
        ),
      ),
    );
  if (only) query = query.where('id', 'in', only.length ? only : ['00000000-0000-0000-0000-000000000000']);
  return query.execute();
}
