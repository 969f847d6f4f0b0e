/** Moderation facts in words: why an entry is queued, who wrote an item. */
import type { TFunction } from 'i18next';
import type { QueueReason } from './moderation.types';

/** One reason in words: the analysis code translated, a rule by name with what it matched, a flag by whom. */
export function reasonText(t: TFunction, reason: QueueReason): string {
  if (reason.source === 'rule') {
    const rule = t('moderation.reason.rule', { name: reason.ruleName ?? '?' });
    return reason.matched?.length ? `${rule} (${reason.matched.join(', ')})` : rule;
  }
  if (reason.source === 'flag') {
    const flag = t('moderation.reason.flag', { name: reason.userName ?? t('moderation.queue.someone') });
    return reason.note ? `${flag}: “${reason.note}”` : flag;
  }
  const code = reason.code ?? 'other';
  return t(`moderation.reason.${code}`, { defaultValue: t('moderation.reason.other', { code }) });
}

/** "@handle (Name)" or whatever of it is known. */
export function authorText(handle: string | null, name: string | null, unknown: string): string {
  const at = handle ? `@${handle.replace(/^@/, '')}` : null;
  if (at && name) return `${name} (${at})`;
  return name ?? at ?? unknown;
}
