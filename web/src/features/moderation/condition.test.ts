import { describe, expect, it } from 'vitest';
import { cleanCondition, emptyCondition } from './condition';

describe('cleanCondition', () => {
  it('drops blank lines, leading @ of handles and unset classifier options, also inside combinations', () => {
    expect(
      cleanCondition({
        type: 'any',
        conditions: [
          { type: 'words', language: 'sv', words: [' döda ', '', 'jag vet var du bor'] },
          { type: 'authors', handles: ['@troll', ' '] },
          { type: 'classifier', intent: [], offensive: false, hasLink: true, maxSentimentScore: -0.5 },
        ],
      }),
    ).toEqual({
      type: 'any',
      conditions: [
        { type: 'words', language: 'sv', words: ['döda', 'jag vet var du bor'] },
        { type: 'authors', handles: ['troll'] },
        { type: 'classifier', hasLink: true, maxSentimentScore: -0.5 },
      ],
    });
  });

  it('starts a combination with one words condition', () => {
    expect(emptyCondition('all')).toEqual({ type: 'all', conditions: [{ type: 'words', words: [] }] });
  });
});
