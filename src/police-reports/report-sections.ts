/** The sections of the report; the layout (report-html.ts) puts them in the order its form uses. */
import { escapeHtml, htmlParagraphs } from '../shared/html.js';
import { byteSize, type FieldRow, fields, localTime, text, utcTime } from './report-format.js';
import type { LayoutLabels } from './report-labels.js';
import type { ReportEvidence } from './report-evidence.js';
import type { ReporterInput } from './police-reports.schema.js';

export interface SectionContext {
  l: LayoutLabels;
  timeZone: string;
  evidence: ReportEvidence[];
}

export function section(number: number, heading: string, body: string, extraClass = ''): string {
  return `<section class="${extraClass}"><h2><span class="num">${number}</span>${escapeHtml(heading)}</h2>${body}</section>`;
}

const itemHeading = (c: SectionContext, index: number) =>
  c.evidence.length > 1 ? `<h3>${escapeHtml(c.l.item)} ${index + 1}</h3>` : '';

export function reporterBody(l: LayoutLabels, r: ReporterInput): string {
  return fields([
    [l.name, r.name],
    [l.organisation, r.organisation],
    [l.role, r.role],
    [l.email, r.email],
    [l.phone, r.phone],
    [l.address, r.address, 'wide'],
  ]);
}

export function offenceBody(l: LayoutLabels, offence: string, description: string): string {
  return `${fields([[l.offence, offence, 'wide']])}<h3>${escapeHtml(l.description)}</h3>${
    description
      ? `<div class="prose">${htmlParagraphs(description)}</div>`
      : `<p class="muted">${escapeHtml(l.noDescription)}</p>`
  }`;
}

const timeRows = (c: SectionContext, e: ReportEvidence): FieldRow[] => [
  [c.l.timeUtc, e.item.occurredAt ? utcTime(e.item.occurredAt) : null],
  [c.l.timeLocal, e.item.occurredAt ? localTime(e.item.occurredAt, c.timeZone) : null],
];

const placeRows = (c: SectionContext, e: ReportEvidence): FieldRow[] => [
  [c.l.network, e.item.network],
  [c.l.channel, [e.item.channelName, e.item.channelHandle && `@${e.item.channelHandle}`].filter(Boolean).join(' ')],
  [c.l.url, e.item.url, 'mono'],
  [c.l.platformId, e.item.platformId, 'mono'],
];

export const timeBody = (c: SectionContext) =>
  c.evidence.map((e, i) => `${itemHeading(c, i)}${fields(timeRows(c, e))}`).join('');
export const placeBody = (c: SectionContext) =>
  c.evidence.map((e, i) => `${itemHeading(c, i)}${fields(placeRows(c, e))}`).join('');
export const timeAndPlaceBody = (c: SectionContext) =>
  c.evidence.map((e, i) => `${itemHeading(c, i)}${fields([...timeRows(c, e), ...placeRows(c, e)])}`).join('');

/** Each distinct author once, as the platform showed them. */
export function suspectBody(c: SectionContext): string {
  const seen = new Set<string>();
  const authors = c.evidence
    .map((e) => e.author)
    .filter((a) => {
      const key = a.platformId ?? a.handle ?? '';
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return `${authors
    .map((a) =>
      fields([
        [c.l.handle, a.handle],
        [c.l.displayName, a.name],
        [c.l.profileUrl, a.profileUrl, 'mono'],
        [c.l.platformId, a.platformId, 'mono'],
      ]),
    )
    .join('')}<p class="note">${escapeHtml(c.l.suspectNote)}</p>`;
}

/** The post verbatim, then the thread it stood in with the reported post marked. */
export function courseBody(c: SectionContext): string {
  return c.evidence
    .map((e, i) => {
      const others = e.thread.length > 1 ? e.thread : [];
      const thread = others.length
        ? `<h4>${escapeHtml(c.l.threadContext)}</h4><ol class="thread">${others
            .map(
              (t) =>
                `<li class="${t.reported ? 'reported' : ''}"><div class="meta">${text(t.occurredAt ? utcTime(t.occurredAt) : null)} · ${text(
                  t.authorHandle ? `@${t.authorHandle}` : t.authorName,
                )}${t.reported ? ` · <strong>${escapeHtml(c.l.reported)}</strong>` : ''}</div><div class="verbatim">${text(t.text, '')}</div></li>`,
            )
            .join('')}</ol>`
        : '';
      return `${itemHeading(c, i)}<h4>${escapeHtml(c.l.postedText)}</h4><blockquote class="verbatim">${text(e.item.text, '')}</blockquote>${thread}`;
    })
    .join('');
}

export function evidenceBody(c: SectionContext): string {
  const records = c.evidence.map((e) => {
    const r = e.record;
    const screenshot = e.artifacts.find((a) => a.kind === 'screenshot');
    const images = e.artifacts.filter((a) => a.kind === 'media' && a.contentType.startsWith('image/') && a.size < 5e6);
    return `<div class="record"><h3>${escapeHtml(c.l.record)} #${escapeHtml(String(r.seq))}</h3>${fields([
      [c.l.recordId, r.id, 'mono'],
      [c.l.capturedAt, `${utcTime(r.captured_at)} · ${localTime(r.captured_at, c.timeZone)}`, 'wide'],
      [c.l.capturedBy, r.captured_by_label],
      [c.l.captureReason, r.reason],
      [c.l.legalHold, r.legal_hold_reason, 'wide'],
      [c.l.recordHash, r.hash, 'mono'],
      [c.l.prevHash, r.prev_hash, 'mono'],
    ])}<table class="artifacts"><thead><tr><th>${escapeHtml(c.l.file)}</th><th class="size">${escapeHtml(
      c.l.size,
    )}</th><th>SHA-256</th></tr></thead><tbody>${e.artifacts
      .map(
        (a) =>
          `<tr><td>${escapeHtml(a.filename)}</td><td class="size">${byteSize(a.size)}</td><td class="hash">${a.sha256}</td></tr>`,
      )
      .join('')}</tbody></table>${
      e.captureErrors.length
        ? `<p class="note"><strong>${escapeHtml(c.l.captureErrors)}:</strong> ${e.captureErrors
            .map((x) => escapeHtml(`${x.kind}: ${x.message}`))
            .join('; ')}</p>`
        : ''
    }${screenshot ? figure(screenshot.content, screenshot.contentType, `${c.l.screenshot} (${screenshot.filename})`) : ''}${images
      .map((m) => figure(m.content, m.contentType, m.filename))
      .join('')}</div>`;
  });
  return `<p class="note">${escapeHtml(c.l.chainNote)}</p>${records.join('')}`;
}

function figure(bytes: Buffer, contentType: string, caption: string): string {
  const type = /^image\/(png|jpeg|gif|webp)$/.test(contentType) ? contentType : 'image/png';
  return `<figure><img src="data:${type};base64,${bytes.toString('base64')}" alt=""><figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}

export function signatureBody(l: LayoutLabels, reporterName: string): string {
  return `<p>${escapeHtml(l.declaration)}</p><div class="signature">${[l.placeDate, l.signature, l.nameInPrint]
    .map(
      (label) =>
        `<div class="line"><div class="fill">${label === l.nameInPrint ? escapeHtml(reporterName) : '&nbsp;'}</div><div class="label">${escapeHtml(label)}</div></div>`,
    )
    .join('')}</div>`;
}
