/** How the report writes times, sizes and text: every piece of social content escaped. */
import { escapeHtml } from '../shared/html.js';

/** "2026-11-24 08:15:00 UTC": ISO 8601 in UTC, to the second. */
export function utcTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** "2026-11-24 09:15:00 (Europe/Stockholm)": the same moment on the workspace's clock. */
export function localTime(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')} (${timeZone})`;
}

export function byteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Escaped text; line breaks kept by the CSS (white-space: pre-wrap) where it matters. */
export const text = (value: string | null | undefined, empty = '–') =>
  value === null || value === undefined || value === '' ? empty : escapeHtml(value);

/** A quoted CSS string for @page margin boxes. */
export function cssString(value: string): string {
  return `"${value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/** Label/value rows; `wide` values (URLs, hashes) take the full width on their own line. */
export type FieldRow = [label: string, value: string | null | undefined, style?: 'mono' | 'wide'];

export function fields(rows: FieldRow[]): string {
  return `<div class="fields">${rows
    .map(([label, value, style]) => {
      // Monospace values stay on one line (a hash must be copyable whole); only very long URLs wrap.
      const long = style === 'mono' && (value?.length ?? 0) > 100 ? ' long' : '';
      const cls = style === 'mono' ? `field wide mono${long}` : style === 'wide' ? 'field wide' : 'field';
      return `<div class="${cls}"><div class="label">${escapeHtml(label)}</div><div class="value">${text(value)}</div></div>`;
    })
    .join('')}</div>`;
}
