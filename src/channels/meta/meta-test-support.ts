/** Test helpers: a connected Facebook/Instagram channel with its external id, without the connect route. */
import { makeWorkspace } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import * as channels from '../channels.repository.js';

export const APP_SECRET = 'meta-test-app-secret-0123456789';
export const VERIFY_TOKEN = 'meta-verify-token-abcdef';

export function metaEnv(graphUrl?: string): Record<string, string> {
  return {
    SAMTAL_META_APP_SECRET: APP_SECRET,
    SAMTAL_META_VERIFY_TOKEN: VERIFY_TOKEN,
    ...(graphUrl ? { SAMTAL_META_GRAPH_URL: graphUrl } : {}),
  };
}

export async function makeMetaChannel(
  t: TestApp,
  kind: 'facebook' | 'instagram',
  externalId: string,
  token: string,
  workspaceId?: string,
) {
  const ws = workspaceId ?? (await makeWorkspace(t.db)).id;
  const credentials =
    kind === 'facebook'
      ? { pageId: externalId, pageAccessToken: token }
      : { igUserId: externalId, pageAccessToken: token };
  const row = await channels.insertChannel(t.db, {
    workspaceId: ws,
    kind,
    name: kind === 'facebook' ? 'Ekeby kommun (Facebook)' : 'Ekeby kommun (Instagram)',
    handle: kind === 'facebook' ? 'ekebykommun' : 'ekeby.kommun',
    settings: {},
    credentialsEncrypted: t.ctx.secrets.seal(JSON.stringify(credentials)),
  });
  // The connect route sets this from testConnection's platformId; here we set it directly.
  await t.db.updateTable('channels').set({ external_id: externalId }).where('id', '=', row.id).execute();
  return { ...row, external_id: externalId, workspaceId: ws };
}

export const uniqueId = () => String(Date.now()) + String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
