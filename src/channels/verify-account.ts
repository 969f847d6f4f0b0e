/**
 * Before credentials are stored (connect, reconnect): parse them with the adapter's schema, check
 * every server address an admin typed against private networks, and ask the network who we are.
 * Each failure is a 400 a person can act on.
 */
import type { AppContext } from '../app/context.js';
import { badRequest } from '../http/errors.js';
import { checkOutboundUrl, UnsafeUrlError } from '../shared/outbound-url.js';
import { ChannelError, type ChannelProfile } from './channel.js';

/** Credential fields that are server addresses Samtal will call. */
const URL_FIELDS = ['serviceUrl', 'instanceUrl'] as const;

const LABELS: Record<string, string> = {
  sandbox: 'the sandbox network',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  facebook: 'Facebook',
  instagram: 'Instagram',
};

export const kindLabel = (kind: string) => LABELS[kind] ?? kind;

export async function verifyAccount(
  deps: Pick<AppContext, 'channels' | 'config'>,
  account: {
    id: string;
    workspaceId: string;
    kind: string;
    /** Known on reconnect; empty on connect (the network tells us). */
    handle?: string;
    settings: Record<string, unknown>;
    credentials: Record<string, string> | undefined;
  },
): Promise<{ credentials: Record<string, string>; profile: ChannelProfile; label: string }> {
  const adapter = deps.channels.get(account.kind);
  const label = kindLabel(account.kind);
  let credentials = account.credentials ?? {};
  if (adapter.credentialsSchema) {
    const parsed = adapter.credentialsSchema.safeParse(credentials);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `credentials.${i.path.join('.') || '(all)'}: ${i.message}`);
      throw badRequest(`The ${label} credentials are not valid. ${issues.join('; ')}`, { issues });
    }
    credentials = parsed.data;
  } else if (Object.keys(credentials).length === 0) {
    throw badRequest(`A ${label} channel needs credentials.`);
  }
  for (const field of URL_FIELDS) {
    const raw = credentials[field];
    if (raw === undefined) continue;
    try {
      await checkOutboundUrl(raw, { allowPrivate: deps.config.allowPrivateUrls });
    } catch (error) {
      if (error instanceof UnsafeUrlError) throw badRequest(`credentials.${field}: ${error.message}`);
      throw error;
    }
  }
  let profile: ChannelProfile;
  try {
    profile = await adapter.testConnection({
      id: account.id,
      workspaceId: account.workspaceId,
      handle: account.handle ?? '',
      settings: account.settings,
      credentials,
    });
  } catch (error) {
    if (error instanceof ChannelError) throw badRequest(`Could not connect to ${label}: ${error.message}`);
    throw error;
  }
  if (!profile.platformId) throw badRequest(`Could not connect to ${label}: it did not say which account this is.`);
  return { credentials, profile, label };
}
