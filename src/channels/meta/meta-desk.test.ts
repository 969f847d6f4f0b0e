/** Facebook through the desk: connect with a Page token, a signed webhook delivery, the inbox, a reply on the Page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember, makeWorkspace } from '../../test-support/factories.js';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { pendingJobs } from '../channel-fixtures.js';
import { performAction } from '../perform-action.js';
import { FakeGraphServer } from './fake-graph-server.js';
import { pageCommentDelivery, signDelivery } from './fixtures/meta-fixtures.js';
import { APP_SECRET, metaEnv, uniqueId } from './meta-test-support.js';
import { processMetaDelivery } from './process-meta-delivery.js';

let t: TestApp;
let graph: FakeGraphServer;
beforeAll(async () => {
  graph = await new FakeGraphServer().start();
  t = await createTestApp({ env: metaEnv(graph.url) });
});
afterAll(async () => {
  await t?.close();
  await graph?.close();
});

async function workspace() {
  const ws = await makeWorkspace(t.db);
  const admin = await t.login((await makeMember(t.db, ws.id, ['admin'])).email);
  const responder = await t.login((await makeMember(t.db, ws.id, ['responder'])).email);
  return { id: ws.id, admin, responder };
}

const connect = (as: TestClient, workspaceId: string, credentials: Record<string, string>) =>
  as.post(`/api/workspaces/${workspaceId}/channels`, { kind: 'facebook', name: 'Ekeby på Facebook', credentials });

describe('a Facebook Page through the desk', () => {
  it('connects with a Page token, takes a webhook comment into the inbox and answers it on the Page', async () => {
    const pageId = uniqueId();
    const token = `EAAdesk${uniqueId()}`;
    graph.addPage(pageId, { name: 'Ekeby kommun', username: 'ekebykommun', followers_count: 900 }, token);
    const postId = `${pageId}_${uniqueId()}`;
    graph.addPost(pageId, postId, 'Badhuset stänger för renovering.');
    const ws = await workspace();

    const refused = await connect(ws.admin, ws.id, { pageId, pageAccessToken: 'EAA-not-a-valid-token-at-all' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/Could not connect to Facebook: .*access token/);

    const res = await connect(ws.admin, ws.id, { pageId, pageAccessToken: token });
    expect(res.statusCode, res.body).toBe(201);
    const channel = res.json();
    expect(channel).toMatchObject({ kind: 'facebook', externalId: pageId, handle: 'ekebykommun' });
    expect(JSON.stringify(channel)).not.toContain(token);

    const elsewhere = await workspace();
    expect((await connect(elsewhere.admin, elsewhere.id, { pageId, pageAccessToken: token })).statusCode).toBe(409);

    const commentId = `${postId.split('_')[1]}_${uniqueId()}`;
    const from = { id: uniqueId(), name: 'Karin Lund' };
    graph.addComment({
      id: commentId,
      parentObjectId: postId,
      message: 'När öppnar det igen?',
      from,
      createdAt: new Date(),
    });
    const { payload, headers } = signDelivery(
      pageCommentDelivery({ pageId, postId, commentId, from, message: 'När öppnar det igen?' }),
      APP_SECRET,
    );
    const delivered = await t.app.inject({ method: 'POST', url: '/api/webhooks/meta', payload, headers });
    expect(delivered.statusCode).toBe(200);
    const job = (await pendingJobs(t)).filter((j) => j.task_identifier === 'meta.process-delivery').at(-1)!;
    await processMetaDelivery(t.ctx, (job.payload as { deliveryId: string }).deliveryId);

    const list = await ws.responder.get(`/api/workspaces/${ws.id}/conversations?view=all&limit=10`);
    expect(list.statusCode, list.body).toBe(200);
    const conversations = list.json().conversations as Array<{ id: string; channelId: string }>;
    expect(conversations).toHaveLength(1);
    expect(conversations[0]!.channelId).toBe(channel.id);

    const reply = await ws.responder.post(`/api/workspaces/${ws.id}/conversations/${conversations[0]!.id}/replies`, {
      text: 'Hej Karin! Vi öppnar igen den 1 mars.',
    });
    expect(reply.statusCode, reply.body).toBeLessThan(300);
    const send = (await pendingJobs(t)).filter((j) => j.task_identifier === 'channels.perform-action').at(-1)!;
    await performAction(t.ctx, (send.payload as { actionId: string }).actionId, { attempt: 1, maxAttempts: 5 });
    const answers = [...graph.comments.values()].filter((c) => c.parentCommentId === commentId);
    expect(answers.map((c) => [c.message, c.from.id])).toEqual([['Hej Karin! Vi öppnar igen den 1 mars.', pageId]]);
  });
});
