/** The webhook path through a real graphile-worker: acknowledged at once, processed from the queue. */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allJobs } from '../../jobs/registry.js';
import { startWorker, type WorkerService } from '../../jobs/worker.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { waitFor } from '../channel-fixtures.js';
import { FakeGraphServer } from './fake-graph-server.js';
import { instagramMentionDelivery, pageCommentDelivery, signDelivery } from './fixtures/meta-fixtures.js';
import { APP_SECRET, makeMetaChannel, metaEnv, uniqueId } from './meta-test-support.js';

let t: TestApp;
let graph: FakeGraphServer;
let worker: WorkerService;
beforeAll(async () => {
  graph = await new FakeGraphServer().start();
  t = await createTestApp({ env: metaEnv(graph.url) });
  worker = await startWorker({
    database: t.database,
    jobs: allJobs,
    deps: t.ctx,
    concurrency: 2,
    log: pino({ level: 'silent' }),
    pollInterval: 200,
  });
});
afterAll(async () => {
  await worker?.stop();
  await t?.close();
  await graph?.close();
});

const send = (body: Record<string, unknown>) => {
  const { payload, headers } = signDelivery(body, APP_SECRET);
  return t.app.inject({ method: 'POST', url: '/api/webhooks/meta', payload, headers });
};
const item = (channelId: string, platformId: string) =>
  t.db
    .selectFrom('items')
    .select(['text', 'kind'])
    .where('channel_id', '=', channelId)
    .where('platform_id', '=', platformId)
    .executeTakeFirst();

describe('Meta webhook deliveries through the job queue', () => {
  it('stores a Page comment and an Instagram mention once the worker has run meta.process-delivery', async () => {
    const pageId = uniqueId();
    const page = await makeMetaChannel(t, 'facebook', pageId, `EAAworker${uniqueId()}`);
    const commentId = `${uniqueId()}_${uniqueId()}`;
    const res = await send(
      pageCommentDelivery({
        pageId,
        postId: `${pageId}_${uniqueId()}`,
        commentId,
        from: { id: uniqueId(), name: 'Per Holm' },
        message: 'Tack för snabb hjälp!',
      }),
    );
    expect(res.statusCode).toBe(200);

    const igUserId = uniqueId();
    const token = `EAAworkerig${uniqueId()}`;
    graph.addIgUser(igUserId, { username: 'ekeby.kommun' }, token);
    const ig = await makeMetaChannel(t, 'instagram', igUserId, token);
    const media = uniqueId();
    graph.addPost(uniqueId(), media, 'Vilken utsikt @ekeby.kommun');
    expect((await send(instagramMentionDelivery({ igUserId, mediaId: media }))).statusCode).toBe(200);

    // Generous deadlines: CI runs this beside other suites on two cores.
    expect(await waitFor(() => item(page.id, commentId), 60_000)).toEqual({
      text: 'Tack för snabb hjälp!',
      kind: 'comment',
    });
    expect(await waitFor(() => item(ig.id, media), 60_000)).toEqual({
      text: 'Vilken utsikt @ekeby.kommun',
      kind: 'mention',
    });
    const states = await t.db.selectFrom('meta_webhook_deliveries').select('status').execute();
    expect(states.map((s) => s.status)).toEqual(['processed', 'processed']);
  });
});
