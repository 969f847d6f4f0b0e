import { describe, expect, it } from 'vitest';
import {
  fromTemplate,
  initialForm,
  missingLanguages,
  moveRule,
  newRule,
  sameContent,
  toDraftBody,
} from './guidelines-form';
import type { GuidelineRule, GuidelineVersion } from './guidelines.types';

const text = (sv: string, nl: string, en: string) => ({ sv, nl, en });
const rule = (key: string, number: number): GuidelineRule => ({
  key,
  number,
  title: text(`T ${key}`, `T ${key} nl`, `T ${key} en`),
  explanation: text('F', 'U', 'E'),
  defaultAction: 'hide',
});
const version = (over: Partial<GuidelineVersion>): GuidelineVersion => ({
  id: 'v',
  version: 1,
  status: 'published',
  intro: text('Hej', 'Hoi', 'Hi'),
  rules: [rule('threats', 1), rule('spam', 2)],
  changeNote: text('Ändrat', 'Gewijzigd', 'Changed'),
  publishedAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...over,
});

describe('the guidelines editor form', () => {
  it('starts from the draft, else from the version in force with an empty change note', () => {
    const fromPublished = initialForm({ draft: null, published: version({}) });
    expect(fromPublished.rules.map((r) => r.key)).toEqual(['threats', 'spam']);
    expect(fromPublished.changeNote).toEqual(text('', '', ''));
    const fromDraft = initialForm({
      draft: version({ status: 'draft', rules: [rule('hate', 1)] }),
      published: version({}),
    });
    expect(fromDraft.rules.map((r) => r.key)).toEqual(['hate']);
    expect(fromDraft.changeNote.en).toBe('Changed');
    expect(initialForm({ draft: null, published: null }).rules).toEqual([]);
  });

  it('moves rules, adds one with a free key, fills the template and sends no numbers or uids', () => {
    const form = initialForm({ draft: null, published: version({}) });
    const moved = moveRule(form.rules, 1, -1);
    expect(moved.map((r) => r.key)).toEqual(['spam', 'threats']);
    expect(moveRule(form.rules, 0, -1)).toBe(form.rules);
    expect(newRule([...form.rules, { ...form.rules[0]!, key: 'rule_3' }]).key).toBe('rule_4');
    const body = toDraftBody({ ...form, rules: moved });
    expect(body.rules[0]).toEqual({
      key: 'spam',
      title: rule('spam', 2).title,
      explanation: text('F', 'U', 'E'),
      defaultAction: 'hide',
    });
    expect(sameContent(form, initialForm({ draft: null, published: version({}) }))).toBe(true);
    expect(sameContent(form, { ...form, rules: moved })).toBe(false);
    const templated = fromTemplate(initialForm({ draft: null, published: null }), {
      intro: text('Mall', 'Sjabloon', 'Template'),
      rules: [rule('harassment', 1)],
    });
    expect(templated.intro.nl).toBe('Sjabloon');
    expect(templated.rules.map((r) => r.key)).toEqual(['harassment']);
  });

  it('names the languages a rule still lacks', () => {
    expect(missingLanguages({ title: text('A', '', 'C'), explanation: text('A', 'B', ' ') })).toEqual(['nl', 'en']);
    expect(missingLanguages(rule('spam', 1))).toEqual([]);
  });
});
