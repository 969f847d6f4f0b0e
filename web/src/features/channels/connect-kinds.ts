/**
 * What an admin types to connect each kind of network. The credential keys are the adapters'
 * `credentialsSchema` fields (API.md); labels and help come from i18n `channelSettings.field.<id>`.
 */
import type { ConnectKind } from './channels.types';

export interface CredentialField {
  /** Key in the request body's `credentials` (or `handle` for the sandbox). */
  key: string;
  /** i18n id under channelSettings.field. */
  id: string;
  type: 'text' | 'password' | 'url';
  required: boolean;
  placeholder?: string;
}

export interface KindForm {
  kind: ConnectKind;
  /** The sandbox takes a handle and hands out its own token; the others need credentials. */
  fields: CredentialField[];
  /** Where the admin gets the credentials (shown as a link under the help text). */
  helpUrl?: string;
}

export const KIND_FORMS: Record<ConnectKind, KindForm> = {
  sandbox: {
    kind: 'sandbox',
    fields: [{ key: 'handle', id: 'sandboxHandle', type: 'text', required: true, placeholder: 'ourtown' }],
  },
  bluesky: {
    kind: 'bluesky',
    fields: [
      { key: 'identifier', id: 'blueskyIdentifier', type: 'text', required: true, placeholder: 'ourtown.bsky.social' },
      {
        key: 'appPassword',
        id: 'blueskyAppPassword',
        type: 'password',
        required: true,
        placeholder: 'xxxx-xxxx-xxxx-xxxx',
      },
      { key: 'serviceUrl', id: 'blueskyServiceUrl', type: 'url', required: false, placeholder: 'https://bsky.social' },
    ],
    helpUrl: 'https://bsky.app/settings/app-passwords',
  },
  mastodon: {
    kind: 'mastodon',
    fields: [
      {
        key: 'instanceUrl',
        id: 'mastodonInstanceUrl',
        type: 'url',
        required: true,
        placeholder: 'https://mastodon.social',
      },
      { key: 'accessToken', id: 'mastodonAccessToken', type: 'password', required: true },
    ],
    helpUrl: 'https://docs.joinmastodon.org/client/token/',
  },
  facebook: {
    kind: 'facebook',
    fields: [
      { key: 'pageId', id: 'facebookPageId', type: 'text', required: true, placeholder: '104857392011234' },
      { key: 'pageAccessToken', id: 'facebookPageAccessToken', type: 'password', required: true },
    ],
    helpUrl: 'https://developers.facebook.com/docs/pages-api/getting-started',
  },
  instagram: {
    kind: 'instagram',
    fields: [
      { key: 'igUserId', id: 'instagramUserId', type: 'text', required: true, placeholder: '17841400000000000' },
      { key: 'pageAccessToken', id: 'instagramPageAccessToken', type: 'password', required: true },
    ],
    helpUrl: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/getting-started',
  },
};

/** The fields that go into `credentials` (everything but the sandbox handle), empty optional ones left out. */
export function credentialsOf(kind: ConnectKind, values: Record<string, string>): Record<string, string> | undefined {
  if (kind === 'sandbox') return undefined;
  const out: Record<string, string> = {};
  for (const field of KIND_FORMS[kind].fields) {
    const value = (values[field.key] ?? '').trim();
    if (value) out[field.key] = value;
  }
  return out;
}

/** The first required field left empty, if any. */
export function missingField(kind: ConnectKind, values: Record<string, string>): CredentialField | null {
  return KIND_FORMS[kind].fields.find((f) => f.required && !(values[f.key] ?? '').trim()) ?? null;
}

/**
 * The server names the field it rejects: in validation details (`body.credentials.appPassword`), as
 * `credentials.<field>` in its message ("The Bluesky credentials are not valid. credentials.appPassword:
 * …"), or at its start ("handle may only contain …"). Returns that field's key, so the message can sit
 * under the field. A network's answer ("Could not connect to Bluesky: Invalid identifier or password")
 * is about the whole form, not one field.
 */
export function fieldOfError(kind: ConnectKind, message: string, details?: unknown): string | null {
  const listed = Array.isArray(details) ? details : ((details as { issues?: unknown } | null)?.issues ?? []);
  const named = (Array.isArray(listed) ? listed : []).map((d) =>
    String(typeof d === 'string' ? d.split(':')[0] : ((d as { field?: unknown })?.field ?? ''))
      .split('.')
      .pop(),
  );
  for (const field of KIND_FORMS[kind].fields) {
    if (named.includes(field.key)) return field.key;
    if (new RegExp(`(?:^|\\bcredentials\\.)${field.key}\\b`).test(message)) return field.key;
  }
  return null;
}
