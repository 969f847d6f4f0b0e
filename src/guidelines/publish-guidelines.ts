/** Publishing turns the draft into the version in force; every earlier version stays in the history. */
import { type AuditActor, recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/database.js';
import { badRequest } from '../http/errors.js';
import * as repo from './guidelines.repository.js';
import { GUIDELINE_LANGUAGES, type GuidelineRule, type TextMap } from './guidelines.schema.js';

const LANGUAGE_NAMES = { sv: 'Swedish (sv)', nl: 'Dutch (nl)', en: 'English (en)' } as const;

export interface MissingText {
  rule: number | null;
  key: string | null;
  field: 'title' | 'explanation' | 'intro' | 'changeNote';
  language: (typeof GUIDELINE_LANGUAGES)[number];
}

/** What a published version lacks: every rule in all three languages; intro and change note all or nothing. */
export function missingTexts(version: { intro: TextMap; rules: GuidelineRule[]; changeNote: TextMap }): MissingText[] {
  const missing: MissingText[] = [];
  for (const rule of version.rules) {
    for (const field of ['title', 'explanation'] as const) {
      for (const language of GUIDELINE_LANGUAGES) {
        if (!rule[field]?.[language]?.trim()) missing.push({ rule: rule.number, key: rule.key, field, language });
      }
    }
  }
  for (const field of ['intro', 'changeNote'] as const) {
    const text = field === 'intro' ? version.intro : version.changeNote;
    if (!GUIDELINE_LANGUAGES.some((l) => text?.[l]?.trim())) continue;
    for (const language of GUIDELINE_LANGUAGES) {
      if (!text?.[language]?.trim()) missing.push({ rule: null, key: null, field, language });
    }
  }
  return missing;
}

function describe(m: MissingText) {
  const what = m.field === 'changeNote' ? 'the change note' : m.field === 'intro' ? 'the introduction' : m.field;
  return m.rule === null
    ? `${what} has no ${LANGUAGE_NAMES[m.language]} text`
    : `rule ${m.rule} ("${m.key}") has no ${LANGUAGE_NAMES[m.language]} ${what}`;
}

export async function publishGuidelines(db: Db, workspaceId: string, actor: AuditActor) {
  return db.transaction().execute(async (trx) => {
    await repo.lockWorkspaceGuidelines(trx, workspaceId);
    const draft = await repo.findDraft(trx, workspaceId, { lock: true });
    if (!draft) throw badRequest('There is no draft to publish. Save a draft first.');
    if (draft.rules.length === 0) throw badRequest('Add at least one rule before publishing the guidelines.');
    const missing = missingTexts({ intro: draft.intro, rules: draft.rules, changeNote: draft.change_note });
    if (missing.length > 0) {
      const shown = missing.slice(0, 5).map(describe).join('; ');
      const more = missing.length > 5 ? ` (and ${missing.length - 5} more)` : '';
      throw badRequest(`The guidelines are published in Swedish, Dutch and English together: ${shown}${more}.`, {
        missing,
      });
    }
    const row = await repo.markPublished(trx, draft.id, actor.id, new Date());
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'guidelines.published',
      subject: { type: 'guideline_version', id: row.id },
      data: { version: row.version, rules: row.rules.map((r) => `${r.number}:${r.key}`) },
    });
    return row;
  });
}
