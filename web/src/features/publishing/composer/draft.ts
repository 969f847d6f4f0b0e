/** Pure helpers of the post composer: the draft's shape, grapheme counts and wall-clock times in the workspace's zone. */
import type { MediaItem, PostInput, PostJson } from '../posts.types';

export interface VariantDraft {
  channelId: string;
  /** Null: the variant follows the shared text. */
  text: string | null;
  media: MediaItem[];
}

export interface PostDraft {
  title: string;
  campaign: string;
  pillar: string;
  /** 'YYYY-MM-DDTHH:MM' in the workspace's time zone, or '' for no time yet. */
  scheduledLocal: string;
  sharedText: string;
  language: string;
  variants: VariantDraft[];
}

export function emptyDraft(language: string): PostDraft {
  return { title: '', campaign: '', pillar: '', scheduledLocal: '', sharedText: '', language, variants: [] };
}

/** A stored post as a draft: a variant whose text equals the first one's follows the shared text. */
export function draftFromPost(post: PostJson, timeZone: string, fallbackLanguage: string): PostDraft {
  const shared = post.variants[0]?.text ?? '';
  return {
    title: post.title,
    campaign: post.campaign ?? '',
    pillar: post.pillar ?? '',
    scheduledLocal: post.scheduledAt ? localInputValue(post.scheduledAt, timeZone) : '',
    sharedText: shared,
    language: post.variants[0]?.language ?? fallbackLanguage,
    variants: post.variants.map((v) => ({
      channelId: v.channelId,
      text: v.text === shared ? null : v.text,
      media: v.media,
    })),
  };
}

export function variantText(draft: PostDraft, variant: VariantDraft): string {
  return variant.text ?? draft.sharedText;
}

export function draftToInput(draft: PostDraft, timeZone: string): PostInput {
  return {
    title: draft.title.trim(),
    campaign: draft.campaign.trim() || null,
    pillar: draft.pillar.trim() || null,
    scheduledAt: draft.scheduledLocal ? instantFromLocal(draft.scheduledLocal, timeZone) : null,
    variants: draft.variants.map((v) => ({
      channelId: v.channelId,
      text: variantText(draft, v),
      language: draft.language,
      // Stored images come back with their data on the single post; the API wants alt as a string.
      media: v.media.flatMap((m) =>
        m.dataBase64 ? [{ mimeType: m.mimeType, dataBase64: m.dataBase64, alt: m.alt ?? '' }] : [],
      ),
    })),
  };
}

/** Characters as a person counts them (and as the networks limit them): graphemes, not bytes or code units. */
export function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of new Intl.Segmenter().segment(text)) n++;
  return n;
}

function zoneParts(instant: number, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  return Object.fromEntries(parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
}

/** The zone's offset from UTC at that instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const p = zoneParts(instant, timeZone);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/** 'YYYY-MM-DDTHH:MM' on the workspace's clock → ISO instant. A time in the spring gap moves forward, as clocks do. */
export function instantFromLocal(local: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) throw new Error(`Not a local date and time: ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Two rounds settle on the right offset, also next to a change of offset.
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant).toISOString();
}

/** ISO instant → the value of a datetime-local input on the workspace's clock. */
export function localInputValue(iso: string, timeZone: string): string {
  const p = zoneParts(Date.parse(iso), timeZone);
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}
