/**
 * @mentions in an internal note: `@Anna`, `@AnnaSvensson` (full name without spaces) or `@anna.s`
 * (the e-mail local part), case-insensitive, against the workspace's members.
 */
export interface MemberName {
  id: string;
  name: string;
  email: string;
}

const MENTION = /(?<![\p{L}\p{N}._-])@([\p{L}\p{N}][\p{L}\p{N}._+-]*)/gu;

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase();

/** Ids of the mentioned members, in order of first mention, each once. */
export function parseMentions(text: string, members: readonly MemberName[]): string[] {
  const byHandle = new Map<string, string[]>();
  const add = (key: string, id: string) => {
    const k = fold(key);
    if (!k) return;
    const ids = byHandle.get(k) ?? [];
    if (!ids.includes(id)) ids.push(id);
    byHandle.set(k, ids);
  };
  for (const m of members) {
    add(m.name.trim().split(/\s+/)[0] ?? '', m.id);
    add(m.name.replace(/\s+/g, ''), m.id);
    add(m.email.split('@')[0] ?? '', m.id);
  }
  const found: string[] = [];
  for (const match of text.matchAll(MENTION)) {
    // A sentence may end right after the name: "@anna." — try without trailing punctuation too.
    const raw = match[1]!;
    const ids = byHandle.get(fold(raw)) ?? byHandle.get(fold(raw.replace(/[._+-]+$/u, '')));
    for (const id of ids ?? []) if (!found.includes(id)) found.push(id);
  }
  return found;
}
