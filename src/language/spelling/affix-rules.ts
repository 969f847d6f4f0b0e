// Our own reading of the Hunspell .aff lines nspell ignores or mishandles: the compound directives
// and the affixes' continuation flags (nspell drops those, so it cannot tell which affixed forms
// may begin a compound). We also hand nspell a copy of the .aff without COMPOUNDRULE blocks.

export type FlagType = 'char' | 'long' | 'num';

export interface AffixEntry {
  strip: string;
  add: string;
  continuation: string[];
  /** Hunspell condition as an anchored regex (at the end for SFX, the start for PFX). */
  condition: RegExp | null;
}

export interface AffixRule {
  kind: 'PFX' | 'SFX';
  crossProduct: boolean;
  entries: AffixEntry[];
}

/** One COMPOUNDRULE, e.g. Swedish `4?5?43U*Y` or Dutch `(N4)(Nh)(n3)`: flags with ? and * counts. */
export type CompoundPattern = Array<{ flag: string; count: '' | '?' | '*' }>;

/** CHECKCOMPOUNDPATTERN: a boundary not allowed, e.g. Dutch "o /C4": "auto"+"onderdeel" needs a hyphen. */
export interface ForbiddenBoundary {
  leftEnd: string;
  leftFlag: string | null;
  rightStart: string;
  rightFlag: string | null;
}

export interface CompoundRules {
  flagType: FlagType;
  /** ICONV: input conversions, e.g. Dutch "ij" → "ĳ" (the dictionary spells with the ligature). */
  inputConversions: Array<[string, string]>;
  patterns: CompoundPattern[];
  forbiddenBoundaries: ForbiddenBoundary[];
  affixes: Map<string, AffixRule>;
  begin: string | null;
  middle: string | null;
  end: string | null;
  /** COMPOUNDFLAG: a part allowed at any position. */
  any: string | null;
  onlyInCompound: string | null;
  needAffix: string | null;
  forbidden: string | null;
  compoundMin: number;
  simplifiedTriple: boolean;
  checkTriple: boolean;
  checkDup: boolean;
}

export function parseFlags(value: string, flagType: FlagType): string[] {
  if (!value) return [];
  if (flagType === 'long') {
    const flags: string[] = [];
    for (let i = 0; i < value.length; i += 2) flags.push(value.slice(i, i + 2));
    return flags;
  }
  if (flagType === 'num') return value.split(',');
  return Array.from(value);
}

export function parsePattern(source: string, flagType: FlagType): CompoundPattern {
  const pattern: CompoundPattern = [];
  const token = flagType === 'char' ? /(.)([*?]?)/gu : /\(([^)]+)\)([*?]?)/g;
  for (const match of source.matchAll(token)) {
    pattern.push({ flag: match[1] ?? '', count: (match[2] ?? '') as '' | '?' | '*' });
  }
  return pattern;
}

function conditionRegex(condition: string | undefined, kind: 'PFX' | 'SFX'): RegExp | null {
  if (!condition || condition === '.') return null;
  // Conditions are letters, `.` and [...] groups; escape everything else regex-special.
  const source = condition.replace(/[\\^$*+?(){}|]/g, (c) => (c === '^' ? '^' : `\\${c}`));
  try {
    return new RegExp(kind === 'SFX' ? `(?:${source})$` : `^(?:${source})`, 'u');
  } catch {
    return null;
  }
}

function withoutComment(line: string): string {
  const hash = line.search(/\s#/);
  return (hash >= 0 ? line.slice(0, hash) : line).trim();
}

export function parseCompoundRules(aff: string): CompoundRules {
  const lines = aff.split(/\r?\n/).map(withoutComment);
  const rules: CompoundRules = {
    flagType: 'char',
    inputConversions: [],
    patterns: [],
    forbiddenBoundaries: [],
    affixes: new Map(),
    begin: null,
    middle: null,
    end: null,
    any: null,
    onlyInCompound: null,
    needAffix: null,
    forbidden: null,
    compoundMin: 3,
    simplifiedTriple: false,
    checkTriple: false,
    checkDup: false,
  };
  for (const line of lines) {
    const [key, value] = line.split(/\s+/);
    if (key === 'FLAG' && (value === 'long' || value === 'num')) rules.flagType = value;
  }
  let pendingPatterns = 0;
  for (let i = 0; i < lines.length; i++) {
    const parts = (lines[i] ?? '').split(/\s+/);
    const [key, value = ''] = parts;
    switch (key) {
      case 'COMPOUNDBEGIN':
        rules.begin = value;
        break;
      case 'COMPOUNDMIDDLE':
        rules.middle = value;
        break;
      case 'COMPOUNDEND':
        rules.end = value;
        break;
      case 'COMPOUNDFLAG':
        rules.any = value;
        break;
      case 'ONLYINCOMPOUND':
        rules.onlyInCompound = value;
        break;
      case 'NEEDAFFIX':
        rules.needAffix = value;
        break;
      case 'FORBIDDENWORD':
        rules.forbidden = value;
        break;
      case 'COMPOUNDMIN':
        rules.compoundMin = Math.max(1, Number(value) || 1);
        break;
      case 'COMPOUNDRULE':
        // The first line gives the count; the rule lines follow with the same keyword (a rule can
        // look like a count: Swedish "COMPOUNDRULE 47" is the flags 4 and 7).
        if (pendingPatterns > 0) {
          rules.patterns.push(parsePattern(value, rules.flagType));
          pendingPatterns--;
        } else {
          pendingPatterns = Number(value) || 0;
        }
        break;
      case 'CHECKCOMPOUNDPATTERN':
        // The count line has one field; pattern lines have two (or three: a replacement we ignore).
        if (parts[2] !== undefined) {
          const [leftEnd = '', leftFlag] = (parts[1] ?? '').split('/');
          const [rightStart = '', rightFlag] = parts[2].split('/');
          rules.forbiddenBoundaries.push({
            leftEnd,
            leftFlag: leftFlag || null,
            rightStart,
            rightFlag: rightFlag || null,
          });
        }
        break;
      case 'ICONV':
        if (parts[1] && parts[2] !== undefined) rules.inputConversions.push([parts[1], parts[2]]);
        break;
      case 'SIMPLIFIEDTRIPLE':
        rules.simplifiedTriple = true;
        break;
      case 'CHECKCOMPOUNDTRIPLE':
        rules.checkTriple = true;
        break;
      case 'CHECKCOMPOUNDDUP':
        rules.checkDup = true;
        break;
      case 'PFX':
      case 'SFX': {
        const count = Number(parts[3]);
        if (parts.length < 4 || !Number.isFinite(count)) break;
        const rule: AffixRule = { kind: key, crossProduct: parts[2] === 'Y', entries: [] };
        for (let n = 0; n < count && i + 1 < lines.length; n++) {
          const entry = (lines[++i] ?? '').split(/\s+/);
          const [add = '0', continuation = ''] = (entry[3] ?? '0').split('/');
          rule.entries.push({
            strip: entry[2] === '0' || entry[2] === undefined ? '' : entry[2],
            add: add === '0' ? '' : add,
            continuation: parseFlags(continuation, rules.flagType),
            condition: conditionRegex(entry[4], key),
          });
        }
        rules.affixes.set(value, rule);
        break;
      }
    }
  }
  return rules;
}

export function convertInput(word: string, rules: CompoundRules): string {
  let converted = word;
  for (const [from, to] of rules.inputConversions) converted = converted.replaceAll(from, to);
  return converted;
}

/**
 * The .aff text for nspell. nspell turns COMPOUNDRULE lines into unanchored, unescaped regexes
 * (Swedish `0*` becomes /(?:-|:|.|0…)*\/ which matches every string, so every word was "correct")
 * and splits long-flag rules like `(N1)(n2)` into single characters. Our compound checker
 * replaces them, so nspell gets the file without them.
 */
export function affForNspell(aff: string): string {
  return aff
    .split(/\r?\n/)
    .filter((line) => !/^\s*COMPOUNDRULE\b/.test(line))
    .join('\n');
}
