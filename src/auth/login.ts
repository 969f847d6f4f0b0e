/**
 * Log in with e-mail and password. Throttled per e-mail address and per IP address: after
 * MAX_FAILURES failures within WINDOW_MINUTES the key is locked for LOCK_MINUTES. Unknown e-mail and
 * wrong password give the same answer and take the same time.
 */
import type { Db } from '../db/database.js';
import { tooManyRequests, unauthorized } from '../http/errors.js';
import { findUserByEmail } from '../users/users.repository.js';
import * as repo from './auth.repository.js';
import { timingDummyHash, verifyPassword } from './password.js';
import { createSession, type SessionPolicy } from './sessions.js';

export const THROTTLE = { maxFailuresPerEmail: 5, maxFailuresPerIp: 30, windowMinutes: 15, lockMinutes: 15 } as const;

export interface LoginOptions {
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  policy: SessionPolicy;
}

export async function login(db: Db, options: LoginOptions) {
  const emailKey = `email:${options.email.trim().toLowerCase()}`;
  const ipKey = options.ip ? `ip:${options.ip}` : null;
  await assertNotLocked(db, emailKey);
  if (ipKey) await assertNotLocked(db, ipKey);

  const user = await findUserByEmail(db, options.email.trim());
  const ok = await verifyPassword(user?.password_hash ?? (await timingDummyHash()), options.password);
  if (!user || !ok || user.disabled_at) {
    await repo.recordLoginFailure(db, emailKey, THROTTLE.maxFailuresPerEmail, THROTTLE.windowMinutes, THROTTLE.lockMinutes);
    if (ipKey) await repo.recordLoginFailure(db, ipKey, THROTTLE.maxFailuresPerIp, THROTTLE.windowMinutes, THROTTLE.lockMinutes);
    throw unauthorized('The e-mail address or password is wrong.');
  }
  await repo.clearThrottle(db, emailKey);
  const session = await createSession(db, { userId: user.id, policy: options.policy, ip: options.ip, userAgent: options.userAgent });
  return { user, ...session };
}

async function assertNotLocked(db: Db, key: string) {
  const row = await repo.findThrottle(db, key);
  if (row?.locked_until && new Date(row.locked_until) > new Date()) {
    const seconds = Math.ceil((new Date(row.locked_until).getTime() - Date.now()) / 1000);
    throw tooManyRequests(`Too many failed logins. Try again in ${Math.ceil(seconds / 60)} minutes.`, seconds);
  }
}
