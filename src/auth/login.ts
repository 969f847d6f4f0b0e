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
  await assertPasswordAttemptAllowed(db, options.email, options.ip);
  const user = await findUserByEmail(db, options.email.trim());
  const ok = await verifyPassword(user?.password_hash ?? (await timingDummyHash()), options.password);
  if (!user || !ok || user.disabled_at) {
    await recordPasswordFailure(db, options.email, options.ip);
    throw unauthorized('The e-mail address or password is wrong.');
  }
  await clearPasswordFailures(db, options.email);
  const session = await createSession(db, {
    userId: user.id,
    policy: options.policy,
    ip: options.ip,
    userAgent: options.userAgent,
  });
  return { user, ...session };
}

/*
 * The throttle is shared by every place that checks a password (login, accepting an invitation
 * with an existing account), so guessing cannot move to another endpoint.
 */
const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;

export async function assertPasswordAttemptAllowed(db: Db, email: string, ip: string | null) {
  await assertNotLocked(db, emailKey(email));
  if (ip) await assertNotLocked(db, `ip:${ip}`);
}

export async function recordPasswordFailure(db: Db, email: string, ip: string | null) {
  await repo.recordLoginFailure(
    db,
    emailKey(email),
    THROTTLE.maxFailuresPerEmail,
    THROTTLE.windowMinutes,
    THROTTLE.lockMinutes,
  );
  if (ip)
    await repo.recordLoginFailure(
      db,
      `ip:${ip}`,
      THROTTLE.maxFailuresPerIp,
      THROTTLE.windowMinutes,
      THROTTLE.lockMinutes,
    );
}

export function clearPasswordFailures(db: Db, email: string) {
  return repo.clearThrottle(db, emailKey(email));
}

async function assertNotLocked(db: Db, key: string) {
  const row = await repo.findThrottle(db, key);
  if (row?.locked_until && new Date(row.locked_until) > new Date()) {
    const seconds = Math.ceil((new Date(row.locked_until).getTime() - Date.now()) / 1000);
    throw tooManyRequests(`Too many failed logins. Try again in ${Math.ceil(seconds / 60)} minutes.`, seconds);
  }
}
