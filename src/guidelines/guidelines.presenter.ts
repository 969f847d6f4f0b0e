import type { GuidelineVersionRow } from './guidelines.repository.js';
import type { TextMap } from './guidelines.schema.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Older rows or hand-written JSON may miss a language: always answer all three keys. */
export const fullText = (t: Partial<TextMap> | null | undefined): TextMap => ({
  sv: t?.sv ?? '',
  nl: t?.nl ?? '',
  en: t?.en ?? '',
});

export function presentVersion(row: GuidelineVersionRow) {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    intro: fullText(row.intro),
    rules: row.rules.map((r) => ({
      key: r.key,
      number: r.number,
      title: fullText(r.title),
      explanation: fullText(r.explanation),
      defaultAction: r.defaultAction,
    })),
    changeNote: fullText(row.change_note),
    publishedAt: iso(row.published_at),
    updatedAt: iso(row.updated_at)!,
  };
}

export function presentHistoryEntry(entry: {
  id: string;
  version: number;
  publishedAt: Date;
  changeNote: TextMap;
  publishedBy: { id: string; name: string } | null;
}) {
  return { ...entry, publishedAt: iso(entry.publishedAt)!, changeNote: fullText(entry.changeNote) };
}
