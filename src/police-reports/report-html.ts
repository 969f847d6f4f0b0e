/**
 * The report as a printable A4 HTML page, for headless Chromium: a Swedish polisanmälan (SE) or a
 * Dutch aangifte (NL). The reference and the page numbers sit in the @page margin boxes, so they
 * repeat on every page; hashes are monospace, one unbroken line each.
 */
import { escapeHtml } from '../shared/html.js';
import type { PageLanguage } from '../shared/html.js';
import type { Jurisdiction } from './offence-categories.js';
import { cssString, fields, localTime, utcTime } from './report-format.js';
import { reportLabels } from './report-labels.js';
import type { ReportEvidence } from './report-evidence.js';
import type { ReporterInput } from './police-reports.schema.js';
import {
  courseBody,
  evidenceBody,
  offenceBody,
  placeBody,
  reporterBody,
  section,
  type SectionContext,
  signatureBody,
  suspectBody,
  timeAndPlaceBody,
  timeBody,
} from './report-sections.js';

export interface ReportDocument {
  reference: string;
  createdAt: Date;
  createdBy: string;
  jurisdiction: Jurisdiction;
  language: PageLanguage;
  offence: string;
  description: string;
  reporter: ReporterInput;
  workspace: { name: string; timeZone: string };
  evidence: ReportEvidence[];
}

export function reportHtml(doc: ReportDocument): string {
  const l = reportLabels(doc.jurisdiction, doc.language);
  const c: SectionContext = { l, timeZone: doc.workspace.timeZone, evidence: doc.evidence };
  const sections =
    doc.jurisdiction === 'SE'
      ? [
          [l.reporter, reporterBody(l, doc.reporter)],
          [l.incident, offenceBody(l, doc.offence, doc.description)],
          [l.timePlace, timeAndPlaceBody(c)],
          [l.suspect, suspectBody(c)],
          [l.course, courseBody(c)],
          [l.evidence, evidenceBody(c)],
          [l.signing, signatureBody(l, doc.reporter.name)],
        ]
      : [
          [l.reporter, reporterBody(l, doc.reporter)],
          [l.whatHappened, offenceBody(l, doc.offence, doc.description) + courseBody(c)],
          [l.when, timeBody(c)],
          [l.where, placeBody(c)],
          [l.suspect, suspectBody(c)],
          [l.evidence, evidenceBody(c)],
          [l.signing, signatureBody(l, doc.reporter.name)],
        ];
  const generated = `${l.generatedBy} ${utcTime(doc.createdAt)}`;
  return `<!doctype html>
<html lang="${doc.language}"><head><meta charset="utf-8"><title>${escapeHtml(`${l.title} ${doc.reference}`)}</title>
<style>${css(doc, l.title, l.reference, l.page, l.of, generated)}</style></head>
<body>
<header class="masthead">
  <div><div class="kicker">${escapeHtml(doc.workspace.name)}</div><h1>${escapeHtml(l.title)}</h1><p class="subtitle">${escapeHtml(l.subtitle)}</p></div>
  <div class="refbox">${fields([
    [l.reference, doc.reference, 'mono'],
    [l.created, `${utcTime(doc.createdAt)}`, 'wide'],
    ['', localTime(doc.createdAt, doc.workspace.timeZone), 'wide'],
  ])}</div>
</header>
${sections.map(([heading, body], i) => section(i + 1, heading!, body!, i === sections.length - 1 ? 'keep' : '')).join('\n')}
<p class="generated">${escapeHtml(generated)} · ${escapeHtml(doc.createdBy)}</p>
</body></html>`;
}

function css(doc: ReportDocument, title: string, reference: string, page: string, of: string, generated: string) {
  return `
@page {
  size: A4;
  margin: 20mm 16mm 18mm 16mm;
  @top-left { content: ${cssString(title)}; font: 600 8pt 'DejaVu Sans', sans-serif; color: #555; }
  @top-right { content: ${cssString(`${reference} ${doc.reference}`)}; font: 8pt 'DejaVu Sans Mono', monospace; color: #555; }
  @bottom-left { content: ${cssString(generated)}; font: 7pt 'DejaVu Sans', sans-serif; color: #777; }
  @bottom-right { content: ${cssString(page)} " " counter(page) " ${of.replace(/"/g, '')} " counter(pages); font: 8pt 'DejaVu Sans', sans-serif; color: #555; }
}
* { box-sizing: border-box; }
html { font: 9.5pt/1.45 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; color: #111; }
body { margin: 0; }
h1 { font-size: 20pt; margin: 2mm 0 1mm; letter-spacing: 0.2pt; }
h2 { font-size: 11.5pt; margin: 0 0 2.5mm; padding: 1.5mm 0; border-bottom: 1.2pt solid #1c3d6e; color: #1c3d6e; break-after: avoid; }
h2 .num { display: inline-block; min-width: 6mm; }
h3 { font-size: 10pt; margin: 3mm 0 1.5mm; break-after: avoid; }
h4 { font-size: 8.5pt; margin: 2.5mm 0 1mm; text-transform: uppercase; letter-spacing: 0.4pt; color: #444; break-after: avoid; }
section { margin: 0 0 6mm; }
section.keep { break-inside: avoid; }
.masthead { display: flex; justify-content: space-between; gap: 8mm; border-bottom: 2.5pt solid #1c3d6e; padding-bottom: 3mm; margin-bottom: 6mm; }
.kicker { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.6pt; color: #555; }
.subtitle { margin: 0; color: #333; }
.refbox { width: 80mm; font-size: 8.5pt; border: 0.8pt solid #1c3d6e; padding: 1.5mm 2.5mm; background: #f3f6fa; }
.refbox .fields { grid-template-columns: 1fr; }
.fields { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5mm 6mm; margin: 0 0 2mm; }
.field { break-inside: avoid; }
.field.wide { grid-column: 1 / -1; }
.field .label { font-size: 7pt; text-transform: uppercase; letter-spacing: 0.4pt; color: #555; }
.field .value { white-space: pre-wrap; overflow-wrap: anywhere; }
.field.mono .value { font: 7.5pt/1.4 'DejaVu Sans Mono', monospace; white-space: nowrap; overflow-wrap: normal; }
.field.mono.long .value { white-space: pre-wrap; word-break: break-all; }
.prose p { margin: 0 0 1.5mm; }
.muted, .note { color: #555; font-size: 8pt; }
blockquote.verbatim { margin: 1mm 0 2mm; padding: 2mm 3mm; border-left: 2.5pt solid #b3261e; background: #fbf4f3; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 10pt; }
ol.thread { list-style: none; margin: 0; padding: 0; }
ol.thread li { padding: 1.2mm 2mm; border-left: 1pt solid #ccc; margin-bottom: 1mm; break-inside: avoid; }
ol.thread li.reported { border-left: 2.5pt solid #b3261e; background: #fbf4f3; }
ol.thread .meta { font-size: 7.5pt; color: #555; }
ol.thread .verbatim { white-space: pre-wrap; overflow-wrap: anywhere; }
.record { border-top: 0.6pt solid #bbb; padding-top: 1mm; margin-top: 3mm; }
table.artifacts { width: 100%; border-collapse: collapse; margin: 1.5mm 0 2mm; font-size: 8pt; }
table.artifacts th { text-align: left; font-size: 7pt; text-transform: uppercase; color: #555; border-bottom: 0.8pt solid #888; padding: 0.8mm 1mm; }
table.artifacts td { border-bottom: 0.4pt solid #ddd; padding: 0.8mm 1mm; vertical-align: top; }
table.artifacts tr { break-inside: avoid; }
td.size, th.size { text-align: right; white-space: nowrap; width: 16mm; }
td.hash { font: 7pt 'DejaVu Sans Mono', monospace; white-space: nowrap; width: 100mm; }
figure { margin: 2mm 0; break-inside: avoid; }
figure img { display: block; max-width: 100%; max-height: 150mm; border: 0.6pt solid #999; }
figcaption { font-size: 7.5pt; color: #555; margin-top: 1mm; }
.signature { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 8mm; margin-top: 12mm; }
.signature .fill { border-bottom: 0.8pt solid #111; min-height: 8mm; padding-bottom: 1mm; }
.signature .label { font-size: 7pt; text-transform: uppercase; color: #555; margin-top: 1mm; }
.generated { margin-top: 8mm; font-size: 7.5pt; color: #666; }
`;
}
