/**
 * Guard for URLs a workspace admin types in (a Mastodon instance, a Bluesky server): the server
 * would call them, so in production they must not point into our own network (SSRF). Tests and
 * local setups allow private addresses through SAMTAL_ALLOW_PRIVATE_URLS.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

// IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are unwrapped and checked as IPv4 below; a BlockList
// would match every IPv4 address against a ::ffff:0:0/96 subnet, so that range is not listed.
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

export class UnsafeUrlError extends Error {}

function isPrivateAddress(address: string): boolean {
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)?.[1];
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  return PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Parses an http(s) URL and, unless private addresses are allowed, checks that every address its
 * host resolves to is public. Throws UnsafeUrlError with a message a person understands.
 */
export async function checkOutboundUrl(raw: string, options: { allowPrivate: boolean }): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeUrlError(`"${raw}" is not a web address.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UnsafeUrlError(`"${raw}" must start with https://.`);
  if (url.username || url.password) throw new UnsafeUrlError('The address may not contain a user name or password.');
  if (options.allowPrivate) return url;
  if (url.protocol !== 'https:') throw new UnsafeUrlError(`"${raw}" must start with https://.`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw new UnsafeUrlError(`The server "${url.hostname}" could not be found.`);
  if (addresses.some(isPrivateAddress))
    throw new UnsafeUrlError(`The server "${url.hostname}" is on a private network, which Samtal does not call.`);
  return url;
}
