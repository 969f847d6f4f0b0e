/**
 * The sandbox network: a simulated social network that lives inside Samtal's database. Its feed
 * (sandbox_feed, ordered by seq) is what the adapter polls with a cursor; sandbox_actions is what
 * the network saw us do. Every append to a channel's feed holds that channel's generator lock, so
 * seq order equals commit order per channel and a cursor never skips a late-committing row.
 */
import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/database.js';
import { inTransaction } from '../transaction.js';
import * as repo from './sandbox.repository.js';
import {
  generateTraffic,
  type SandboxEventPayload,
  type TrafficContext,
  type TrafficLanguage,
} from './sandbox-traffic.js';

/** Channel settings the sandbox understands. `failNext` and `unhealthy` simulate trouble. */
export interface SandboxSettings {
  ratePerMinute?: number;
  languages?: TrafficLanguage[];
  /** The next action fails once: 'retryable' (e.g. a timeout) or 'permanent' (e.g. refused). */
  failNext?: 'retryable' | 'permanent';
  /** The access token counts as revoked: every call fails until this is switched off. */
  unhealthy?: boolean;
  /** A slow network: every action answers after this many ms (after it is recorded), for crash tests. */
  delayMs?: number;
}

/** Longest window a single generator run makes up for, so a worker that was down does not flood the desk. */
const MAX_CATCH_UP_MS = 2 * 60_000;
const MAX_BATCH = 200;

export type SandboxEventInput = Partial<SandboxEventPayload> & { text: string };

export interface FeedPage {
  events: Array<SandboxEventPayload & { seq: string }>;
  cursor: string | null;
  hasMore: boolean;
}

export async function readFeedPage(
  db: Executor,
  channelId: string,
  cursor: string | null,
  limit: number,
): Promise<FeedPage> {
  const rows = await repo.readFeed(db, channelId, cursor, limit + 1);
  const page = rows.slice(0, limit);
  return {
    events: page.map((r) => ({ ...(r.payload as SandboxEventPayload), seq: r.seq })),
    cursor: page.length ? page[page.length - 1]!.seq : cursor,
    hasMore: rows.length > limit,
  };
}

/** Puts specific events on a channel's feed (tests, demo backfill). Missing fields get defaults. */
export function injectSandboxEvents(
  db: Executor,
  target: { workspaceId: string; channelId: string },
  inputs: SandboxEventInput[],
) {
  const events: SandboxEventPayload[] = inputs.map((e) => ({
    kind: 'comment',
    author: { platformId: 'u-sandbox-tester', handle: 'sandbox.tester', name: 'Sandbox Tester' },
    occurredAt: new Date().toISOString(),
    ...e,
    platformId: e.platformId ?? `sbx-inj-${randomUUID()}`,
  }));
  return inTransaction(db, async (trx) => {
    await repo.lockGenerator(trx, target.channelId);
    await repo.appendFeed(trx, target.workspaceId, target.channelId, events);
    return events;
  });
}

export function injectSandboxEvent(
  db: Executor,
  target: { workspaceId: string; channelId: string },
  input: SandboxEventInput,
) {
  return injectSandboxEvents(db, target, [input]).then((events) => events[0]!);
}

/** What kind of organisation the traffic is written to, and in which languages. */
export function trafficProfile(target: { country: string; default_language: string; settings: unknown }): {
  context: TrafficContext;
  languages: TrafficLanguage[];
} {
  const settings = (target.settings ?? {}) as SandboxSettings;
  const context: TrafficContext = ['SE', 'FI', 'DK', 'NO'].includes(target.country) ? 'municipality' : 'company';
  const home = (
    ['sv', 'nl', 'en'].includes(target.default_language) ? target.default_language : 'en'
  ) as TrafficLanguage;
  const languages = settings.languages?.length ? settings.languages : [...new Set<TrafficLanguage>([home, 'en'])];
  return { context, languages };
}

export interface GenerateResult {
  appended: number;
  /** False when the channel is gone, disconnected or its rate is 0: the generator should stop. */
  active: boolean;
}

/**
 * Appends the events a channel "received" since the last run, at its rate per minute (fractions
 * carry over to the next run). The first run only starts the clock.
 */
export function generateForElapsedTime(
  db: Executor,
  channelId: string,
  options: { defaultRatePerMinute: number; now?: Date },
): Promise<GenerateResult> {
  const now = options.now ?? new Date();
  return inTransaction(db, async (trx) => {
    await repo.lockGenerator(trx, channelId);
    const target = await repo.findGeneratorTarget(trx, channelId);
    if (!target || target.kind !== 'sandbox' || target.disconnected_at) return { appended: 0, active: false };
    const rate = (target.settings as SandboxSettings).ratePerMinute ?? options.defaultRatePerMinute;
    const state = await repo.findGeneratorState(trx, channelId);
    const emitted = Number(state?.emitted ?? 0);
    if (!state || rate <= 0) {
      await repo.saveGeneratorState(trx, { channelId, generatedUntil: now, carry: 0, emitted });
      return { appended: 0, active: rate > 0 };
    }
    const from = new Date(Math.max(state.generated_until.getTime(), now.getTime() - MAX_CATCH_UP_MS));
    const exact = (Math.max(0, now.getTime() - from.getTime()) / 60_000) * rate + state.carry;
    const count = Math.min(Math.floor(exact + 1e-9), MAX_BATCH); // 0.4 + 0.6 is one event, not 0.9999…
    const carry = count === MAX_BATCH ? 0 : Math.max(0, exact - count);
    const events = generateTraffic({
      seed: channelId,
      startIndex: emitted,
      count,
      ourHandle: target.handle,
      ...trafficProfile(target),
      from,
      to: now,
      recentPlatformIds: await repo.recentFeedPlatformIds(trx, channelId, 20),
    });
    await repo.appendFeed(trx, target.workspace_id, channelId, events);
    await repo.saveGeneratorState(trx, { channelId, generatedUntil: now, carry, emitted: emitted + count });
    return { appended: count, active: true };
  });
}

/** A burst of traffic spread over a past window, so a new (demo) channel looks alive at once. */
export function backfillSandbox(
  db: Executor,
  channelId: string,
  options: { count: number; from: Date; to: Date },
): Promise<number> {
  return inTransaction(db, async (trx) => {
    await repo.lockGenerator(trx, channelId);
    const target = await repo.findGeneratorTarget(trx, channelId);
    if (!target || target.kind !== 'sandbox') return 0;
    const state = await repo.findGeneratorState(trx, channelId);
    const emitted = Number(state?.emitted ?? 0);
    const events = generateTraffic({
      seed: channelId,
      startIndex: emitted,
      count: options.count,
      ourHandle: target.handle,
      ...trafficProfile(target),
      from: options.from,
      to: options.to,
      recentPlatformIds: await repo.recentFeedPlatformIds(trx, channelId, 20),
    });
    await repo.appendFeed(trx, target.workspace_id, channelId, events);
    const until = state && state.generated_until > options.to ? state.generated_until : options.to;
    await repo.saveGeneratorState(trx, {
      channelId,
      generatedUntil: until,
      carry: state?.carry ?? 0,
      emitted: emitted + events.length,
    });
    return events.length;
  });
}
