import type { z } from 'zod';
import type { AuditEntry as AuditRow } from '../db/schema.js';
import type { AuditEntry } from './audit.schema.js';

export function presentAuditEntry(row: AuditRow): z.infer<typeof AuditEntry> {
  return {
    id: String(row.id),
    seq: String(row.seq),
    actor: { id: row.actor_id, label: row.actor_label },
    action: row.action,
    subject:
      row.subject_type !== null && row.subject_id !== null ? { type: row.subject_type, id: row.subject_id } : null,
    data: (row.data ?? {}) as Record<string, unknown>,
    createdAt: new Date(row.created_at).toISOString(),
    hash: row.hash,
  };
}
