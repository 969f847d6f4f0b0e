/** An editor saves the one draft of the next version; it stays private until published. */
import { type AuditActor, recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/database.js';
import * as repo from './guidelines.repository.js';
import type { GuidelineRule, SaveDraftInput } from './guidelines.schema.js';

export async function saveGuidelinesDraft(db: Db, workspaceId: string, input: SaveDraftInput, actor: AuditActor) {
  // Numbered by order, so the public page and the citations always read 1..n.
  const rules: GuidelineRule[] = input.rules.map((rule, index) => ({
    key: rule.key,
    number: index + 1,
    title: rule.title,
    explanation: rule.explanation,
    defaultAction: rule.defaultAction,
  }));
  const values = { intro: input.intro, rules, changeNote: input.changeNote };
  return db.transaction().execute(async (trx) => {
    await repo.lockWorkspaceGuidelines(trx, workspaceId);
    const existing = await repo.findDraft(trx, workspaceId, { lock: true });
    const row = existing
      ? await repo.updateDraft(trx, existing.id, values)
      : await repo.insertDraft(trx, workspaceId, (await repo.latestVersionNumber(trx, workspaceId)) + 1, values);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'guidelines.draft_saved',
      subject: { type: 'guideline_version', id: row.id },
      data: { version: row.version, rules: rules.map((r) => r.key) },
    });
    return row;
  });
}

export async function discardGuidelinesDraft(db: Db, workspaceId: string, actor: AuditActor) {
  await db.transaction().execute(async (trx) => {
    const draft = await repo.findDraft(trx, workspaceId, { lock: true });
    if (!draft) return;
    await repo.deleteDraft(trx, workspaceId);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'guidelines.draft_discarded',
      subject: { type: 'guideline_version', id: draft.id },
      data: { version: draft.version },
    });
  });
}
