/** Evidence records, artifacts and custody events (append-only), and what a capture reads. */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { CustodyEvent, EvidenceArtifactKind } from '../db/schema-moderation.js';
import type { EvidenceHashInput } from './evidence-hash.js';

/** Serialises appends to a workspace's evidence chain for the rest of the transaction. */
export async function lockEvidenceChain(db: Executor, workspaceId: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${'evidence:' + workspaceId}, 0))`.execute(db);
}

export function findLastRecord(db: Executor, workspaceId: string) {
  return db
    .selectFrom('evidence_records')
    .select(['seq', 'hash'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** A record as hashed into the chain, with its link and hash. */
export interface NewEvidenceRecord extends EvidenceHashInput {
  prevHash: string;
  hash: string;
}

export function insertRecord(db: Executor, r: NewEvidenceRecord) {
  return db
    .insertInto('evidence_records')
    .values({
      id: r.id,
      workspace_id: r.workspaceId,
      seq: r.seq,
      item_id: r.itemId,
      channel_id: r.channelId,
      item_platform_id: r.itemPlatformId,
      item_url: r.itemUrl,
      reason: r.reason,
      legal_hold_reason: r.legalHoldReason,
      captured_by: r.capturedBy,
      captured_by_label: r.capturedByLabel,
      captured_at: r.capturedAt,
      manifest: JSON.stringify(r.manifest),
      capture_errors: JSON.stringify(r.captureErrors),
      prev_hash: r.prevHash,
      hash: r.hash,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertArtifacts(
  db: Executor,
  recordId: string,
  artifacts: Array<{
    kind: EvidenceArtifactKind;
    filename: string;
    contentType: string;
    content: Buffer;
    sha256: string;
  }>,
) {
  if (artifacts.length === 0) return;
  await db
    .insertInto('evidence_artifacts')
    .values(
      artifacts.map((a, position) => ({
        record_id: recordId,
        position,
        kind: a.kind,
        filename: a.filename,
        content_type: a.contentType,
        content: a.content,
        sha256: a.sha256,
      })),
    )
    .execute();
}

export async function insertCustodyEvents(
  db: Executor,
  events: Array<{
    workspaceId: string;
    recordId: string | null;
    /** Police-report events name the report too. */
    reportId?: string | null;
    event: CustodyEvent;
    actorId: string | null;
    actorLabel: string;
    details?: Record<string, unknown>;
  }>,
) {
  if (events.length === 0) return;
  await db
    .insertInto('evidence_custody_events')
    .values(
      events.map((e) => ({
        workspace_id: e.workspaceId,
        record_id: e.recordId,
        report_id: e.reportId ?? null,
        event: e.event,
        actor_id: e.actorId,
        actor_label: e.actorLabel,
        details: JSON.stringify(e.details ?? {}),
      })),
    )
    .execute();
}

export function listRecordsForItem(db: Executor, workspaceId: string, itemId: string) {
  return db
    .selectFrom('evidence_records')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('item_id', '=', itemId)
    .orderBy('seq', 'desc')
    .execute();
}

export function findRecord(db: Executor, workspaceId: string, recordId: string) {
  return db
    .selectFrom('evidence_records')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', recordId)
    .executeTakeFirst();
}

export function findArtifact(db: Executor, recordId: string, position: number) {
  return db
    .selectFrom('evidence_artifacts')
    .selectAll()
    .where('record_id', '=', recordId)
    .where('position', '=', position)
    .executeTakeFirst();
}

export function listCustodyEvents(db: Executor, recordId: string) {
  return db
    .selectFrom('evidence_custody_events')
    .selectAll()
    .where('record_id', '=', recordId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Workspaces that have evidence, or had it (the audit log recorded a capture), optionally one. */
export function listWorkspacesWithEvidence(db: Executor, workspaceId?: string) {
  let query = db
    .selectFrom('workspaces as w')
    .select(['w.id', 'w.slug'])
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('evidence_records as r').select('r.id').whereRef('r.workspace_id', '=', 'w.id')),
        eb.exists(
          eb
            .selectFrom('audit_log as a')
            .select('a.id')
            .whereRef('a.workspace_id', '=', 'w.id')
            .where('a.action', '=', 'evidence.captured'),
        ),
      ]),
    );
  if (workspaceId) query = query.where('w.id', '=', workspaceId);
  return query.orderBy('w.slug').execute();
}

/** A page of a workspace's chain in order, with artifact contents, for verification. */
export function listRecordsInOrder(db: Executor, workspaceId: string, afterSeq: string, limit: number) {
  return db
    .selectFrom('evidence_records')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export function listArtifactsOfRecords(db: Executor, recordIds: string[]) {
  if (recordIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('evidence_artifacts')
    .selectAll()
    .where('record_id', 'in', recordIds)
    .orderBy('record_id')
    .orderBy('position')
    .execute();
}

// --- what a capture reads ---

export function findItemForCapture(db: Executor, workspaceId: string, itemId: string) {
  return db
    .selectFrom('items as i')
    .innerJoin('channels as ch', 'ch.id', 'i.channel_id')
    .innerJoin('conversations as c', 'c.id', 'i.conversation_id')
    .innerJoin('workspaces as w', 'w.id', 'i.workspace_id')
    .selectAll('i')
    .select([
      'ch.kind as channel_kind',
      'ch.name as channel_name',
      'ch.handle as channel_handle',
      'c.thread_context',
      'c.kind as conversation_kind',
      'c.status as conversation_status',
      'w.time_zone',
      'w.name as workspace_name',
    ])
    .where('i.workspace_id', '=', workspaceId)
    .where('i.id', '=', itemId)
    .executeTakeFirst();
}

export type CaptureItem = NonNullable<Awaited<ReturnType<typeof findItemForCapture>>>;

export function listItemVersions(db: Executor, itemId: string) {
  return db.selectFrom('item_versions').selectAll().where('item_id', '=', itemId).orderBy('version').execute();
}

/** What evidence keeps of each item in a thread. */
const THREAD_ITEM_COLUMNS = [
  'id',
  'direction',
  'kind',
  'platform_id',
  'parent_platform_id',
  'author_handle',
  'author_name',
  'text',
  'url',
  'occurred_at',
  'deleted_at',
] as const;

export function listConversationItems(db: Executor, conversationId: string) {
  return db
    .selectFrom('items')
    .select(THREAD_ITEM_COLUMNS)
    .where('conversation_id', '=', conversationId)
    .orderBy('occurred_at')
    .limit(200)
    .execute();
}

/** The posts an item answers (its parent and thread root) when they live in another conversation. */
export function listAncestorItems(db: Executor, channelId: string, platformIds: string[], conversationId: string) {
  if (platformIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('items')
    .select(THREAD_ITEM_COLUMNS)
    .where('channel_id', '=', channelId)
    .where('platform_id', 'in', platformIds)
    .where('conversation_id', '!=', conversationId)
    .orderBy('occurred_at')
    .execute();
}

export function findAuthorRow(
  db: Executor,
  workspaceId: string,
  authorId: string | null,
  network: string,
  platformId: string | null,
) {
  let query = db.selectFrom('authors').selectAll().where('workspace_id', '=', workspaceId);
  if (authorId) query = query.where('id', '=', authorId);
  else if (platformId) query = query.where('network', '=', network).where('platform_id', '=', platformId);
  else return Promise.resolve(undefined);
  return query.executeTakeFirst();
}

export function findChannelRow(db: Executor, channelId: string) {
  return db.selectFrom('channels').selectAll().where('id', '=', channelId).executeTakeFirst();
}

// --- cross-check with the audit log: every capture also wrote an `evidence.captured` entry ---

const CAPTURED = 'evidence.captured';

/** The first `evidence.captured` entry (in log order) whose record is gone or has another hash. */
export function findFirstUnmatchedCaptureEntry(db: Executor, workspaceId: string) {
  // The workspace is fixed on both sides, so the record id is the only join key (a hash join).
  const records = db
    .selectFrom('evidence_records')
    .select([sql<string>`id::text`.as('id_text'), 'id', 'seq', 'hash'])
    .where('workspace_id', '=', workspaceId)
    .as('r');
  return db
    .selectFrom('audit_log as a')
    .leftJoin(records, 'r.id_text', 'a.subject_id')
    .select([
      'a.subject_id',
      'a.created_at',
      sql<string | null>`a.data->>'seq'`.as('logged_seq'),
      sql<string | null>`a.data->>'hash'`.as('logged_hash'),
      'r.id as record_id',
      'r.seq as record_seq',
    ])
    .where('a.workspace_id', '=', workspaceId)
    .where('a.action', '=', CAPTURED)
    .where((eb) =>
      eb.or([eb('r.id', 'is', null), eb.and([sql<boolean>`a.data ? 'hash'`, sql<boolean>`r.hash <> a.data->>'hash'`])]),
    )
    .orderBy('a.seq')
    .limit(1)
    .executeTakeFirst();
}

/** The first record (by seq) that the audit log has no capture entry for. */
export function findFirstUnloggedRecord(db: Executor, workspaceId: string) {
  return db
    .selectFrom('evidence_records as r')
    .select(['r.id', 'r.seq'])
    .where('r.workspace_id', '=', workspaceId)
    .where(
      sql<string>`r.id::text`,
      'not in',
      db
        .selectFrom('audit_log')
        .select('subject_id')
        .where('workspace_id', '=', workspaceId)
        .where('action', '=', CAPTURED)
        .where('subject_id', 'is not', null)
        .$narrowType<{ subject_id: string }>(),
    )
    .orderBy('r.seq')
    .limit(1)
    .executeTakeFirst();
}

/** How many records and how many capture entries a workspace has. */
export async function countRecordsAndCaptureEntries(db: Executor, workspaceId: string) {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('evidence_records')
        .select((e) => e.fn.countAll<string>().as('n'))
        .where('workspace_id', '=', workspaceId)
        .as('records'),
      eb
        .selectFrom('audit_log')
        .select((e) => e.fn.countAll<string>().as('n'))
        .where('workspace_id', '=', workspaceId)
        .where('action', '=', CAPTURED)
        .as('entries'),
    ])
    .executeTakeFirstOrThrow();
  return { records: Number(row.records), entries: Number(row.entries) };
}

/** A record the audit log names in more than one capture entry (only an attacker writes those). */
export function findRecordLoggedTwice(db: Executor, workspaceId: string) {
  return db
    .selectFrom('audit_log as a')
    .innerJoin('evidence_records as r', (join) => join.on(sql<boolean>`r.id::text = a.subject_id`))
    .select(['r.id', 'r.seq', (eb) => eb.fn.countAll<string>().as('entries')])
    .where('a.workspace_id', '=', workspaceId)
    .where('r.workspace_id', '=', workspaceId)
    .where('a.action', '=', CAPTURED)
    .groupBy(['r.id', 'r.seq'])
    .having((eb) => eb.fn.countAll(), '>', 1)
    .orderBy('r.seq')
    .limit(1)
    .executeTakeFirst();
}
