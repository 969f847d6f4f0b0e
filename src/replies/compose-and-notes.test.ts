import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultToneGuide } from '../language/tone/check-tone.js';
import { preloadSpellingOffThread } from '../language/spelling/spelling-service.js';
import { makeMember } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { parseMentions } from './mentions.js';
import { makeReplyFixture } from './replies.fixtures.js';

// Each fixture logs in one member per role; on a busy machine a test with several takes a while.
vi.setConfig({ testTimeout: 120_000 });

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await preloadSpellingOffThread(['sv']); // the Swedish dictionary takes seconds to build; once per process
}, 180_000);
afterAll(async () => t?.close());

describe('compose check', () => {
  it('finds a Swedish misspelling with suggestions, ni-form against a du guide, personal data and the length', async () => {
    const f = await makeReplyFixture(t);
    const text = 'Hej! Vi har tagit emot Ert meddelnade. Ring oss på 070-123 45 67.';
    const res = await f.as.responder.post(`${f.api}/compose/check`, { text, conversationId: f.conversationId });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.language).toBe('sv');
    expect(body.length).toEqual({ count: [...new Intl.Segmenter().segment(text)].length, max: 2000 });
    expect(body.spelling).toContainEqual(
      expect.objectContaining({ word: 'meddelnade', suggestions: expect.arrayContaining(['meddelande']) }),
    );
    const formality = body.tone.filter((finding: { rule: string }) => finding.rule === 'formality');
    expect(formality).toHaveLength(1);
    expect(text.slice(formality[0].start, formality[0].end)).toBe('Ert');
    expect(body.sensitive).toContainEqual(
      expect.objectContaining({ reason: 'personal_data', kind: 'phone', term: '070-123 45 67' }),
    );
  });

  it('uses the stored guide of the channel: a formal guide accepts ni and flags du', async () => {
    const f = await makeReplyFixture(t);
    const guide = { ...defaultToneGuide('sv'), formality: 'formal' };
    const put = await f.as.manager.put(`${f.api}/tone-guides/sv?channelId=${f.channelId}`, guide);
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ source: 'channel', guide: { formality: 'formal' } });
    expect((await f.as.responder.put(`${f.api}/tone-guides/sv`, guide)).statusCode).toBe(403);
    const bad = await f.as.manager.put(`${f.api}/tone-guides/sv`, { ...guide, formality: 'rude' });
    expect(bad.statusCode).toBe(400);

    const read = await f.as.responder.get(`${f.api}/tone-guides/sv?channelId=${f.channelId}`);
    expect(read.json()).toMatchObject({ source: 'channel', guide: { formality: 'formal' } });
    expect((await f.as.responder.get(`${f.api}/tone-guides/sv`)).json().source).toBe('default');

    const check = (text: string) =>
      f.as.responder.post(`${f.api}/compose/check`, { text, channelId: f.channelId, language: 'sv' });
    const du = (await check('Tack för att du hörde av dig.')).json();
    expect(du.tone.some((finding: { rule: string }) => finding.rule === 'formality')).toBe(true);
    const ni = (await check('Tack för att Ni hörde av Er.')).json();
    expect(ni.tone.some((finding: { rule: string }) => finding.rule === 'formality')).toBe(false);
  });

  it('flags offensive wording in our own draft', async () => {
    const f = await makeReplyFixture(t);
    const res = await f.as.responder.post(`${f.api}/compose/check`, { text: 'Vilken idiot.', language: 'sv' });
    expect(res.json().sensitive).toContainEqual(expect.objectContaining({ reason: 'offensive', term: 'idiot' }));
  });
});

describe('notes with @mentions', () => {
  it('parses first name, full name without spaces and e-mail local part, case-insensitively', () => {
    const members = [
      { id: 'a', name: 'Anna Svensson', email: 'anna.s@example.test' },
      { id: 'b', name: 'Bo Ek', email: 'bosse@example.test' },
      { id: 'c', name: 'Cia Berg', email: 'cia@example.test' },
    ];
    expect(parseMentions('@anna kolla, och @BoEk. Fråga cia@example.test inte', members)).toEqual(['a', 'b']);
    expect(parseMentions('Hej @bosse och @ANNA.S!', members)).toEqual(['b', 'a']);
    expect(parseMentions('mejla anna@example.test', members)).toEqual([]);
  });

  it('stores the mentions and notifies the mentioned members (not the writer)', async () => {
    const f = await makeReplyFixture(t);
    const lisa = await makeMember(t.db, f.workspaceId, ['responder'], { name: 'Lisa Larsson' });
    const res = await f.as.reviewer.post(`${f.api}/conversations/${f.conversationId}/notes`, {
      text: '@lisa kan du ta den här? @LisaLarsson',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().item).toMatchObject({
      direction: 'note',
      kind: 'note',
      mentions: [{ id: lisa.id, name: 'Lisa Larsson' }],
    });
    const notes = await t.db.selectFrom('notifications').selectAll().where('user_id', '=', lisa.id).execute();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'mention', conversation_id: f.conversationId });
    expect((await f.as.viewer.post(`${f.api}/conversations/${f.conversationId}/notes`, { text: 'x' })).statusCode).toBe(
      403,
    );
    expect(
      await t.db.selectFrom('outbound_actions').selectAll().where('channel_id', '=', f.channelId).execute(),
    ).toEqual([]);
  });
});
