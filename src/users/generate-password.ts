import { randomBytes } from 'node:crypto';

/** 20 URL-safe characters, 120 bits of randomness: shown once to whoever runs the command. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
