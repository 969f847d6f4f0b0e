import { describe, expect, it } from 'vitest';
import { checkOutboundUrl, UnsafeUrlError } from './outbound-url.js';

describe('checkOutboundUrl', () => {
  it('refuses private, loopback and link-local addresses unless allowed', async () => {
    for (const raw of [
      'https://127.0.0.1/',
      'https://10.1.2.3',
      'https://192.168.0.5:8443',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/',
      'https://[::ffff:127.0.0.1]/',
      'https://localhost/',
    ]) {
      await expect(checkOutboundUrl(raw, { allowPrivate: false }), raw).rejects.toThrow(UnsafeUrlError);
    }
    await expect(checkOutboundUrl('http://127.0.0.1:3000', { allowPrivate: true })).resolves.toBeInstanceOf(URL);
  });

  it('refuses other schemes, credentials in the address and plain http in production', async () => {
    await expect(checkOutboundUrl('file:///etc/passwd', { allowPrivate: true })).rejects.toThrow(/https/);
    await expect(checkOutboundUrl('https://a:b@example.org', { allowPrivate: true })).rejects.toThrow(/password/);
    await expect(checkOutboundUrl('http://93.184.215.14', { allowPrivate: false })).rejects.toThrow(/https/);
    await expect(checkOutboundUrl('not a url', { allowPrivate: true })).rejects.toThrow(/not a web address/);
  });

  it('accepts a public address', async () => {
    await expect(checkOutboundUrl('https://93.184.215.14/api', { allowPrivate: false })).resolves.toMatchObject({
      hostname: '93.184.215.14',
    });
  });
});
