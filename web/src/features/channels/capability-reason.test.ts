import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBlueskyAdapter } from '../../../../src/channels/bluesky/bluesky.adapter';
import type { ChannelAccount, ChannelAdapter } from '../../../../src/channels/channel';
import { createMastodonAdapter } from '../../../../src/channels/mastodon/mastodon.adapter';
import { createFacebookAdapter } from '../../../../src/channels/meta/facebook.adapter';
import { createInstagramAdapter } from '../../../../src/channels/meta/instagram.adapter';
import { createSandboxAdapter } from '../../../../src/channels/sandbox/sandbox.adapter';
import { loadConfig } from '../../../../src/config/config';
import en from '../../i18n/en';
import nl from '../../i18n/nl';
import sv from '../../i18n/sv';
import { capabilityReason } from './capability-reason';

const config = loadConfig({ NODE_ENV: 'test', SAMTAL_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') });
// Capabilities are static per kind (Mastodon reads only settings.maxCharacters); nothing touches the network.
const account = { id: 'c1', kind: 'x', handle: 'ekeby', settings: {}, credentials: null } as unknown as ChannelAccount;
const adapters: ChannelAdapter[] = [
  createSandboxAdapter({} as never),
  createBlueskyAdapter({ config }),
  createMastodonAdapter({ config }),
  createFacebookAdapter({ config }),
  createInstagramAdapter({ config }),
];
/** Every reason the server's adapters declare, as [kind, capability, English text]. */
const declared = adapters.flatMap((adapter) =>
  Object.entries(adapter.capabilities(account).actions).flatMap(([name, c]) =>
    c.supported ? [] : [[adapter.kind, name, c.reason ?? ''] as const],
  ),
);

const translators: Record<string, TFunction> = {};
beforeAll(async () => {
  for (const [lng, translation] of Object.entries({ en, sv, nl })) {
    const instance = i18next.createInstance();
    await instance.init({ lng, resources: { [lng]: { translation } }, interpolation: { escapeValue: false } });
    translators[lng] = instance.t;
  }
});

describe('capability reasons', () => {
  it('the server declares reasons for every kind (the test sees them)', () => {
    expect(new Set(declared.map(([kind]) => kind))).toEqual(
      new Set(['sandbox', 'bluesky', 'mastodon', 'facebook', 'instagram']),
    );
    expect(declared.length).toBeGreaterThan(20);
  });

  it.each(declared)('%s cannot %s: translated in every language, the English is the server’s', (kind, name, reason) => {
    expect(reason).not.toBe('');
    const inEnglish = capabilityReason(translators.en!, kind, name, reason);
    expect(inEnglish).toBe(reason);
    for (const lng of ['sv', 'nl']) {
      const translated = capabilityReason(translators[lng]!, kind, name, reason);
      expect(translated, `${lng}: ${kind}.${name}`).not.toBe(reason);
      expect(translated).not.toMatch(/capabilityReason/);
    }
  });

  it('shows the server’s text for a kind or capability it does not know', () => {
    const t = translators.sv!;
    expect(capabilityReason(t, 'threads', 'hide', 'Threads cannot hide.')).toBe('Threads cannot hide.');
    expect(capabilityReason(t, 'mastodon', 'teleport', 'No.')).toBe('No.');
    expect(capabilityReason(t, 'mastodon.hide', 'x', 'Odd key.')).toBe('Odd key.');
  });

  it('translates the reason of a kind the server build has no adapter for', () => {
    const reason = 'This Samtal build has no adapter for "threads" channels.';
    expect(capabilityReason(translators.en!, 'threads', 'hide', reason)).toBe(reason);
    expect(capabilityReason(translators.sv!, 'threads', 'hide', reason)).toBe(
      'Den här versionen av Samtal har ingen adapter för kanaler av typen ”threads”.',
    );
    expect(capabilityReason(translators.nl!, 'threads', 'hide', reason)).toContain('‘threads’');
  });
});
