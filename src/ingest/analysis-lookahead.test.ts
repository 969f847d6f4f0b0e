import { describe, expect, it } from 'vitest';
import { analyzeBatch } from '../analysis/analyze.js';
import type { InboundEvent } from '../channels/channel.js';
import { analysisLookahead } from './analysis-lookahead.js';

const event = (text: string, change?: InboundEvent['change']): InboundEvent =>
  ({
    platformId: text,
    kind: 'comment',
    author: { platformId: 'a', handle: 'a' },
    text,
    occurredAt: new Date(),
    change,
  }) as InboundEvent;

describe('analysis look-ahead', () => {
  it('uses the analyses made ahead for the next page and analyses only what it did not see', async () => {
    const analysed: string[][] = [];
    const lookahead = analysisLookahead((texts) => {
      analysed.push(texts);
      return analyzeBatch(texts);
    });
    // Page 1: nothing ahead yet, analysed on demand; the next page is analysed meanwhile.
    const page1 = lookahead.forPage();
    lookahead.prefetch(async () => [event('Tack för hjälpen!'), event('Gone', 'deleted')]);
    expect(await page1(['Varför är vägen avstängd?'])).toEqual(analyzeBatch(['Varför är vägen avstängd?']));
    // Page 2 got one more text than the look-ahead saw (the feed moved on).
    const page2 = lookahead.forPage();
    const texts = ['Tack för hjälpen!', 'This is terrible service'];
    expect(await page2(texts)).toEqual(analyzeBatch(texts));
    expect(analysed).toEqual([['Tack för hjälpen!'], ['Varför är vägen avstängd?'], ['This is terrible service']]);
  });

  it('a failed look-ahead falls back to analysing the page itself', async () => {
    const lookahead = analysisLookahead(analyzeBatch);
    lookahead.forPage();
    lookahead.prefetch(() => Promise.reject(new Error('network down')));
    expect(await lookahead.forPage()(['Hej'])).toEqual(analyzeBatch(['Hej']));
  });
});
