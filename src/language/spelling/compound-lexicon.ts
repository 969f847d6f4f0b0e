// Expands the .dic with the .aff's affixes, keeping the flags nspell throws away, into the sets of
// word forms allowed at the beginning, middle and end of a compound, plus the forms that exist only
// inside compounds (e.g. Swedish "ränte-" from "ränta", flagged ONLYINCOMPOUND by the affix).
import { parseFlags, type AffixRule, type CompoundRules } from './affix-rules.js';

export interface CompoundLexicon {
  rules: CompoundRules;
  begin: Set<string>;
  middle: Set<string>;
  end: Set<string>;
  /** Forms generated only with ONLYINCOMPOUND: not words on their own. */
  compoundOnly: Set<string>;
  /**
   * Words with an ONLYINCOMPOUND dictionary line that are also ordinary inflections of another
   * line ("svarar/UXZ" next to "svara" + -r). nspell keeps one entry per word and so rejects them.
   */
  alsoStandalone: string[];
  /**
   * Word forms by the flags COMPOUNDRULE and CHECKCOMPOUNDPATTERN refer to (number words, ordinal
   * suffixes, Dutch "starts with a vowel" flags…).
   */
  patternWords: Map<string, Set<string>>;
}

interface Form {
  word: string;
  flags: readonly string[];
  /** True when the form came from an affix (its flags are the affix's continuation flags). */
  affixed: boolean;
}

function applyAffix(word: string, rule: AffixRule, out: (form: string, cont: string[]) => void): void {
  for (const entry of rule.entries) {
    if (entry.condition && !entry.condition.test(word)) continue;
    if (rule.kind === 'SFX') {
      if (entry.strip && !word.endsWith(entry.strip)) continue;
      out(word.slice(0, word.length - entry.strip.length) + entry.add, entry.continuation);
    } else {
      if (entry.strip && !word.startsWith(entry.strip)) continue;
      out(entry.add + word.slice(entry.strip.length), entry.continuation);
    }
  }
}

function* formsOf(word: string, flags: string[], rules: CompoundRules): Generator<Form> {
  if (!rules.needAffix || !flags.includes(rules.needAffix)) yield { word, flags, affixed: false };
  const generated: Form[] = [];
  for (const flag of flags) {
    const rule = rules.affixes.get(flag);
    if (!rule) continue;
    applyAffix(word, rule, (form, cont) => {
      generated.push({ word: form, flags: cont, affixed: true });
      // One level of continuation suffixes (e.g. Swedish "-dels" after an ordinal).
      for (const next of cont) {
        const nextRule = rules.affixes.get(next);
        if (nextRule && nextRule !== rule) {
          applyAffix(form, nextRule, (f2, c2) => generated.push({ word: f2, flags: c2, affixed: true }));
        }
      }
    });
  }
  yield* generated;
}

function dicLines(dic: string, rules: CompoundRules): Array<{ word: string; flags: string[] }> {
  return dic
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line && !line.startsWith('\t') && !line.startsWith('#'))
    .map((line) => {
      const field = line.split(/[\t ]/)[0] ?? '';
      const slash = field.search(/(?<!\\)\//);
      const word = (slash >= 0 ? field.slice(0, slash) : field).replace(/\\\//g, '/');
      const flags = slash >= 0 ? parseFlags(field.slice(slash + 1), rules.flagType) : [];
      return { word: word.toLowerCase(), flags };
    });
}

export function buildCompoundLexicon(dic: string, rules: CompoundRules): CompoundLexicon {
  const lexicon: CompoundLexicon = {
    rules,
    begin: new Set(),
    middle: new Set(),
    end: new Set(),
    compoundOnly: new Set(),
    alsoStandalone: [],
    patternWords: new Map(
      [
        ...rules.patterns.flat().map(({ flag }) => flag),
        ...rules.forbiddenBoundaries.flatMap((b) => [b.leftFlag, b.rightFlag]),
      ]
        .filter((flag): flag is string => flag !== null)
        .map((flag) => [flag, new Set<string>()]),
    ),
  };
  const compoundOnlyRoots: string[] = [];
  const { begin, middle, end, any, onlyInCompound, forbidden } = rules;
  const entries = dicLines(dic, rules);
  const standalone = new Set<string>();
  for (const entry of entries) {
    if (forbidden && entry.flags.includes(forbidden)) continue;
    const rootFlags = entry.flags;
    const rootOnlyInCompound = onlyInCompound !== null && rootFlags.includes(onlyInCompound);
    if (rootOnlyInCompound) compoundOnlyRoots.push(entry.word);
    // A COMPOUNDRULE part may be inflected ("åttiosju" + "åring" → "åttiosjuåringen").
    const patternSets = rootFlags.flatMap((flag) => lexicon.patternWords.get(flag) ?? []);
    const rootIsEnd = (end && rootFlags.includes(end)) || (any && rootFlags.includes(any));
    for (const form of formsOf(entry.word, rootFlags, rules)) {
      const has = (flag: string | null) => flag !== null && form.flags.includes(flag);
      // Inflections of a compound-only root are compound-only too ("åring" → "åringen").
      const onlyCompound = has(onlyInCompound) || rootOnlyInCompound;
      if (has(begin) || has(any)) lexicon.begin.add(form.word);
      if (has(middle) || has(any)) lexicon.middle.add(form.word);
      // A root allowed at the end keeps that right when inflected (kommun → …kommunen).
      // Linking forms ("kommuns-", continuation ONLYINCOMPOUND) are not endings.
      if (has(end) || (rootIsEnd && form.affixed && !has(onlyInCompound))) lexicon.end.add(form.word);
      for (const set of patternSets) set.add(form.word);
      if (onlyCompound) lexicon.compoundOnly.add(form.word);
      else standalone.add(form.word);
    }
  }
  for (const word of standalone) lexicon.compoundOnly.delete(word);
  lexicon.alsoStandalone = compoundOnlyRoots.filter((word) => standalone.has(word));
  return lexicon;
}
