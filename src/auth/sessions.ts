import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import * as repo from './auth.repository.js';

export const SESSION_COOKIE = 'samtal_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

export interface SessionUser {
  sessionId: string;
  csrfToken: string;
  userId: string;
  email: string;
  name: string;
  language: string | null;
}

export const sessionIdFromToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Db,
  options: { userId: string; policy: SessionPolicy; ip: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + options.policy.maxHours * 3_600_000);
  await repo.insertSession(db, {
    id: sessionIdFromToken(token),
    userId: options.userId,
    csrfToken,
    expiresAt,
    ip: options.ip,
    userAgent: options.userAgent?.slice(0, 500) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

/** The user behind a session cookie, or null when the session is unknown, expired, idle too long or the user is disabled. */
export async function resolveSession(
  db: Db,
  token: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<SessionUser | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const row = await repo.findSessionWithUser(db, sessionIdFromToken(token));
  if (!row) return null;
  const idleDeadline = new Date(new Date(row.lastSeenAt).getTime() + policy.idleMinutes * 60_000);
  if (row.disabledAt || new Date(row.expiresAt) <= now || idleDeadline <= now) {
    await repo.deleteSession(db, row.sessionId);
    return null;
  }
  // Slide the idle window at most once a minute, not on every request.
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > 60_000) await repo.touchSession(db, row.sessionId);
  return {
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    userId: row.userId,
    email: row.email,
    name: row.name,
    language: row.language,
  };
}
