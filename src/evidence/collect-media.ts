/**
 * Copies of the media an item carries: URLs found in the platform payload (Bluesky embed images,
 * Mastodon media_attachments, Meta attachments / media_url), fetched through the outbound-URL guard
 * with a size cap and a timeout. A URL that fails becomes a capture error, never a failed capture.
 */
import type { Config } from '../config/config.js';
import { checkOutboundUrl } from '../shared/outbound-url.js';
import { artifact, type CaptureError, type PendingArtifact } from './evidence-artifact.js';

const MAX_MEDIA = 10;
const MAX_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 15_000;
const MAX_REDIRECTS = 3;

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'audio/mpeg': 'mp3',
};

/** Media URLs in a payload, in order of appearance, without duplicates. */
export function findMediaUrls(raw: unknown): string[] {
  const found: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string' && /^https?:\/\//i.test(value) && !found.includes(value)) found.push(value);
  };
  // A Bluesky record names its images by blob CID; the author's DID is in the post's at:// URI.
  const uri = raw && typeof raw === 'object' ? (raw as { uri?: unknown }).uri : null;
  const did = typeof uri === 'string' ? (/^at:\/\/(did:[^/]+)\//.exec(uri)?.[1] ?? null) : null;
  const walk = (value: unknown, key: string | null, depth: number): void => {
    if (depth > 12 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const entry of value) {
        // Mastodon: media_attachments[].url (the original file); Messenger: attachments[].payload.url.
        if ((key === 'media_attachments' || key === 'mediaAttachments') && entry && typeof entry === 'object')
          add((entry as { url?: unknown }).url);
        walk(entry, key, depth + 1);
      }
      return;
    }
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const object = v && typeof v === 'object' ? (v as { src?: unknown; url?: unknown }) : null;
      // Bluesky image views (fullsize); Instagram media_url; Graph attachments (image.src); Messenger payloads.
      if (k === 'fullsize' || k === 'media_url') add(v);
      else if (k === 'image' && object?.src) add(object.src);
      else if (k === 'image' && object && did) add(blueskyBlobUrl(did, object));
      else if (k === 'payload' && key !== null && object) add(object.url);
      walk(v, k, depth + 1);
    }
  };
  walk(raw, null, 0);
  return found.slice(0, MAX_MEDIA);
}

function blueskyBlobUrl(did: string, blob: unknown): string | null {
  const ref = blob && typeof blob === 'object' ? (blob as { ref?: { $link?: unknown } }).ref?.$link : null;
  if (typeof ref !== 'string' || !/^[a-z0-9]+$/i.test(ref)) return null;
  return `https://cdn.bsky.app/img/feed_fullsize/plain/${did}/${ref}@jpeg`;
}

export async function collectMedia(
  config: Pick<Config, 'allowPrivateUrls'>,
  raw: unknown,
  errors: CaptureError[],
): Promise<PendingArtifact[]> {
  const artifacts: PendingArtifact[] = [];
  for (const url of findMediaUrls(raw)) {
    try {
      const { bytes, contentType } = await fetchMedia(url, config.allowPrivateUrls);
      const extension = EXTENSIONS[contentType] ?? 'bin';
      artifacts.push(artifact('media', `media-${artifacts.length + 1}.${extension}`, contentType, bytes));
    } catch (error) {
      errors.push({ kind: 'media', message: `${url}: ${(error as Error).message}` });
    }
  }
  return artifacts;
}

async function fetchMedia(raw: string, allowPrivate: boolean): Promise<{ bytes: Buffer; contentType: string }> {
  let url = raw;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    // Every hop is checked, so a redirect cannot lead into our own network.
    const checked = await checkOutboundUrl(url, { allowPrivate });
    const response = await fetch(checked, { redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      url = new URL(location, checked).toString();
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`the server answered ${response.status}`);
    }
    const contentType = (response.headers.get('content-type') ?? 'application/octet-stream').split(';')[0]!.trim();
    return { bytes: await readCapped(response), contentType: contentType.toLowerCase() };
  }
  throw new Error('too many redirects');
}

async function readCapped(response: Response): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_BYTES) {
    await response.body?.cancel();
    throw new Error('larger than 10 MB');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  if (!response.body) return Buffer.alloc(0);
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > MAX_BYTES) throw new Error('larger than 10 MB');
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
