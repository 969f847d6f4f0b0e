import { describe, expect, it } from 'vitest';
import { authorValues, renderTemplate, unknownVariables } from './template-variables.js';

const values = {
  'author.name': 'Anna Berg',
  'author.handle': 'annab',
  'agent.name': 'Karin',
  'workspace.name': 'Ekeby kommun',
  'channel.name': 'Facebook',
};

describe('saved reply variables', () => {
  it('renders every known variable, with or without spaces inside the braces', () => {
    expect(
      renderTemplate(
        'Hej {{author.name}} (@{{ author.handle }})! /{{agent.name}}, {{workspace.name}} på {{channel.name}}',
        values,
      ),
    ).toBe('Hej Anna Berg (@annab)! /Karin, Ekeby kommun på Facebook');
  });

  it('lists unknown variables once each, in order, and accepts known ones', () => {
    expect(unknownVariables('Hi {{author.nmae}} and {{ customer }} and {{author.nmae}} from {{agent.name}}')).toEqual([
      'author.nmae',
      'customer',
    ]);
    expect(unknownVariables('Hi {{author.name}}, no braces { here }')).toEqual([]);
  });

  it('leaves unknown placeholders untouched when rendering', () => {
    expect(renderTemplate('Hi {{who}}', values)).toBe('Hi {{who}}');
  });

  it('falls back to the handle when the author has no name, and to empty text without an author', () => {
    expect(authorValues({ name: null, handle: 'fietser88' })).toEqual({
      'author.name': 'fietser88',
      'author.handle': 'fietser88',
    });
    expect(authorValues({ name: '  ', handle: 'x' })['author.name']).toBe('x');
    expect(authorValues({ name: 'Jan', handle: 'jan1' })['author.name']).toBe('Jan');
    expect(authorValues(null)).toEqual({ 'author.name': '', 'author.handle': '' });
  });
});
