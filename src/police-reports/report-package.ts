/**
 * The ZIP handed to the police: report.pdf, every evidence file under evidence/<seq>-<id8>/, a
 * manifest of hashes, README.txt on how to check them, and SHA256SUMS (sha256sum -c compatible,
 * covering every file but itself). PDFs and images are stored uncompressed (they are already).
 */
import { type Zippable, zipSync } from 'fflate';
import type { PageLanguage } from '../shared/html.js';
import type { Jurisdiction } from './offence-categories.js';
import { type ReportEvidence, sha256Hex } from './report-evidence.js';

export interface PackageInput {
  reference: string;
  createdAt: Date;
  createdBy: string;
  jurisdiction: Jurisdiction;
  language: PageLanguage;
  offenceCategory: string;
  offenceLabel: string;
  pdf: Buffer;
  evidence: ReportEvidence[];
}

export function packageManifest(input: PackageInput) {
  return {
    reference: input.reference,
    createdAt: input.createdAt.toISOString(),
    createdBy: input.createdBy,
    jurisdiction: input.jurisdiction,
    language: input.language,
    offenceCategory: input.offenceCategory,
    offenceLabel: input.offenceLabel,
    records: input.evidence.map((e) => ({
      id: e.record.id,
      seq: String(e.record.seq),
      hash: e.record.hash,
      prevHash: e.record.prev_hash,
      capturedAt: e.record.captured_at.toISOString(),
      capturedBy: e.record.captured_by_label,
      item: { url: e.item.url, platformId: e.item.platformId },
      artifacts: e.artifacts.map((a) => ({ path: a.path, kind: a.kind, sha256: a.sha256, size: a.size })),
    })),
    reportPdfSha256: sha256Hex(input.pdf),
  };
}

export function buildPackage(input: PackageInput): Buffer {
  const mtime = input.createdAt;
  const stored = (bytes: Uint8Array): [Uint8Array, { level: 0; mtime: Date }] => [bytes, { level: 0, mtime }];
  const packed = (bytes: Uint8Array): [Uint8Array, { level: 6; mtime: Date }] => [bytes, { level: 6, mtime }];
  const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

  const files = new Map<string, Uint8Array>();
  files.set('report.pdf', input.pdf);
  files.set('manifest.json', utf8(`${JSON.stringify(packageManifest(input), null, 2)}\n`));
  files.set('README.txt', utf8(readme(input.reference, input.language)));
  for (const e of input.evidence) for (const a of e.artifacts) files.set(a.path, a.content);
  const sums = [...files].map(([path, bytes]) => `${sha256Hex(bytes)}  ${path}\n`).join('');

  const zippable: Zippable = {};
  for (const [path, bytes] of files) {
    zippable[path] = /\.(pdf|png|jpe?g|gif|webp|mp4|zip)$/i.test(path) ? stored(bytes) : packed(bytes);
  }
  zippable['SHA256SUMS'] = packed(utf8(sums));
  return Buffer.from(zipSync(zippable));
}

const README: Record<PageLanguage, (reference: string) => string> = {
  sv: (ref) => `Polisanmälan ${ref} – bevispaket

report.pdf      anmälan med bevisningen beskriven
manifest.json   bevisposterna med hashkedja och varje fils SHA-256
evidence/       filerna som samlades in: rådata, inlägget, tråden, avsändaren, media och skärmbild
SHA256SUMS      SHA-256 för varje fil i paketet

Kontrollera att inget har ändrats: packa upp ZIP-filen och kör i mappen
  sha256sum -c SHA256SUMS
Varje rad ska sluta med "OK" (macOS: shasum -a 256 -c SHA256SUMS).
`,
  nl: (ref) => `Aangifte ${ref} – bewijspakket

report.pdf      de aangifte met het bewijs beschreven
manifest.json   de bewijsstukken met hun hashketen en de SHA-256 van elk bestand
evidence/       de vastgelegde bestanden: ruwe gegevens, het bericht, het gesprek, de afzender, media en schermafbeelding
SHA256SUMS      SHA-256 van elk bestand in het pakket

Controleer dat niets is gewijzigd: pak het ZIP-bestand uit en voer in de map uit
  sha256sum -c SHA256SUMS
Elke regel moet eindigen op "OK" (macOS: shasum -a 256 -c SHA256SUMS).
`,
  en: (ref) => `Police report ${ref} – evidence package

report.pdf      the report, describing the evidence
manifest.json   the evidence records with their hash chain and every file's SHA-256
evidence/       the captured files: raw payload, the post, its thread, the author, media and screenshot
SHA256SUMS      SHA-256 of every file in the package

Check that nothing has changed: unzip the package and run in its folder
  sha256sum -c SHA256SUMS
Every line should end in "OK" (macOS: shasum -a 256 -c SHA256SUMS).
`,
};

/** In the report's language, with English after it for anyone else who handles the package. */
function readme(reference: string, language: PageLanguage): string {
  return language === 'en' ? README.en(reference) : `${README[language](reference)}\n---\n\n${README.en(reference)}`;
}
