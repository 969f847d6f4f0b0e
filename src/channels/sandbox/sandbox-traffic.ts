/**
 * Realistic inbound traffic for the sandbox network, in Swedish, Dutch and English: comments on
 * our posts, replies, mentions, quotes and direct messages, covering questions, complaints, praise,
 * problem reports, misunderstandings, ideas, job interest, spam and abuse. Texts come from templates
 * with slots (thousands of distinct messages). The n-th event of a channel depends only on the seed
 * and n, so tests are deterministic and a batch split differently yields the same events.
 */
import { createRng, type Rng } from '../../shared/random.js';
import { enCompany } from './phrases/en-company.js';
import { enMunicipality } from './phrases/en-municipality.js';
import { NAMES, SPAM_HANDLES } from './phrases/names.js';
import { nlCompany } from './phrases/nl-company.js';
import type { Intent, Phrasebook, TrafficContext, TrafficLanguage } from './phrases/phrasebook.js';
import { svMunicipality } from './phrases/sv-municipality.js';

export type { Intent, TrafficContext, TrafficLanguage } from './phrases/phrasebook.js';
export { createRng, type Rng };

const BOOKS: Phrasebook[] = [svMunicipality, enMunicipality, nlCompany, enCompany];

/** One event as the sandbox network stores it in its feed (and hands to the adapter). */
export interface SandboxEventPayload {
  platformId: string;
  kind: 'comment' | 'reply' | 'mention' | 'quote' | 'direct_message';
  author: { platformId: string; handle: string; name?: string };
  text: string;
  language?: string;
  url?: string;
  parentPlatformId?: string;
  threadPlatformId?: string;
  occurredAt: string;
  /** What the simulation meant the message to be; kept in the raw payload for evaluation. */
  intent?: Intent;
  /** Now and then an author edits or deletes an earlier message: same platformId, this says what happened. */
  change?: 'edited' | 'deleted';
  editedAt?: string;
}

export interface TrafficOptions {
  /** Usually the channel id. */
  seed: string;
  /** How many events this channel has produced before; the first event here gets this index. */
  startIndex: number;
  count: number;
  ourHandle: string;
  context: TrafficContext;
  /** The first language is the most common one. */
  languages: TrafficLanguage[];
  from: Date;
  to: Date;
  /** Earlier items people may reply to. */
  recentPlatformIds?: string[];
}

/** FNV-1a, to turn a text seed into a number. */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

function weighted<T extends string>(rng: Rng, weights: Record<T, number>): T {
  const entries = Object.entries(weights) as Array<[T, number]>;
  let roll = rng() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

const KIND_WEIGHTS = { comment: 45, reply: 14, mention: 14, quote: 6, direct_message: 21 } as const;
const INTENT_WEIGHTS: Record<Intent, number> = {
  question: 22,
  complaint: 18,
  praise: 11,
  problem: 12,
  misunderstanding: 8,
  idea: 8,
  job: 5,
  spam: 7,
  abuse: 9,
};
const FRIENDLY: ReadonlySet<Intent> = new Set(['question', 'praise', 'problem', 'misunderstanding', 'idea', 'job']);

export function phrasebookFor(language: TrafficLanguage, context: TrafficContext): Phrasebook {
  return (
    BOOKS.find((b) => b.language === language && b.context === context) ?? BOOKS.find((b) => b.language === language)!
  );
}

/** The post of ours that comments in this context land on, by index. */
export function ourPostId(index: number): string {
  return `post-${index + 1}`;
}

/** Share of events that edit or delete one of the author's earlier messages instead of saying something new. */
const EDIT_RATE = 0.02;
const DELETE_RATE = 0.01;
/** How far back an edit or deletion reaches, in events. */
const CHANGE_REACH = 20;
const EDIT_SUFFIX: Record<TrafficLanguage, string[]> = {
  sv: [' (redigerat)', ' Edit: stavfel.', ' Uppdatering: fortfarande inget svar.'],
  nl: [' (bewerkt)', ' Edit: typfout.', ' Update: nog steeds geen antwoord.'],
  en: [' (edited)', ' Edit: typo.', ' Update: still no answer.'],
};

export function generateTraffic(options: TrafficOptions): SandboxEventPayload[] {
  const events: SandboxEventPayload[] = [];
  const recent = [...(options.recentPlatformIds ?? [])];
  const span = Math.max(0, options.to.getTime() - options.from.getTime());
  for (let i = 0; i < options.count; i++) {
    const index = options.startIndex + i;
    const rng = createRng(seedFrom(`${options.seed}:${index}`));
    // Spread evenly over the window with some jitter, oldest first.
    const at = options.from.getTime() + (span * (i + rng())) / Math.max(1, options.count);
    const occurredAt = new Date(Math.min(at, options.to.getTime()));
    const change = changeOf(options.seed, index);
    if (change) {
      events.push(changeEvent(change, options, occurredAt));
      continue;
    }
    const event = generateEvent(rng, index, options, recent, occurredAt);
    events.push(event);
    if (event.kind !== 'direct_message') recent.push(event.platformId);
    if (recent.length > 20) recent.shift();
  }
  return events;
}

/**
 * Whether the event at this index edits or deletes an earlier one, and which. Decided by the seed
 * and index alone (never by what was generated in the same call), so a batch split differently
 * yields the same events.
 */
function changeOf(seed: string, index: number): { kind: 'edited' | 'deleted'; target: number; roll: number } | null {
  const rng = createRng(seedFrom(`${seed}:${index}:change`));
  const roll = rng();
  if (roll >= EDIT_RATE + DELETE_RATE) return null;
  const target = index - 1 - Math.floor(rng() * CHANGE_REACH);
  if (target < 0 || isChange(seed, target)) return null; // only original messages change
  return { kind: roll < EDIT_RATE ? 'edited' : 'deleted', target, roll: rng() };
}

function isChange(seed: string, index: number): boolean {
  return createRng(seedFrom(`${seed}:${index}:change`))() < EDIT_RATE + DELETE_RATE;
}

function changeEvent(
  change: { kind: 'edited' | 'deleted'; target: number; roll: number },
  options: TrafficOptions,
  at: Date,
): SandboxEventPayload {
  // The original again, from its own seed: id, author and text do not depend on the rest of the batch.
  const rng = createRng(seedFrom(`${options.seed}:${change.target}`));
  rng(); // the original's first draw placed it in its window
  const original = generateEvent(rng, change.target, options, ['post-1'], at);
  const language = (original.language ?? options.languages[0] ?? 'en') as TrafficLanguage;
  const suffixes = EDIT_SUFFIX[language] ?? EDIT_SUFFIX.en;
  const text =
    change.kind === 'edited'
      ? `${original.text}${suffixes[Math.floor(change.roll * suffixes.length)]!}`
      : original.text;
  return { ...original, text, change: change.kind, editedAt: at.toISOString() };
}

function generateEvent(
  rng: Rng,
  index: number,
  options: TrafficOptions,
  recent: string[],
  occurredAt: Date,
): SandboxEventPayload {
  const languages = options.languages.length ? options.languages : (['en'] as TrafficLanguage[]);
  const language = weighted(
    rng,
    Object.fromEntries(languages.map((l, i) => [l, i === 0 ? 3 : 1])) as Record<TrafficLanguage, number>,
  );
  const book = phrasebookFor(language, options.context);
  const intent = weighted(rng, INTENT_WEIGHTS);
  let kind: SandboxEventPayload['kind'] = weighted(rng, KIND_WEIGHTS);
  if (kind === 'reply' && recent.length === 0) kind = 'comment';

  const author = makeAuthor(rng, language, intent);
  const platformId = `sbx-${index.toString(36)}-${Math.floor(rng() * 0xffffffff)
    .toString(16)
    .padStart(8, '0')}`;
  let text = composeText(rng, book, intent, author.first, options.ourHandle);
  const postIndex = Math.floor(rng() * book.posts.length);
  const postId = ourPostId(postIndex);

  const event: SandboxEventPayload = {
    platformId,
    kind,
    author: { platformId: author.platformId, handle: author.handle, ...(author.name ? { name: author.name } : {}) },
    text,
    occurredAt: occurredAt.toISOString(),
    intent,
  };
  // No url: the simulated network has no web pages to link to. Most networks report a language, but not always.
  if (rng() < 0.85) event.language = language;
  switch (kind) {
    case 'comment':
      Object.assign(event, { threadPlatformId: postId, parentPlatformId: postId });
      break;
    case 'reply': {
      const parent = pick(rng, recent);
      Object.assign(event, { threadPlatformId: postId, parentPlatformId: parent });
      break;
    }
    case 'quote':
      event.threadPlatformId = postId;
      break;
    case 'mention':
      text = `@${options.ourHandle} ${text}`;
      event.text = text;
      break;
    case 'direct_message':
      event.threadPlatformId = `dm-${author.platformId}`;
      break;
  }
  return event;
}

interface Author {
  platformId: string;
  handle: string;
  name?: string;
  first?: string;
}

function makeAuthor(rng: Rng, language: TrafficLanguage, intent: Intent): Author {
  if (intent === 'spam') {
    const handle = pick(rng, SPAM_HANDLES);
    return { platformId: `u-${seedFrom(handle).toString(36)}`, handle };
  }
  const pool = NAMES[language];
  const first = pick(rng, pool.first);
  const last = pick(rng, pool.last);
  const plain = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-zA-Z0-9]/g, '')
      .toLowerCase();
  const style = Math.floor(rng() * 4);
  const number = 1950 + Math.floor(rng() * 60);
  const handle =
    style === 0
      ? `${plain(first)}.${plain(last)}`
      : style === 1
        ? `${plain(first)}${number}`
        : style === 2
          ? `${plain(first)}_${plain(last).slice(0, 1)}`
          : `${plain(last)}${plain(first).slice(0, 3)}`;
  // Some people hide their real name.
  const name = rng() < 0.1 ? undefined : `${first} ${last}`;
  return { platformId: `u-${seedFrom(handle).toString(36)}`, handle, first, ...(name ? { name } : {}) };
}

function composeText(rng: Rng, book: Phrasebook, intent: Intent, first: string | undefined, ourHandle: string): string {
  const fill = (template: string): string => {
    let text = template;
    // Slot values may hold slots themselves ("de winkel in {city}"): expand a few rounds.
    for (let round = 0; round < 3 && text.includes('{'); round++) {
      text = text.replace(/\{(\w+)\}/g, (whole, slot: string) => {
        if (slot === 'first') return first ?? '';
        if (slot === 'us') return `@${ourHandle}`;
        if (slot === 'n') return String(2 + Math.floor(rng() * 8));
        if (slot === 'ordernr') return `VD-${100_000 + Math.floor(rng() * 900_000)}`;
        const values = book.slots[slot];
        return values ? pick(rng, values) : whole;
      });
    }
    return text;
  };

  let body = fill(pick(rng, book.templates[intent]));
  body = body.charAt(0).toUpperCase() + body.slice(1);
  if (intent === 'complaint' && rng() < 0.2) body = body.replace(/\.$/, '!!');
  let opener = '';
  let closer = '';
  if (FRIENDLY.has(intent) || intent === 'complaint') {
    if (rng() < (intent === 'complaint' ? 0.15 : 0.35)) opener = pick(rng, book.openers);
    if (intent !== 'complaint' && rng() < 0.35) {
      // Praise does not thank in advance; nobody says thanks twice.
      const candidates = book.closers.filter(
        (c) =>
          (first || !c.includes('{first}')) && (intent !== 'praise' || c.includes('{first}') || !/[a-zA-Z]/.test(c)),
      );
      const chosen = candidates.length ? fill(pick(rng, candidates)) : '';
      const word = chosen
        .trim()
        .split(/[\s,!.]/)[0]!
        .toLowerCase();
      if (chosen && !(word.length > 2 && body.toLowerCase().includes(word))) closer = chosen;
    }
  }
  let text = `${opener}${body}${closer}`;
  // People type casually now and then.
  if (rng() < 0.08) text = text.toLowerCase().replace(/[.]$/, '');
  return text;
}
