import { describe, expect, it } from 'vitest';
import { generateTraffic, type TrafficOptions } from './sandbox-traffic.js';

const options = (overrides: Partial<TrafficOptions> = {}): TrafficOptions => ({
  seed: 'channel-1',
  startIndex: 0,
  count: 2000,
  ourHandle: 'ekebykommun',
  context: 'municipality',
  languages: ['sv', 'en'],
  from: new Date('2025-01-01T08:00:00Z'),
  to: new Date('2025-01-01T12:00:00Z'),
  ...overrides,
});

describe('generated sandbox traffic', () => {
  it('is deterministic per seed and index, however it is batched', () => {
    const all = generateTraffic(options({ count: 30 }));
    expect(generateTraffic(options({ count: 30 }))).toEqual(all);
    const tail = generateTraffic(options({ startIndex: 10, count: 20 }));
    expect(tail.map((e) => [e.platformId, e.text, e.author])).toEqual(
      all.slice(10).map((e) => [e.platformId, e.text, e.author]),
    );
    expect(generateTraffic(options({ seed: 'channel-2', count: 30 })).map((e) => e.text)).not.toEqual(
      all.map((e) => e.text),
    );
  });

  it('produces thousands of distinct texts, unique ids, every kind and intent, oldest first within the window', () => {
    const events = generateTraffic(options());
    expect(new Set(events.map((e) => e.text)).size).toBeGreaterThan(1000);
    const created = events.filter((e) => !e.change);
    expect(new Set(created.map((e) => e.platformId)).size).toBe(created.length);
    expect(new Set(events.map((e) => e.kind))).toEqual(
      new Set(['comment', 'reply', 'mention', 'quote', 'direct_message']),
    );
    expect(new Set(events.map((e) => e.intent))).toEqual(
      new Set(['question', 'complaint', 'praise', 'problem', 'misunderstanding', 'idea', 'job', 'spam', 'abuse']),
    );
    expect(new Set(events.map((e) => e.author.handle)).size).toBeGreaterThan(300);
    const times = events.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse('2025-01-01T08:00:00Z'));
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.parse('2025-01-01T12:00:00Z'));
    for (const e of events) {
      expect(e.text.length).toBeGreaterThan(5);
      expect(e.text).not.toMatch(/\{\w+\}/); // every slot filled
      if (e.kind === 'mention') expect(e.text.startsWith('@ekebykommun ')).toBe(true);
      if (e.kind === 'reply') expect(e.parentPlatformId).toBeDefined();
      if (e.kind === 'direct_message') expect(e.url).toBeUndefined();
    }
  });

  it('now and then edits or deletes an earlier message of the same author, deterministically', () => {
    const events = generateTraffic(options());
    const changes = events.filter((e) => e.change);
    const edits = changes.filter((e) => e.change === 'edited');
    const deletions = changes.filter((e) => e.change === 'deleted');
    expect(edits.length).toBeGreaterThan(10);
    expect(deletions.length).toBeGreaterThan(3);
    expect(changes.length).toBeLessThan(events.length * 0.05);
    const byId = new Map(events.filter((e) => !e.change).map((e) => [e.platformId, e]));
    for (const change of changes) {
      const original = byId.get(change.platformId);
      expect(original, `${change.platformId} changes an earlier message`).toBeDefined();
      expect(events.indexOf(original!)).toBeLessThan(events.indexOf(change));
      expect(change.author).toEqual(original!.author);
      expect(change.editedAt).toBe(change.occurredAt);
      if (change.change === 'edited') {
        expect(change.text.startsWith(original!.text)).toBe(true);
        expect(change.text).not.toBe(original!.text);
      } else expect(change.text).toBe(original!.text);
    }
    // The same changes however the traffic is batched.
    const tail = generateTraffic(options({ startIndex: 1000, count: 1000 }));
    expect(tail.filter((e) => e.change)).toEqual(
      events
        .slice(1000)
        .filter((e) => e.change)
        .map((e) => ({ ...e, occurredAt: expect.any(String), editedAt: expect.any(String) })),
    );
  });

  it('writes a Swedish municipality context in Swedish and English, mostly Swedish', () => {
    const events = generateTraffic(options());
    const languages = events.map((e) => e.language).filter(Boolean);
    expect(new Set(languages)).toEqual(new Set(['sv', 'en']));
    expect(languages.filter((l) => l === 'sv').length).toBeGreaterThan(languages.length * 0.6);
    const svText = events
      .filter((e) => e.language === 'sv')
      .map((e) => e.text.toLowerCase())
      .join('\n');
    for (const word of ['bygglov', 'förskola', 'plog', 'buss', 'hämta']) expect(svText).toContain(word);
  });

  it('writes a Dutch company context in Dutch and English', () => {
    const events = generateTraffic(
      options({ context: 'company', languages: ['nl', 'en'], ourHandle: 'vandijkfietsen' }),
    );
    const nlText = events
      .filter((e) => e.language === 'nl')
      .map((e) => e.text.toLowerCase())
      .join('\n');
    for (const word of ['bezorg', 'retour', 'klantenservice', 'fiets']) expect(nlText).toContain(word);
    const enText = events
      .filter((e) => e.language === 'en')
      .map((e) => e.text.toLowerCase())
      .join('\n');
    expect(enText).toMatch(/delivery|delivered/);
    expect(events.some((e) => e.language === 'sv')).toBe(false);
  });

  it('only uses the languages asked for', () => {
    const events = generateTraffic(options({ languages: ['nl'], count: 200 }));
    expect(new Set(events.map((e) => e.language).filter(Boolean))).toEqual(new Set(['nl']));
  });
});
