/**
 * Personal data in a text, with character offsets so the UI can mask it: phone numbers (Swedish,
 * Dutch, international), e-mail addresses, Swedish personnummer/samordningsnummer and Dutch BSN.
 * Identity numbers are only reported when their check digit and date hold, and bare digit runs that
 * follow words like "order" or "invoice" are left alone — an order number is not personal data.
 */
import type { PersonalDataKind, PersonalDataMatch } from './analysis.types.js';

interface Candidate extends PersonalDataMatch {
  /** Lower wins when two candidates overlap. */
  rank: number;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PERSONNUMMER = /(?<![\p{L}\p{N}.,/-])((?:19|20)?\d{6})([-+]?)(\d{4})(?![\p{N}]|[.,/-]\d)/gu;
const BSN = /(?<![\p{L}\p{N}.,/-])(\d{4})(\.?)(\d{2})\2(\d{3})(?![\p{N}]|[.,/-]\d)/gu;
/** Swedish/Dutch national numbers: 070-123 45 67, 08-123 456 78, 06-12345678, 020 123 4567. */
const NATIONAL_PHONE =
  /(?<![\p{L}\p{N}+.,/-])0[1-9]\d{0,2}(?:\s?-\s?|\s)?\d{2,4}(?:[ -]?\d{2,4}){0,3}(?![\p{N}]|[.,/-]\d)/gu;
/** +46 70 123 45 67, +31 (0)6 12345678, 0046 8 123 456 78. */
const INTERNATIONAL_PHONE =
  /(?<![\p{L}\p{N}+])(?:\+|00)[1-9]\d{0,2}[ -]?(?:\(0\)[ ]?)?\d{1,4}(?:[ -]?\d{2,4}){1,4}(?![\p{N}]|[.,/-]\d)/gu;

/** A bare number right after these words is a reference of some kind, not a person's number. */
const REFERENCE_CONTEXT =
  /(?<!\p{L})(?:order|ordernr|ordernummer|bestelling|bestelnummer|factuur|factuurnummer|invoice|ticket|tracking|ärende|ärendenummer|kundnummer|klantnummer|referens|referentie|reference|ref|zaaknummer|artikel|article|nr|no|#)\W{0,3}$/iu;
const IDENTITY_CONTEXT = /(?:personnummer|personnr|samordningsnummer|bsn|burgerservicenummer|sofinummer)\W{0,12}$/iu;

export function findPersonalData(text: string): PersonalDataMatch[] {
  const candidates: Candidate[] = [];
  const add = (kind: PersonalDataKind, start: number, end: number, rank: number) =>
    candidates.push({ kind, start, end, rank });

  for (const m of text.matchAll(EMAIL)) add('email', m.index, m.index + m[0].length, 0);

  for (const m of text.matchAll(PERSONNUMMER)) {
    const [whole, date = '', separator = '', tail = ''] = m;
    if (!validPersonnummer(date.slice(-6), tail)) continue;
    const bare = separator === '' && date.length === 6;
    if (bare && isReference(text, m.index)) continue;
    add('personnummer', m.index, m.index + whole.length, bare ? 3 : 1);
  }

  for (const m of text.matchAll(INTERNATIONAL_PHONE)) {
    const span = trimPhone(m[0], 8, 15);
    if (span) add('phone', m.index, m.index + span.length, 2);
  }
  for (const m of text.matchAll(NATIONAL_PHONE)) {
    const span = trimPhone(m[0], 8, 10);
    if (span && !isReference(text, m.index)) add('phone', m.index, m.index + span.length, 2);
  }

  for (const m of text.matchAll(BSN)) {
    const digits = m[0].replace(/\D/gu, '');
    if (!elevenProof(digits) || isReference(text, m.index)) continue;
    add('bsn', m.index, m.index + m[0].length, 4);
  }

  return resolveOverlaps(candidates);
}

/** Drop trailing digit groups until the count fits (the pattern may run into a following number). */
function trimPhone(match: string, minDigits: number, maxDigits: number): string | undefined {
  let span = match;
  for (;;) {
    const digits = span.replace(/\D/gu, '').length;
    if (digits <= maxDigits) return digits >= minDigits ? span : undefined;
    const shorter = span.replace(/[ -]+\d+$/u, '');
    if (shorter === span) return undefined;
    span = shorter;
  }
}

function isReference(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  return REFERENCE_CONTEXT.test(before) && !IDENTITY_CONTEXT.test(before);
}

/** YYMMDD with a real date (day + 60 for a samordningsnummer) and a Luhn check digit over all 10. */
export function validPersonnummer(yymmdd: string, tail: string): boolean {
  const month = Number(yymmdd.slice(2, 4));
  let day = Number(yymmdd.slice(4, 6));
  if (day > 60) day -= 60;
  if (month < 1 || month > 12 || day < 1) return false;
  // Any leap year works for 29 February: the century is unknown without the 12-digit form.
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  return luhn(yymmdd + tail);
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The BSN "elfproef": 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros). */
export function elevenProof(digits: string): boolean {
  if (!/^\d{9}$/u.test(digits) || /^0+$/u.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

function resolveOverlaps(candidates: Candidate[]): PersonalDataMatch[] {
  const kept: Candidate[] = [];
  for (const c of [...candidates].sort((a, b) => a.rank - b.rank || a.start - b.start)) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start).map(({ kind, start, end }) => ({ kind, start, end }));
}
