/**
 * Follow requests on the sandbox network, so the desk's vetting flow can be tried without a locked
 * Mastodon account: the same few people ask every sandbox channel (seeded by the channel), one of
 * them a typical spam account, and a request disappears once it was authorised or rejected.
 */
import type { Executor } from '../../db/database.js';
import { createRng } from '../../shared/random.js';
import type { ChannelAccount, FollowRequest } from '../channel.js';
import { NAMES, SPAM_HANDLES } from './phrases/names.js';
import * as repo from './sandbox.repository.js';
import { seedFrom } from './sandbox-traffic.js';

const PEOPLE = 4;

export async function listSandboxFollowRequests(
  db: Executor,
  account: ChannelAccount,
  limit: number,
): Promise<FollowRequest[]> {
  const decided = new Set(
    (await repo.listRecordedActions(db, account.id))
      .filter((a) => a.action === 'authorizeFollow' || a.action === 'rejectFollow')
      .map((a) => a.target_id),
  );
  return requestersOf(account.handle)
    .filter((r) => !decided.has(r.platformId))
    .slice(0, limit);
}

/** Deterministic per handle: the list looks the same on every poll and in every test run. */
export function requestersOf(handle: string): FollowRequest[] {
  const rng = createRng(seedFrom(`${handle}:follow-requests`));
  const languages = ['sv', 'nl', 'en'] as const;
  const people: FollowRequest[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const pool = NAMES[languages[i % languages.length]!];
    const first = pool.first[Math.floor(rng() * pool.first.length)]!;
    const last = pool.last[Math.floor(rng() * pool.last.length)]!;
    const userHandle = `${first}.${last}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-zA-Z0-9.]/g, '')
      .toLowerCase();
    people.push({
      platformId: `u-${seedFrom(userHandle).toString(36)}`,
      handle: userHandle,
      displayName: `${first} ${last}`,
      bio: i === 0 ? 'Bor i kommunen. Intresserad av lokala nyheter.' : undefined,
      followers: 20 + Math.floor(rng() * 400),
      following: 50 + Math.floor(rng() * 300),
      posts: 10 + Math.floor(rng() * 900),
      createdAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(rng() * 300) * 86_400_000),
    });
  }
  // The kind of account a team should think twice about: no posts, following thousands.
  const spam = SPAM_HANDLES[Math.floor(rng() * SPAM_HANDLES.length)]!;
  people.push({
    platformId: `u-${seedFrom(spam).toString(36)}`,
    handle: spam,
    displayName: spam,
    followers: 3,
    following: 4_800 + Math.floor(rng() * 2000),
    posts: 0,
  });
  return people;
}
