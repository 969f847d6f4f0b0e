/**
 * The fake Mastodon server (src/channels/mastodon/fake-mastodon-server.ts, written from the Mastodon
 * API documentation) for browser tests. It is loaded by path because its form parsing iterates
 * Node's FormData, which the e2e typecheck's DOM library does not describe; this interface names
 * what the browser tests use.
 */
export interface FakeAccount {
  id: string;
}

export interface FakeMastodonServer {
  url: string;
  token: string;
  me: FakeAccount & { followers_count: number };
  followRequests: FakeAccount[];
  account(username: string, options?: { remoteHost?: string; displayName?: string }): FakeAccount;
  requestFollow(from: FakeAccount): void;
  /** A status of ours. */
  post(text: string): { id: string };
  /** `from` mentions us, here in reply to one of our statuses. */
  mention(from: FakeAccount, text: string, options?: { inReplyTo?: { id: string } }): unknown;
  calls(method: string, path: RegExp): unknown[];
  close(): Promise<void>;
}

const FAKE_SERVER = '../../src/channels/mastodon/fake-mastodon-server.js';

export async function startFakeMastodonServer(options: { locked?: boolean } = {}): Promise<FakeMastodonServer> {
  const { startFakeMastodon } = (await import(/* @vite-ignore */ FAKE_SERVER)) as {
    startFakeMastodon: (o: { locked?: boolean }) => Promise<FakeMastodonServer>;
  };
  return startFakeMastodon(options);
}
