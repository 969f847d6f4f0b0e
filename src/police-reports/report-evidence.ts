/**
 * The evidence a report is made of, gathered from the records as captured: the item, its thread and
 * its author come from the record's own JSON artifacts (what the item was when it was captured), the
 * stored item row only fills gaps. Every artifact's bytes are checked against their SHA-256 first.
 */
import { createHash } from 'node:crypto';
import type { Executor } from '../db/database.js';
import type { EvidenceArtifact, EvidenceRecord } from '../db/schema-moderation.js';
import { conflict } from '../http/errors.js';
import * as repo from './police-reports.repository.js';

export interface ReportArtifact {
  /** Where it lies in the ZIP: evidence/<seq>-<recordId-8>/<filename>. */
  path: string;
  filename: string;
  kind: string;
  contentType: string;
  size: number;
  sha256: string;
  content: Buffer;
}

export interface ThreadLine {
  authorHandle: string | null;
  authorName: string | null;
  text: string;
  occurredAt: Date | null;
  url: string | null;
  reported: boolean;
}

export interface ReportEvidence {
  record: EvidenceRecord;
  item: {
    text: string;
    url: string | null;
    platformId: string | null;
    kind: string | null;
    occurredAt: Date | null;
    network: string | null;
    channelName: string | null;
    channelHandle: string | null;
  };
  author: { handle: string | null; name: string | null; platformId: string | null; profileUrl: string | null };
  thread: ThreadLine[];
  artifacts: ReportArtifact[];
  captureErrors: Array<{ kind: string; message: string }>;
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function evidenceFolder(record: Pick<EvidenceRecord, 'seq' | 'id'>): string {
  return `evidence/${record.seq}-${record.id.slice(0, 8)}`;
}

export async function gatherReportEvidence(
  db: Executor,
  workspaceId: string,
  records: EvidenceRecord[],
): Promise<ReportEvidence[]> {
  const artifacts = await repo.listArtifacts(
    db,
    records.map((r) => r.id),
  );
  const itemIds = [...new Set(records.map((r) => r.item_id).filter((id): id is string => Boolean(id)))];
  const items = new Map((await repo.listItemsWithChannel(db, workspaceId, itemIds)).map((i) => [i.id, i]));
  return records.map((record) =>
    evidenceOf(
      record,
      artifacts.filter((a) => a.record_id === record.id),
      record.item_id ? items.get(record.item_id) : undefined,
    ),
  );
}

function evidenceOf(record: EvidenceRecord, rows: EvidenceArtifact[], row: repo.ReportItemRow | undefined) {
  const artifacts = rows.map((a) => {
    if (sha256Hex(a.content) !== a.sha256) {
      throw conflict(
        `Evidence record #${record.seq} is damaged: ${a.filename} no longer matches its SHA-256. Run "samtal evidence verify" and report this to an admin.`,
      );
    }
    return {
      path: `${evidenceFolder(record)}/${a.filename}`,
      filename: a.filename,
      kind: a.kind,
      contentType: a.content_type,
      size: a.content.length,
      sha256: a.sha256,
      content: a.content,
    };
  });
  const json = (kind: string) => parseJson(rows.find((a) => a.kind === kind)?.content);
  const item = asObject(json('item'));
  const channel = asObject(item.channel);
  const author = asObject(json('author'));
  const itemAuthor = asObject(item.author);
  const profile = asObject(author.profile);
  const thread = asObject(json('thread'));
  const itemId = str(item.id) ?? record.item_id;
  return {
    record,
    item: {
      text: str(item.text) ?? row?.text ?? '',
      url: str(item.url) ?? record.item_url ?? row?.url ?? null,
      platformId: str(item.platformId) ?? record.item_platform_id ?? row?.platform_id ?? null,
      kind: str(item.kind) ?? row?.kind ?? null,
      occurredAt: date(item.occurredAt) ?? row?.occurred_at ?? null,
      network: str(channel.network) ?? row?.network ?? null,
      channelName: str(channel.name) ?? row?.channel_name ?? null,
      channelHandle: str(channel.handle) ?? row?.channel_handle ?? null,
    },
    author: {
      handle: str(author.handle) ?? str(itemAuthor.handle) ?? row?.author_handle ?? null,
      name: str(author.name) ?? str(itemAuthor.name) ?? row?.author_name ?? null,
      platformId: str(author.platformId) ?? str(itemAuthor.platformId) ?? row?.author_platform_id ?? null,
      profileUrl: str(profile.url) ?? null,
    },
    thread: (Array.isArray(thread.items) ? thread.items : []).map((entry) => {
      const t = asObject(entry);
      return {
        authorHandle: str(t.authorHandle),
        authorName: str(t.authorName),
        text: str(t.text) ?? '',
        occurredAt: date(t.occurredAt),
        url: str(t.url),
        reported: Boolean(itemId) && t.id === itemId,
      };
    }),
    artifacts,
    captureErrors: Array.isArray(record.capture_errors)
      ? (record.capture_errors as Array<{ kind: string; message: string }>)
      : [],
  };
}

function parseJson(bytes: Buffer | undefined): unknown {
  if (!bytes) return null;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return null; // a raw payload that is not JSON: the item row fills in
  }
}

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const date = (value: unknown): Date | null => {
  if (typeof value !== 'string') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
};
