/**
 * Why a channel cannot do something, in the interface's language. The server sends the adapter's
 * English reason; the web has a translation per (channel kind, capability), and shows the server's
 * text as-is for anything it does not know (a newer server, a new network).
 */
import type { TFunction } from 'i18next';

/** capabilitiesOf() on the server: a channel kind the running build has no adapter for. */
const NO_ADAPTER = /^This Samtal build has no adapter for "(.+)" channels\.$/;

/** Kind and capability come from the server: only plain names become part of a translation key. */
const SAFE_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function capabilityReason(t: TFunction, kind: string, capability: string, serverReason: string): string {
  const noAdapter = NO_ADAPTER.exec(serverReason);
  if (noAdapter) return t('channelSettings.noAdapterReason', { kind: noAdapter[1] });
  if (!SAFE_KEY.test(kind) || !SAFE_KEY.test(capability)) return serverReason;
  const key = `channelSettings.capabilityReason.${kind}.${capability}`;
  const translated = t(key, { defaultValue: '' });
  return translated && translated !== key ? translated : serverReason;
}
