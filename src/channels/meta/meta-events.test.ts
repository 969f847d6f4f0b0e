import { describe, expect, it } from 'vitest';
import { instagramCommentDelivery, instagramMentionDelivery, pageCommentDelivery } from './fixtures/meta-fixtures.js';
import { graphTime } from './meta-common.js';
import { deliverySchema, facebookEvents, instagramCommentEvents, instagramMentions } from './meta-events.js';

const entryOf = (body: Record<string, unknown>) => deliverySchema.parse(body).entry[0]!;
const created = new Date('2026-11-20T08:30:00Z');

describe('Page feed changes', () => {
  const base = {
    pageId: '101',
    postId: '101_555',
    commentId: '555_777',
    from: { id: '42', name: 'Karin Lund' },
    message: 'Hej!',
    createdAt: created,
    time: new Date('2026-11-20T09:00:00Z'),
  };

  it('maps a new comment with its post as thread and context', () => {
    const [event] = facebookEvents(entryOf(pageCommentDelivery(base)));
    expect(event).toMatchObject({
      platformId: '555_777',
      kind: 'comment',
      author: { platformId: '42', handle: 'Karin Lund', name: 'Karin Lund' },
      text: 'Hej!',
      threadPlatformId: '101_555',
      parentPlatformId: '101_555',
      occurredAt: created,
      threadContext: { platformId: '101_555', url: 'https://www.facebook.com/101_555' },
    });
    expect(event!.change).toBeUndefined();
  });

  it('maps a reply to a comment as a reply under the same post', () => {
    const [event] = facebookEvents(
      entryOf(pageCommentDelivery({ ...base, commentId: '555_778', parentId: '555_777' })),
    );
    expect(event).toMatchObject({ kind: 'reply', parentPlatformId: '555_777', threadPlatformId: '101_555' });
  });

  it('maps edited and remove to edits and deletions, at the entry time', () => {
    const [edit] = facebookEvents(entryOf(pageCommentDelivery({ ...base, verb: 'edited', message: 'Hej igen!' })));
    expect(edit).toMatchObject({ change: 'edited', text: 'Hej igen!', editedAt: base.time });
    const [removal] = facebookEvents(entryOf(pageCommentDelivery({ ...base, verb: 'remove' })));
    expect(removal).toMatchObject({ change: 'deleted', platformId: '555_777' });
  });

  it("maps a visitor's post on the Page as its own thread, and leaves out the Page's own posts", () => {
    const visitor = pageCommentDelivery({ ...base, item: 'status', postId: '101_999', message: 'Ni har glömt oss!' });
    expect(facebookEvents(entryOf(visitor))).toEqual([
      expect.objectContaining({
        platformId: '101_999',
        kind: 'comment',
        threadPlatformId: '101_999',
        text: 'Ni har glömt oss!',
        author: { platformId: '42', handle: 'Karin Lund', name: 'Karin Lund' },
      }),
    ]);
    const ours = pageCommentDelivery({ ...base, item: 'photo', from: { id: '101', name: 'Ekeby kommun' } });
    expect(facebookEvents(entryOf(ours))).toEqual([]);
  });

  it('leaves out our own comments, hide echoes, reactions and other fields', () => {
    expect(facebookEvents(entryOf(pageCommentDelivery({ ...base, from: { id: '101', name: 'Ekeby' } })))).toEqual([]);
    expect(facebookEvents(entryOf(pageCommentDelivery({ ...base, verb: 'hide' })))).toEqual([]);
    const reaction = pageCommentDelivery(base);
    const change = (reaction.entry as Array<{ changes: Array<{ field: string; value: Record<string, unknown> }> }>)[0]!
      .changes[0]!;
    change.value.item = 'reaction';
    expect(facebookEvents(entryOf(reaction))).toEqual([]);
    change.field = 'mention';
    change.value.item = 'comment';
    expect(facebookEvents(entryOf(reaction))).toEqual([]);
  });
});

describe('Instagram changes', () => {
  it('maps comments and replies under the media, leaving out the account itself', () => {
    const body = instagramCommentDelivery({
      igUserId: '900',
      mediaId: '3000',
      commentId: '4000',
      from: { id: '55', username: 'sara.b' },
      text: 'Fint!',
      time: created,
    });
    expect(instagramCommentEvents(entryOf(body))).toEqual([
      {
        platformId: '4000',
        kind: 'comment',
        author: { platformId: '55', handle: 'sara.b' },
        text: 'Fint!',
        parentPlatformId: '3000',
        threadPlatformId: '3000',
        occurredAt: created,
        raw: expect.objectContaining({ id: '4000' }),
      },
    ]);
    const reply = instagramCommentDelivery({
      igUserId: '900',
      mediaId: '3000',
      commentId: '4001',
      parentId: '4000',
      from: { id: '56', username: 'olle' },
      text: 'Ja!',
    });
    expect(instagramCommentEvents(entryOf(reply))[0]).toMatchObject({ kind: 'reply', parentPlatformId: '4000' });
    const own = instagramCommentDelivery({
      igUserId: '900',
      mediaId: '3000',
      commentId: '4002',
      from: { id: '900', username: 'ekeby.kommun' },
      text: 'Tack!',
    });
    expect(instagramCommentEvents(entryOf(own))).toEqual([]);
  });

  it('reads the ids of a mention in a comment or a caption', () => {
    expect(
      instagramMentions(entryOf(instagramMentionDelivery({ igUserId: '900', mediaId: '1', commentId: '2' }))),
    ).toEqual([{ media_id: '1', comment_id: '2' }]);
    expect(instagramMentions(entryOf(instagramMentionDelivery({ igUserId: '900', mediaId: '1' })))).toEqual([
      { media_id: '1' },
    ]);
  });
});

describe('graphTime', () => {
  it('reads unix seconds, milliseconds and Graph ISO dates', () => {
    const at = new Date('2026-11-24T05:10:00Z');
    expect(graphTime(at.getTime() / 1000)).toEqual(at);
    expect(graphTime(at.getTime())).toEqual(at);
    expect(graphTime('2026-11-24T05:10:00+0000')).toEqual(at);
    expect(graphTime(String(at.getTime() / 1000))).toEqual(at);
    const fallback = new Date(0);
    expect(graphTime('not a date', fallback)).toBe(fallback);
  });
});
