import { describe, expect, it } from 'vitest';
import { renderTemplate, unknownVariables } from './render-template';

describe('saved reply preview', () => {
  it('fills known variables, with or without spaces inside the braces', () => {
    expect(
      renderTemplate('Hej {{author.name}}! /{{ agent.name }}', { 'author.name': 'Anna', 'agent.name': 'Erik' }),
    ).toBe('Hej Anna! /Erik');
  });
  it('leaves unknown variables visible', () => {
    expect(renderTemplate('Hi {{nope}}', {})).toBe('Hi {{nope}}');
  });
  it('lists unknown variables once', () => {
    expect(unknownVariables('{{a}} {{author.name}} {{a}} {{b.c}}', ['author.name'])).toEqual(['a', 'b.c']);
  });
});
