import type { Executor } from '../db/database.js';
import type { GuidelineRule, TextMap } from './guidelines.schema.js';

const COLUMNS = [
  'id',
  'workspace_id',
  'version',
  'status',
  'intro',
  'rules',
  'change_note',
  'published_at',
  'published_by',
  'created_at',
  'updated_at',
] as const;

export interface GuidelineVersionRow {
  id: string;
  workspace_id: string;
  version: number;
  status: 'draft' | 'published';
  intro: TextMap;
  rules: GuidelineRule[];
  change_note: TextMap;
  published_at: Date | null;
  published_by: string | null;
  created_at: Date;
  updated_at: Date;
}

// jsonb comes back parsed; the shapes are the ones guidelines.schema.ts validated on the way in.
const asRow = <T>(row: T | undefined) => row as unknown as GuidelineVersionRow | undefined;

export async function findLatestPublished(db: Executor, workspaceId: string) {
  const row = await db
    .selectFrom('guideline_versions')
    .select(COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'published')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return asRow(row);
}

export async function findPublishedVersion(db: Executor, workspaceId: string, version: number) {
  const row = await db
    .selectFrom('guideline_versions')
    .select(COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'published')
    .where('version', '=', version)
    .executeTakeFirst();
  return asRow(row);
}

export async function findDraft(db: Executor, workspaceId: string, options: { lock?: boolean } = {}) {
  const query = db
    .selectFrom('guideline_versions')
    .select(COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'draft');
  return asRow(await (options.lock ? query.forUpdate() : query).executeTakeFirst());
}

/** Published versions, newest first, with who published them. */
export async function listHistory(db: Executor, workspaceId: string) {
  const rows = await db
    .selectFrom('guideline_versions as g')
    .leftJoin('users as u', 'u.id', 'g.published_by')
    .select(['g.id', 'g.version', 'g.published_at', 'g.change_note', 'u.id as user_id', 'u.name as user_name'])
    .where('g.workspace_id', '=', workspaceId)
    .where('g.status', '=', 'published')
    .orderBy('g.version', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    publishedAt: r.published_at as Date,
    changeNote: r.change_note as TextMap,
    publishedBy: r.user_id ? { id: r.user_id, name: r.user_name ?? '' } : null,
  }));
}

export async function latestVersionNumber(db: Executor, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('guideline_versions')
    .select((eb) => eb.fn.max('version').as('max'))
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return Number(row?.max ?? 0);
}

export interface DraftValues {
  intro: TextMap;
  rules: GuidelineRule[];
  changeNote: TextMap;
}

export async function insertDraft(db: Executor, workspaceId: string, version: number, values: DraftValues) {
  const row = await db
    .insertInto('guideline_versions')
    .values({
      workspace_id: workspaceId,
      version,
      status: 'draft',
      intro: JSON.stringify(values.intro),
      rules: JSON.stringify(values.rules),
      change_note: JSON.stringify(values.changeNote),
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return asRow(row)!;
}

export async function updateDraft(db: Executor, id: string, values: DraftValues) {
  const row = await db
    .updateTable('guideline_versions')
    .set({
      intro: JSON.stringify(values.intro),
      rules: JSON.stringify(values.rules),
      change_note: JSON.stringify(values.changeNote),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return asRow(row)!;
}

export async function markPublished(db: Executor, id: string, userId: string | null, at: Date) {
  const row = await db
    .updateTable('guideline_versions')
    .set({ status: 'published', published_at: at, published_by: userId, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return asRow(row)!;
}

export async function deleteDraft(db: Executor, workspaceId: string) {
  const result = await db
    .deleteFrom('guideline_versions')
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Serialises draft creation and publishing per workspace (one draft, consecutive version numbers). */
export async function lockWorkspaceGuidelines(db: Executor, workspaceId: string) {
  await db.selectFrom('workspaces').select('id').where('id', '=', workspaceId).forUpdate().executeTakeFirst();
}

export function findWorkspaceForGuidelines(db: Executor, where: { id: string } | { slug: string }) {
  const query = db.selectFrom('workspaces').select(['id', 'slug', 'name', 'default_language', 'time_zone']);
  return ('id' in where ? query.where('id', '=', where.id) : query.where('slug', '=', where.slug)).executeTakeFirst();
}
