/**
 * Connects an account on a network. Credentials are sealed (AES-256-GCM) before they touch the
 * database and never leave it again. The first sync — and for the sandbox, its traffic generator —
 * is enqueued in the same transaction, so a channel never exists without its polling.
 */
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../app/context.js';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import type { Executor } from '../db/database.js';
import { badRequest } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import { enqueueSync } from './channel.jobs.js';
import * as repo from './channels.repository.js';
import { enqueueSandboxGenerator } from './sandbox/sandbox.jobs.js';
import { inTransaction } from './transaction.js';

export interface ConnectChannelInput {
  kind: string;
  name: string;
  handle: string;
  settings?: Record<string, unknown>;
  credentials?: Record<string, string>;
}

export async function connectChannel(
  deps: Pick<AppContext, 'db' | 'secrets' | 'channels'>,
  workspaceId: string,
  actor: AuditActor,
  input: ConnectChannelInput,
  executor: Executor = deps.db,
) {
  if (!deps.channels.kinds().includes(input.kind as never))
    throw badRequest(`Samtal cannot connect "${input.kind}" channels.`);
  const credentials = input.credentials ?? defaultCredentials(input.kind);
  if (!credentials) throw badRequest('This channel type needs credentials.');
  const settings = withoutNulls(input.settings ?? {});

  return inTransaction(executor, async (trx) => {
    const channel = await repo.insertChannel(trx, {
      workspaceId,
      kind: input.kind,
      name: input.name,
      handle: input.handle,
      settings,
      credentialsEncrypted: deps.secrets.seal(JSON.stringify(credentials)),
    });
    const target = { workspaceId, channelId: channel.id };
    await enqueueSync(trx, target);
    if (channel.kind === 'sandbox') await enqueueSandboxGenerator(trx, target);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'channel.connected',
      subject: { type: 'channel', id: channel.id },
      data: { kind: channel.kind, name: channel.name, handle: channel.handle },
    });
    await publishLive(trx, { workspaceId, type: 'channel.updated', subjectId: channel.id });
    return channel;
  });
}

/** The sandbox hands out its own token; real networks will get theirs from an OAuth flow. */
function defaultCredentials(kind: string): Record<string, string> | null {
  return kind === 'sandbox' ? { token: `sbx_${randomBytes(24).toString('base64url')}` } : null;
}

/** A null setting means "switch off": it is removed rather than stored. */
export function withoutNulls(settings: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== null && v !== undefined));
}
