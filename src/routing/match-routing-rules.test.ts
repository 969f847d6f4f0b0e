import { describe, expect, it } from 'vitest';
import { applyRoutingRules, compileRule, type RoutedItem } from './match-routing-rules.js';

const item = (overrides: Partial<RoutedItem> = {}): RoutedItem => ({
  channelId: 'c1',
  language: 'sv',
  intent: 'complaint',
  sentiment: 'negative',
  severity: 'high',
  text: 'Soporna har inte hämtats!',
  ...overrides,
});

describe('routing rule matching', () => {
  it('needs every given condition; values within one condition are alternatives', () => {
    const rule = compileRule({
      id: 'r',
      conditions: { languages: ['sv', 'nl'], sentiments: ['negative'] },
      actions: { addTags: ['x'] },
    });
    expect(rule.matches(item())).toBe(true);
    expect(rule.matches(item({ language: 'nl' }))).toBe(true);
    expect(rule.matches(item({ language: 'en' }))).toBe(false);
    expect(rule.matches(item({ sentiment: 'neutral' }))).toBe(false);
    expect(rule.matches(item({ language: null }))).toBe(false);
    expect(compileRule({ id: 'all', conditions: {}, actions: { addTags: ['x'] } }).matches(item())).toBe(true);
  });

  it('matches keywords as whole words or phrases, in any case, with Swedish letters', () => {
    const rule = compileRule({
      id: 'r',
      conditions: { keywords: ['sopor', 'kö', 'bygg lov', 'c++'] },
      actions: { addTags: ['x'] },
    });
    expect(rule.matches(item({ text: 'Var är SOPOR?' }))).toBe(true);
    expect(rule.matches(item({ text: 'Lång kö idag' }))).toBe(true);
    expect(rule.matches(item({ text: 'Jag vill köpa' }))).toBe(false);
    expect(rule.matches(item({ text: 'Soporna luktar' }))).toBe(false);
    expect(rule.matches(item({ text: 'om bygg  lov i Ekeby' }))).toBe(true);
    expect(rule.matches(item({ text: 'kan ni c++?' }))).toBe(true);
  });

  it('applies every matching rule in order: tags add up, the later priority wins, a person assigned stays', () => {
    const rules = [
      compileRule({
        id: 'a',
        conditions: { intents: ['complaint'] },
        actions: { addTags: ['klagomål'], setPriority: 'high', assignUserId: 'u1' },
      }),
      compileRule({
        id: 'b',
        conditions: { severities: ['high'] },
        actions: { addTags: ['klagomål', 'viktigt'], setPriority: 'urgent' },
      }),
      compileRule({ id: 'c', conditions: { intents: ['praise'] }, actions: { addTags: ['beröm'] } }),
    ];
    const target = { tags: ['befintlig'], priority: 'normal', assignee_id: null, team_id: null };
    expect(applyRoutingRules(target, [item()], rules, { user: false, team: false })).toEqual(['a', 'b']);
    expect(target).toEqual({
      tags: ['befintlig', 'klagomål', 'viktigt'],
      priority: 'urgent',
      assignee_id: 'u1',
      team_id: null,
    });

    const taken = { tags: [], priority: 'normal', assignee_id: 'someone', team_id: null };
    applyRoutingRules(taken, [item()], rules, { user: true, team: false });
    expect(taken.assignee_id).toBe('someone');
  });
});
