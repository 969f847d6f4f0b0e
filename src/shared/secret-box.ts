/**
 * AES-256-GCM for secrets at rest (channel tokens, webhook secrets). Format:
 *   v1.<key id>.<iv>.<tag>.<ciphertext>   (base64url parts)
 * The key id is a short hash of the key, so data sealed with a previous key still opens during a
 * rotation (SAMTAL_PREVIOUS_SECRET_KEYS) and `reseal` moves it to the current key.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export class SecretBox {
  private readonly keys: Map<string, Buffer>;
  private readonly currentId: string;

  constructor(keys: Buffer[]) {
    if (keys.length === 0 || keys.some((k) => k.length !== 32)) throw new Error('SecretBox needs 32-byte keys');
    this.keys = new Map(keys.map((k) => [keyId(k), k]));
    this.currentId = keyId(keys[0]!);
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentId)!, iv);
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      'v1',
      this.currentId,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      data.toString('base64url'),
    ].join('.');
  }

  open(sealed: string): string {
    const [version, id, iv, tag, data] = sealed.split('.');
    if (version !== 'v1' || !id || !iv || !tag || data === undefined) throw new Error('Not a sealed secret');
    const key = this.keys.get(id);
    if (!key) throw new Error('Sealed with a key that is not configured (see SAMTAL_PREVIOUS_SECRET_KEYS)');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** True when the value was sealed with an older key and should be re-sealed. */
  isStale(sealed: string): boolean {
    return sealed.split('.')[1] !== this.currentId;
  }

  reseal(sealed: string): string {
    return this.isStale(sealed) ? this.seal(this.open(sealed)) : sealed;
  }
}

const keyId = (key: Buffer) => createHash('sha256').update(key).digest('base64url').slice(0, 8);
