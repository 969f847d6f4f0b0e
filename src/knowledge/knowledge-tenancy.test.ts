/** Another workspace's saved replies and articles are out of reach: 404, and nothing changes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeConversation } from './knowledge.test-fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('knowledge across workspaces', () => {
  it("answers 404 to an admin of A for B's saved replies and articles through A's routes, changing nothing", async () => {
    const a = await makeWorkspace(t.db);
    const b = await makeWorkspace(t.db);
    const asA = await t.login((await makeMember(t.db, a.id, ['admin'])).email);
    const asB = await t.login((await makeMember(t.db, b.id, ['admin'])).email);
    const reply = (
      await asB.post(`/api/workspaces/${b.id}/saved-replies`, { title: 'B', language: 'sv', body: 'Hej' })
    ).json().savedReply;
    const article = (
      await asB.post(`/api/workspaces/${b.id}/faq`, { slug: 'b', language: 'sv', question: 'B?', answer: 'B.' })
    ).json().article;
    const conversation = await makeConversation(t.db, a.id);

    const inA = `/api/workspaces/${a.id}`;
    const attempts = [
      await asA.patch(`${inA}/saved-replies/${reply.id}`, { title: 'Taken' }),
      await asA.post(`${inA}/saved-replies/${reply.id}/render`, { conversationId: conversation.id }),
      await asA.delete(`${inA}/saved-replies/${reply.id}`),
      await asA.patch(`${inA}/faq/${article.id}`, { published: false }),
      await asA.delete(`${inA}/faq/${article.id}`),
    ];
    expect(attempts.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404]);
    expect((await asA.get(`${inA}/saved-replies`)).json().savedReplies).toEqual([]);
    expect((await asA.get(`${inA}/faq`)).json().articles).toEqual([]);
    expect((await asB.get(`/api/workspaces/${b.id}/saved-replies`)).json().savedReplies).toEqual([reply]);
    expect((await asB.get(`/api/workspaces/${b.id}/faq`)).json().articles).toEqual([article]);
  });
});
