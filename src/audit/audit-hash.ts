import { createHash, randomUUID } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditHashInput {
  workspaceId: string;
  seq: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  data: unknown;
  createdAt: Date;
}

/** sha256(prev_hash + canonical JSON of the row): changing any field or reordering rows breaks the chain. */
export function auditHash(prevHash: string, row: AuditHashInput): string {
  return createHash('sha256').update(prevHash).update('\n').update(auditCanonical(row)).digest('hex');
}

/** The canonical JSON of an entry before its seq is known, split where the seq goes (see audit_append). */
export function auditCanonicalAroundSeq(row: Omit<AuditHashInput, 'seq'>): { before: string; after: string } {
  const marker = `seq-${randomUUID()}`;
  const [before, after, ...rest] = auditCanonical({ ...row, seq: marker }).split(JSON.stringify(marker));
  if (after === undefined || rest.length) throw new Error('The audit entry could not be split around its seq.');
  return { before: before!, after };
}

function auditCanonical(row: AuditHashInput): string {
  return stableStringify({
    workspace_id: row.workspaceId,
    seq: String(row.seq),
    actor_id: row.actorId,
    actor_label: row.actorLabel,
    action: row.action,
    subject_type: row.subjectType,
    subject_id: row.subjectId,
    data: row.data ?? {},
    created_at: row.createdAt.toISOString(),
  });
}

/** JSON with object keys sorted, so the same value always gives the same bytes (jsonb reorders keys). */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}
