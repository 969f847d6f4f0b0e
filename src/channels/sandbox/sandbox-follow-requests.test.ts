import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { makeSandboxChannel, waitFor } from '../channel-fixtures.js';
import { performAction } from '../perform-action.js';
import { requestersOf } from './sandbox-follow-requests.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('follow requests on the sandbox network', () => {
  it('are the same people on every call, with one spam-like account to vet', () => {
    const first = requestersOf('ekebykommun');
    expect(requestersOf('ekebykommun')).toEqual(first);
    expect(first).toHaveLength(5);
    expect(new Set(first.map((r) => r.platformId)).size).toBe(5);
    expect(first.filter((r) => r.posts === 0 && (r.following ?? 0) > 4000)).toHaveLength(1);
    expect(requestersOf('vandijkfietsen')).not.toEqual(first);
  });

  it('disappear once authorised or rejected through the desk', async () => {
    const f = await makeSandboxChannel(t);
    const listed = (await f.as.moderator.get(`${f.url}/follow-requests`)).json().requests as Array<{
      platformId: string;
    }>;
    expect(listed).toHaveLength(5);
    const [yes, no] = [listed[0]!.platformId, listed[4]!.platformId];
    for (const [kind, target] of [
      ['authorizeFollow', yes],
      ['rejectFollow', no],
    ] as const) {
      const res = await f.as.moderator.post(`${f.url}/actions`, { kind, targetPlatformId: target });
      expect(res.statusCode).toBe(202);
      await performAction(t.ctx, res.json().action.id, { attempt: 1, maxAttempts: 5 });
    }
    const left = await waitFor(async () => {
      const requests = (await f.as.moderator.get(`${f.url}/follow-requests`)).json().requests as Array<{
        platformId: string;
      }>;
      return requests.length === 3 ? requests : null;
    });
    expect(left.map((r) => r.platformId)).not.toContain(yes);
    expect(left.map((r) => r.platformId)).not.toContain(no);
  });
});
