import { describe, expect, it } from 'vitest';
import type { PersonalDataKind } from './analysis.types.js';
import { elevenProof, findPersonalData, luhn, validPersonnummer } from './personal-data.js';

/** The matched substrings with their kinds — offsets are checked by slicing the text with them. */
function found(text: string): [PersonalDataKind, string][] {
  return findPersonalData(text).map((m) => [m.kind, text.slice(m.start, m.end)]);
}

describe('findPersonalData: positives', () => {
  it.each<[string, [PersonalDataKind, string][]]>([
    ['Ring mig på 070-123 45 67 efter fem', [['phone', '070-123 45 67']]],
    ['mitt nummer: 0701234567', [['phone', '0701234567']]],
    ['Växeln 08-123 456 78.', [['phone', '08-123 456 78']]],
    ['Bel me op 06-12345678 aub', [['phone', '06-12345678']]],
    ['bereikbaar op 06 1234 5678', [['phone', '06 1234 5678']]],
    ['call +46 70 123 45 67 today', [['phone', '+46 70 123 45 67']]],
    ['+31 (0)6 12345678', [['phone', '+31 (0)6 12345678']]],
    ['UK office +44 20 7946 0958', [['phone', '+44 20 7946 0958']]],
    ['Mejla anna.svensson@example.se så löser vi det', [['email', 'anna.svensson@example.se']]],
    ['mail: j.de-vries+klant@mail.example.nl', [['email', 'j.de-vries+klant@mail.example.nl']]],
    ['Mitt personnummer är 811218-9876', [['personnummer', '811218-9876']]],
    ['pnr 19640823-3234 tack', [['personnummer', '19640823-3234']]],
    ['196408233234', [['personnummer', '196408233234']]],
    ['född 121212+1212 (över hundra år)', [['personnummer', '121212+1212']]],
    ['samordningsnummer 701063-2318', [['personnummer', '701063-2318']]],
    ['personnummer 8112189876', [['personnummer', '8112189876']]],
    ['Mijn BSN is 123456782', [['bsn', '123456782']]],
    ['bsn: 1112.22.333', [['bsn', '1112.22.333']]],
    [
      'Anna (anna@example.com, 070-123 45 67) har pnr 811218-9876',
      [
        ['email', 'anna@example.com'],
        ['phone', '070-123 45 67'],
        ['personnummer', '811218-9876'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives offsets into the original text', () => {
    const text = 'x 070-123 45 67';
    expect(findPersonalData(text)).toEqual([{ kind: 'phone', start: 2, end: 15 }]);
  });
});

describe('findPersonalData: near misses are not personal data', () => {
  it.each([
    'Ordernummer 1234567890 har inte kommit',
    'order #123456782 is late',
    'Bestelnummer 8112189876 is nog niet geleverd',
    'Det kostade 1 299 kr och 2 499 kr',
    'Mötet är 2024-03-15 kl 14:00',
    'vergadering op 15-03-2024 om 10.00',
    'Datum: 15.03.2024',
    'Fakturan på 12 345,50 kr',
    '811218-9875', // wrong check digit
    '811318-9876', // month 13
    '810231-1234', // 31 February
    'reference 123456789', // fails the 11-proof anyway
    '123456789', // fails the 11-proof
    'tel 123', // too short for a phone
    'version 2.14.1 released',
    'email me at anna@ or later',
    'Vi har 0 ärenden och 12 svar',
    'IBAN NL91ABNA0417164300',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('check digits', () => {
  it('luhn accepts valid and rejects altered numbers', () => {
    expect(luhn('8112189876')).toBe(true);
    expect(luhn('8112189877')).toBe(false);
  });
  it('personnummer needs a real date; samordningsnummer adds 60 to the day', () => {
    expect(validPersonnummer('701063', '2318')).toBe(true);
    expect(validPersonnummer('701003', '2318')).toBe(false);
    expect(validPersonnummer('000229', '0005')).toBe(luhn('0002290005'));
    expect(validPersonnummer('000230', '0004')).toBe(false);
  });
  it('11-proof for BSN', () => {
    expect(elevenProof('111222333')).toBe(true);
    expect(elevenProof('123456782')).toBe(true);
    expect(elevenProof('123456783')).toBe(false);
    expect(elevenProof('000000000')).toBe(false);
  });
});
