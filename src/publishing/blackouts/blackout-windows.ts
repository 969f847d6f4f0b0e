/** Is a moment inside a blackout window, and when may a post go out instead? */
import { recordAudit, type AuditActor } from '../../audit/record-audit.js';
import type { Db, Executor } from '../../db/database.js';
import type { BlackoutWindow } from '../../db/schema-publishing.js';
import { BLACKOUT_TEMPLATES, templatesForCountry } from './blackout-templates.js';
import {
  defaultWindowTitles,
  insertBlackoutWindow,
  listActiveWindowsForChannel,
  workspacesWithoutDefaults,
} from './blackouts.repository.js';
import { occurrencesBetween } from './recurrence.js';

export interface ActiveBlackout {
  windowId: string;
  title: string;
  reason: string;
  start: Date;
  end: Date;
  channelId: string | null;
}

/** A chain of windows each starting inside the previous one longer than this is a configuration mistake. */
const MAX_CHAIN = 100;

const applies = (window: BlackoutWindow, channelId: string) =>
  window.enabled && (window.channel_id === null || window.channel_id === channelId);

/** Occurrences covering `at` (start ≤ at < end), the one ending last first. */
function coveringAt(windows: BlackoutWindow[], channelId: string, at: number): ActiveBlackout[] {
  const covering: ActiveBlackout[] = [];
  for (const window of windows) {
    if (!applies(window, channelId)) continue;
    const occurrences = occurrencesBetween(
      {
        startsLocal: window.starts_local,
        durationMinutes: window.duration_minutes,
        timeZone: window.time_zone,
        rrule: window.rrule,
      },
      at,
      at + 1,
    );
    for (const occurrence of occurrences) {
      covering.push({
        windowId: window.id,
        title: window.title,
        reason: window.reason,
        start: new Date(occurrence.start),
        end: new Date(occurrence.end),
        channelId: window.channel_id,
      });
    }
  }
  return covering.sort((a, b) => b.end.getTime() - a.end.getTime());
}

export function blackoutAtIn(windows: BlackoutWindow[], channelId: string, at: Date): ActiveBlackout | null {
  return coveringAt(windows, channelId, at.getTime())[0] ?? null;
}

/** The window (workspace-wide or of this channel, enabled) covering `at`; the one ending last when several do. */
export async function blackoutAt(
  db: Executor,
  workspaceId: string,
  channelId: string,
  at: Date,
): Promise<ActiveBlackout | null> {
  return blackoutAtIn(await listActiveWindowsForChannel(db, workspaceId, channelId), channelId, at);
}

/** Pure: the first instant ≥ at outside every window; a window's end inside another window moves on again. */
export function nextAllowedInstantIn(
  windows: BlackoutWindow[],
  channelId: string,
  at: Date,
): { at: Date; movedBy: ActiveBlackout[] } {
  const movedBy: ActiveBlackout[] = [];
  let instant = at.getTime();
  for (let step = 0; step < MAX_CHAIN; step++) {
    const blackout = coveringAt(windows, channelId, instant)[0];
    if (!blackout) return { at: new Date(instant), movedBy };
    movedBy.push(blackout);
    instant = blackout.end.getTime();
  }
  throw new Error(`More than ${MAX_CHAIN} blackout windows follow each other without a gap after ${at.toISOString()}`);
}

export async function nextAllowedInstant(
  db: Executor,
  workspaceId: string,
  channelId: string,
  at: Date,
): Promise<{ at: Date; movedBy: ActiveBlackout[] }> {
  return nextAllowedInstantIn(await listActiveWindowsForChannel(db, workspaceId, channelId), channelId, at);
}

/** Adds the country's default windows (once: a default already there by title is left as the admin made it). */
export async function seedDefaultBlackouts(
  trx: Executor,
  workspace: { id: string; country: string; time_zone: string },
): Promise<BlackoutWindow[]> {
  const existing = await defaultWindowTitles(trx, workspace.id);
  const added: BlackoutWindow[] = [];
  for (const template of templatesForCountry(workspace.country)) {
    if (existing.has(template.title)) continue;
    const row = await insertBlackoutWindow(trx, workspace.id, {
      channelId: null,
      title: template.title,
      reason: template.reason,
      startsLocal: template.startsLocal,
      durationMinutes: template.durationMinutes,
      // The moment is national: it keeps its own zone even when the workspace uses another one.
      timeZone: template.timeZone,
      rrule: template.rrule,
      enabled: true,
      source: 'default',
      createdBy: null,
    });
    added.push(row);
  }
  return added;
}

export interface BackfilledWorkspace {
  workspaceId: string;
  slug: string;
  added: number;
}

/**
 * For workspaces created before blackout windows existed (`samtal publishing backfill-blackouts`): seeds each
 * one without any default window, one transaction per workspace, audited there since an admin did not add
 * them. Returns the workspaces that got windows. Run it once, not on every start, or a workspace whose admin
 * deleted every default window gets them back. `only` (workspace ids) limits it to some workspaces.
 */
export async function backfillDefaultBlackouts(
  db: Db,
  options: { only?: string[]; actor: AuditActor },
): Promise<BackfilledWorkspace[]> {
  const backfilled: BackfilledWorkspace[] = [];
  for (const workspace of await workspacesWithoutDefaults(db, options.only)) {
    if (templatesForCountry(workspace.country).length === 0) continue;
    const added = await db.transaction().execute(async (trx) => {
      const rows = await seedDefaultBlackouts(trx, workspace);
      await recordAudit(trx, {
        workspaceId: workspace.id,
        actor: options.actor,
        action: 'blackout_window.defaults_added',
        subject: { type: 'workspace', id: workspace.id },
        data: { titles: rows.map((row) => row.title) },
      });
      return rows.length;
    });
    backfilled.push({ workspaceId: workspace.id, slug: workspace.slug, added });
  }
  return backfilled;
}

export { BLACKOUT_TEMPLATES };
