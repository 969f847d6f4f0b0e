/** Moderation set-up and checks for browser tests: published guidelines, the queue entry of an item, a ZIP's files. */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Download } from 'playwright-core';
import type { Executor } from '../../src/db/database.js';
import type { ApiSession } from './api.js';

interface GuidelinesOverview {
  published: { version: number; rules: Array<{ key: string; number: number }> } | null;
  template?: { intro: unknown; rules: unknown[] };
}

/**
 * The workspace's published guidelines; when it has none (a workspace without the demo's), the
 * template is saved as a draft and published, as an admin would in the guidelines editor.
 */
export async function ensurePublishedGuidelines(admin: ApiSession, workspaceId: string) {
  const path = `/api/workspaces/${workspaceId}/guidelines`;
  const overview = await admin.get<GuidelinesOverview>(path);
  if (overview.published) return overview.published;
  if (!overview.template) throw new Error('No published guidelines and no template to start from');
  await admin.send('PUT', `${path}/draft`, {
    intro: overview.template.intro,
    rules: overview.template.rules,
    changeNote: { sv: 'Första versionen.', nl: 'Eerste versie.', en: 'First version.' },
  });
  await admin.send('POST', `${path}/draft/publish`);
  return (await admin.get<GuidelinesOverview>(path)).published!;
}

/** The moderation-queue row of an item, if the item is in the queue. */
export function queueEntryOf(db: Executor, itemId: string) {
  return db
    .selectFrom('moderation_queue')
    .select(['id', 'status', 'sources', 'suggested_rule_key'])
    .where('item_id', '=', itemId)
    .executeTakeFirst();
}

/** A downloaded file's bytes and, read as a ZIP, its files by path. */
export async function readDownloadedZip(download: Download) {
  const file = await download.path();
  if (!file) throw new Error(`The download ${download.suggestedFilename()} did not complete`);
  const bytes = new Uint8Array(await readFile(file));
  return { bytes, files: unzipSync(bytes) };
}
