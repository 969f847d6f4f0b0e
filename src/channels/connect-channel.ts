/**
 * Connects an account on a network. Credentials are sealed (AES-256-GCM) before they touch the
 * database and never leave it again. A real network is asked who we are first (a wrong password
 * never becomes a channel), and the account may be connected once. The channel, its first profile
 * snapshot and its first sync — for the sandbox, its traffic generator — are written in one
 * transaction, so a channel never exists without its polling.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { AppContext } from '../app/context.js';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import type { Executor } from '../db/database.js';
import { badRequest, conflict } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import { enqueueSync } from './channel.jobs.js';
import { insertProfileSnapshot } from './channel-profile.js';
import { verifyAccount } from './verify-account.js';
import * as repo from './channels.repository.js';
import { enqueueSandboxGenerator } from './sandbox/sandbox.jobs.js';
import { inTransaction } from './transaction.js';

export interface ConnectChannelInput {
  kind: string;
  name: string;
  /** The sandbox's made-up account; real networks say who we are themselves. */
  handle?: string;
  settings?: Record<string, unknown>;
  credentials?: Record<string, string>;
}

export type ConnectDeps = Pick<AppContext, 'db' | 'secrets' | 'channels' | 'config'>;

export async function connectChannel(
  deps: ConnectDeps,
  workspaceId: string,
  actor: AuditActor,
  input: ConnectChannelInput,
  executor: Executor = deps.db,
) {
  if (!deps.channels.kinds().includes(input.kind as never))
    throw badRequest(`Samtal cannot connect "${input.kind}" channels.`);
  const settings = withoutNulls(input.settings ?? {});
  if (input.kind === 'sandbox') {
    if (!input.handle) throw badRequest('handle: is required for a sandbox channel.');
    const credentials = input.credentials ?? newSandboxCredentials();
    return insertConnected(deps, executor, workspaceId, actor, {
      id: randomUUID(),
      kind: 'sandbox',
      name: input.name,
      handle: input.handle,
      settings,
      credentials,
      externalId: null,
      profile: null,
    });
  }

  const id = randomUUID();
  const verified = await verifyAccount(deps, {
    id,
    workspaceId,
    kind: input.kind,
    settings,
    credentials: input.credentials,
  });
  if (await repo.findConnectedByExternalId(deps.db, input.kind, verified.profile.platformId)) {
    throw alreadyConnected(verified.label, verified.profile.handle);
  }
  try {
    return await insertConnected(deps, executor, workspaceId, actor, {
      id,
      kind: input.kind,
      name: input.name,
      handle: verified.profile.handle,
      settings,
      credentials: verified.credentials,
      externalId: verified.profile.platformId,
      profile: verified.profile,
    });
  } catch (error) {
    // Two admins connecting the same account at once: the unique index decides.
    if ((error as { code?: string }).code === '23505') throw alreadyConnected(verified.label, verified.profile.handle);
    throw error;
  }
}

const alreadyConnected = (label: string, handle: string) =>
  conflict(`The ${label} account ${handle} is already connected to Samtal.`);

async function insertConnected(
  deps: ConnectDeps,
  executor: Executor,
  workspaceId: string,
  actor: AuditActor,
  row: {
    id: string;
    kind: string;
    name: string;
    handle: string;
    settings: Record<string, unknown>;
    credentials: Record<string, string>;
    externalId: string | null;
    profile: Awaited<ReturnType<typeof verifyAccount>>['profile'] | null;
  },
) {
  return inTransaction(executor, async (trx) => {
    const channel = await repo.insertChannel(trx, {
      id: row.id,
      workspaceId,
      kind: row.kind,
      name: row.name,
      handle: row.handle,
      settings: row.settings,
      credentialsEncrypted: deps.secrets.seal(JSON.stringify(row.credentials)),
      externalId: row.externalId,
    });
    if (row.profile) await insertProfileSnapshot(trx, channel, row.profile);
    const target = { workspaceId, channelId: channel.id };
    await enqueueSync(trx, target);
    if (channel.kind === 'sandbox') await enqueueSandboxGenerator(trx, target);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'channel.connected',
      subject: { type: 'channel', id: channel.id },
      data: { kind: channel.kind, name: channel.name, handle: channel.handle, externalId: channel.external_id },
    });
    await publishLive(trx, { workspaceId, type: 'channel.updated', subjectId: channel.id });
    return channel;
  });
}

/** A null setting means "switch off": it is removed rather than stored. */
export function withoutNulls(settings: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== null && v !== undefined));
}

/** The sandbox hands out its own access token, on connect and on reconnect. */
export function newSandboxCredentials(): Record<string, string> {
  return { token: `sbx_${randomBytes(24).toString('base64url')}` };
}
