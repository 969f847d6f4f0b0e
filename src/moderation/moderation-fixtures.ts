/** Test helpers for moderation: published community guidelines, written straight to the table. */
import type { Executor } from '../db/database.js';

const text = (en: string) => ({ sv: en, nl: en, en });
const RULES = [
  { key: 'threats', title: 'No threats', action: 'report_police' },
  { key: 'harassment', title: 'No harassment', action: 'hide' },
  { key: 'spam', title: 'No spam', action: 'remove' },
  { key: 'personal_data', title: 'No personal data', action: 'hide' },
] as const;

export function publishTestGuidelines(db: Executor, workspaceId: string, version = 1) {
  return db
    .insertInto('guideline_versions')
    .values({
      workspace_id: workspaceId,
      version,
      status: 'published',
      intro: JSON.stringify(text('Our rules')),
      rules: JSON.stringify(
        RULES.map((r, i) => ({
          key: r.key,
          number: i + 1,
          title: { ...text(r.title), sv: `${r.title} (sv)` },
          explanation: text(`${r.title}, please.`),
          defaultAction: r.action,
        })),
      ),
      change_note: JSON.stringify(text('First version')),
      published_at: new Date(),
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}
