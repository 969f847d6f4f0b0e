/**
 * The HTML of an evidence screenshot: the item in its thread, as a clear capture sheet. Every piece
 * of social content is escaped text; images are inlined as data: URLs (the renderer fetches nothing).
 */
import { escapeHtml } from '../shared/html.js';
import type { AuthorSnapshot, ThreadEntry } from './collect-json-artifacts.js';
import type { PendingArtifact } from './evidence-artifact.js';
import type { CaptureItem } from './evidence.repository.js';

export interface ScreenshotInput {
  item: CaptureItem;
  thread: ThreadEntry[];
  author: AuthorSnapshot;
  media: PendingArtifact[];
  capturedAt: Date;
  capturedBy: string;
  reason: string;
}

const NETWORKS: Record<string, string> = {
  sandbox: 'Sandbox',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  facebook: 'Facebook',
  instagram: 'Instagram',
  meta: 'Meta',
};

export function utcTime(date: Date): string {
  return date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
}

export function localTime(date: Date, timeZone: string): string {
  try {
    const text = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'short',
    }).format(date);
    return `${text} (${timeZone})`;
  } catch {
    return utcTime(date);
  }
}

function row(label: string, value: string | null | undefined): string {
  return `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value ?? '—')}</td></tr>`;
}

function post(
  entry: {
    authorHandle: string | null;
    authorName: string | null;
    text: string;
    occurredAt: string | null;
    url?: string | null;
  },
  tz: string,
  cls: string,
  badge?: string,
  media = '',
): string {
  const when = entry.occurredAt ? new Date(entry.occurredAt) : null;
  return `<div class="post ${cls}">
  ${badge ? `<div class="badge">${escapeHtml(badge)}</div>` : ''}
  <div class="who"><strong>${escapeHtml(entry.authorName ?? '')}</strong> <span class="handle">${escapeHtml(entry.authorHandle ? '@' + entry.authorHandle.replace(/^@/, '') : '')}</span></div>
  <div class="when">${when ? `${escapeHtml(localTime(when, tz))} · ${escapeHtml(utcTime(when))}` : ''}</div>
  <div class="text">${escapeHtml(entry.text)}</div>
  ${entry.url ? `<div class="url">${escapeHtml(entry.url)}</div>` : ''}
  ${media ? `<div class="media">${media}</div>` : ''}
</div>`;
}

export function screenshotHtml(input: ScreenshotInput): string {
  const { item, author } = input;
  const tz = item.time_zone;
  const context = item.thread_context as {
    text?: string;
    url?: string;
    authorHandle?: string;
    postedAt?: string;
  } | null;
  const index = input.thread.findIndex((t) => t.id === item.id);
  const before = input.thread.slice(Math.max(0, index - 5), Math.max(0, index));
  const after = input.thread.slice(index + 1, index + 3);
  const images = input.media
    .filter((m) => m.contentType.startsWith('image/'))
    .map(
      (m) =>
        `<figure><img alt="" src="data:${escapeHtml(m.contentType)};base64,${m.content.toString('base64')}"><figcaption>${escapeHtml(m.filename)} · SHA-256 ${m.sha256}</figcaption></figure>`,
    )
    .join('');
  const highlighted = post(
    {
      authorHandle: item.author_handle,
      authorName: item.author_name,
      text: item.text,
      occurredAt: item.occurred_at.toISOString(),
      url: item.url,
    },
    tz,
    'target',
    'Captured item',
    images,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Evidence capture</title><style>
body{margin:0;font:14px/1.45 "DejaVu Sans",Arial,sans-serif;color:#1b1f24;background:#fff}
.sheet{padding:24px 28px}
header{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #1f3a5f;padding-bottom:10px;margin-bottom:14px}
header h1{margin:0;font-size:20px;color:#1f3a5f}
header .net{font-size:13px;color:#4a5562}
table.meta{border-collapse:collapse;width:100%;margin-bottom:16px;font-size:12.5px}
table.meta th{text-align:left;width:150px;color:#4a5562;font-weight:600;padding:3px 8px 3px 0;vertical-align:top}
table.meta td{padding:3px 0;word-break:break-all}
h2{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:#4a5562;margin:18px 0 8px}
.post{border:1px solid #d5dbe3;border-radius:6px;padding:10px 12px;margin:0 0 8px;background:#f7f9fb}
.post.context{background:#eef2f6}
.post.target{border:2px solid #b3261e;background:#fff4f2;box-shadow:0 0 0 4px #fde2de}
.badge{display:inline-block;background:#b3261e;color:#fff;font-size:11px;font-weight:700;padding:1px 7px;border-radius:10px;margin-bottom:4px;text-transform:uppercase}
.who{font-size:13.5px}.handle{color:#4a5562}
.when{font-size:11.5px;color:#4a5562;margin:2px 0 6px}
.text{white-space:pre-wrap;word-wrap:break-word;font-size:15px}
.url{font:11px "DejaVu Sans Mono",monospace;color:#1f3a5f;margin-top:6px;word-break:break-all}
.media{margin-top:8px}.media img{max-width:100%;max-height:420px;border:1px solid #d5dbe3}
figure{margin:6px 0}figcaption{font:10.5px "DejaVu Sans Mono",monospace;color:#4a5562}
footer{margin-top:18px;border-top:1px solid #d5dbe3;padding-top:8px;font-size:11.5px;color:#4a5562}
</style></head><body><div class="sheet">
<header><h1>Evidence capture</h1><div class="net">${escapeHtml(NETWORKS[item.channel_kind] ?? item.channel_kind)} · ${escapeHtml(item.channel_name)} (${escapeHtml(item.channel_handle)})</div></header>
<table class="meta">
${row('Network', NETWORKS[item.channel_kind] ?? item.channel_kind)}
${row('Channel', `${item.channel_name} (${item.channel_handle})`)}
${row('Author', `${author.handle ?? item.author_handle ?? ''}${author.name ? ` — ${author.name}` : ''}`)}
${row('Author platform id', item.author_platform_id)}
${row('Posted (local)', localTime(item.occurred_at, tz))}
${row('Posted (UTC)', utcTime(item.occurred_at))}
${row('URL', item.url)}
${row('Platform id', item.platform_id)}
${row('Reason for capture', input.reason)}
</table>
<h2>Thread</h2>
${context?.text ? post({ authorHandle: context.authorHandle ?? null, authorName: null, text: context.text, occurredAt: context.postedAt ?? null, url: context.url ?? null }, tz, 'context', 'Thread root') : ''}
${before.map((t) => post(t, tz, 'context')).join('\n')}
${highlighted}
${after.map((t) => post(t, tz, 'context')).join('\n')}
<footer>Captured by Samtal ${escapeHtml(utcTime(input.capturedAt))} (${escapeHtml(localTime(input.capturedAt, tz))}) by ${escapeHtml(input.capturedBy)}</footer>
</div></body></html>`;
}
