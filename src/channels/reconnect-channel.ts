/**
 * New credentials for a connected channel (a revoked or expired token): checked like a connect, and
 * they must be for the same account. The channel is healthy again and polls at once from its stored
 * cursor, so what arrived during the outage comes in without gaps.
 */
import type { AppContext } from '../app/context.js';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import { enqueueSync } from './channel.jobs.js';
import { setChannelHealth } from './channel-health.js';
import { insertProfileSnapshot } from './channel-profile.js';
import * as repo from './channels.repository.js';
import { newSandboxCredentials } from './connect-channel.js';
import { verifyAccount } from './verify-account.js';

export async function reconnectChannel(
  deps: Pick<AppContext, 'db' | 'secrets' | 'channels' | 'config'>,
  workspaceId: string,
  channelId: string,
  actor: AuditActor,
  input: { credentials?: Record<string, string> },
) {
  const channel = await repo.findChannel(deps.db, workspaceId, channelId);
  if (!channel) throw notFound('The channel');
  if (channel.disconnected_at) throw conflict('This channel is disconnected; connect the account again instead.');
  const credentials = input.credentials ?? (channel.kind === 'sandbox' ? newSandboxCredentials() : null);
  if (!credentials)
    throw badRequest('New credentials are needed to reconnect.', [
      { field: 'body.credentials', message: 'is required' },
    ]);
  const verified = await verifyAccount(deps, {
    id: channel.id,
    workspaceId,
    kind: channel.kind,
    handle: channel.handle,
    settings: (channel.settings ?? {}) as Record<string, unknown>,
    credentials,
  });
  const { profile } = verified;
  if (channel.external_id && profile.platformId !== channel.external_id) {
    throw badRequest(
      `These credentials are for ${verified.label} account ${profile.handle}, not for ${channel.handle}, the account this channel is connected to. Connect it as a new channel instead.`,
    );
  }
  const isSandbox = channel.kind === 'sandbox'; // made-up accounts: no network id to keep unique

  const reconnect = deps.db.transaction().execute(async (trx) => {
    const updated = await repo.replaceCredentials(trx, channel.id, {
      credentialsEncrypted: deps.secrets.seal(JSON.stringify(verified.credentials)),
      handle: isSandbox ? channel.handle : profile.handle,
      externalId: isSandbox ? channel.external_id : profile.platformId,
    });
    if (!updated) throw conflict('This channel is disconnected; connect the account again instead.');
    await setChannelHealth(trx, channel, 'healthy', null);
    await insertProfileSnapshot(trx, channel, profile);
    await enqueueSync(trx, { workspaceId, channelId: channel.id }); // now, from the stored cursor
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'channel.reconnected',
      subject: { type: 'channel', id: channel.id },
      data: { kind: channel.kind, handle: updated.handle, externalId: updated.external_id },
    });
    await publishLive(trx, { workspaceId, type: 'channel.updated', subjectId: channel.id });
    return updated;
  });
  return reconnect.catch((error: { code?: string }) => {
    // A channel connected before accounts were tracked, whose account is now connected elsewhere.
    if (error.code === '23505')
      throw conflict(`The ${verified.label} account ${profile.handle} is already connected to Samtal.`);
    throw error;
  });
}
