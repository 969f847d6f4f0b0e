import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box.js';

const oldKey = randomBytes(32);
const newKey = randomBytes(32);

describe('SecretBox', () => {
  it('seals to an opaque value that opens to the original, different every time', () => {
    const box = new SecretBox([newKey]);
    const a = box.seal('app-password-123');
    const b = box.seal('app-password-123');
    expect(a).not.toContain('app-password-123');
    expect(a).not.toBe(b); // random IV
    expect(box.open(a)).toBe('app-password-123');
  });

  it('refuses a sealed value whose ciphertext or tag was altered', () => {
    const box = new SecretBox([newKey]);
    const parts = box.seal('token').split('.');
    const data = Buffer.from(parts[4]!, 'base64url');
    data[0] = data[0]! ^ 1;
    parts[4] = data.toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
  });

  it('opens values sealed with a previous key during a rotation, and reseals them with the current key', () => {
    const sealedWithOld = new SecretBox([oldKey]).seal('channel-token');
    const rotated = new SecretBox([newKey, oldKey]);
    expect(rotated.isStale(sealedWithOld)).toBe(true);
    const resealed = rotated.reseal(sealedWithOld);
    expect(rotated.isStale(resealed)).toBe(false);
    expect(new SecretBox([newKey]).open(resealed)).toBe('channel-token');
  });

  it('names the cause when no configured key opens a value', () => {
    const sealed = new SecretBox([oldKey]).seal('x');
    expect(() => new SecretBox([newKey]).open(sealed)).toThrow(/SAMTAL_PREVIOUS_SECRET_KEYS/);
    expect(() => new SecretBox([newKey]).open('not-sealed')).toThrow(/Not a sealed secret/);
  });

  it('only accepts 32-byte keys', () => {
    expect(() => new SecretBox([randomBytes(16)])).toThrow();
    expect(() => new SecretBox([])).toThrow();
  });
});
