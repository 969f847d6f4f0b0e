import { describe, expect, it } from 'vitest';
import { affForNspell, parseCompoundRules, parsePattern } from './affix-rules.js';

const AFF = [
  'SET UTF-8',
  'COMPOUNDMIN 1',
  'SIMPLIFIEDTRIPLE',
  'COMPOUNDBEGIN X',
  'COMPOUNDEND Y',
  'ONLYINCOMPOUND Z',
  'COMPOUNDRULE 2',
  'COMPOUNDRULE 0*',
  'COMPOUNDRULE 47',
  'SFX v N 2',
  'SFX v a s/WXZ a',
  'SFX v 0 s/WXZ [^a]',
].join('\n');

describe('parseCompoundRules', () => {
  it('reads the compound directives and the continuation flags of affixes', () => {
    const rules = parseCompoundRules(AFF);
    expect(rules).toMatchObject({ begin: 'X', end: 'Y', onlyInCompound: 'Z', compoundMin: 1, simplifiedTriple: true });
    const linking = rules.affixes.get('v');
    expect(linking?.entries.map((e) => [e.strip, e.add, e.continuation])).toEqual([
      ['a', 's', ['W', 'X', 'Z']],
      ['', 's', ['W', 'X', 'Z']],
    ]);
    expect(linking?.entries[1]?.condition?.test('hämtning')).toBe(true);
    expect(linking?.entries[1]?.condition?.test('kaka')).toBe(false);
  });

  it('counts COMPOUNDRULE lines, so a rule that looks like a number ("47") is still a rule', () => {
    expect(parseCompoundRules(AFF).patterns).toEqual([
      [{ flag: '0', count: '*' }],
      [
        { flag: '4', count: '' },
        { flag: '7', count: '' },
      ],
    ]);
  });

  it('reads long-flag rules', () => {
    expect(parsePattern('(N4)(Nh)?(n3)*', 'long')).toEqual([
      { flag: 'N4', count: '' },
      { flag: 'Nh', count: '?' },
      { flag: 'n3', count: '*' },
    ]);
  });

  it('hands nspell the file without the COMPOUNDRULE lines it turns into match-everything regexes', () => {
    const forNspell = affForNspell(AFF);
    expect(forNspell).not.toContain('COMPOUNDRULE');
    expect(forNspell).toContain('COMPOUNDBEGIN X');
  });
});
