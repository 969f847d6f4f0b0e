import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

export function insertSession(
  db: Executor,
  row: { id: string; userId: string; csrfToken: string; expiresAt: Date; ip: string | null; userAgent: string | null },
) {
  return db
    .insertInto('sessions')
    .values({
      id: row.id,
      user_id: row.userId,
      csrf_token: row.csrfToken,
      expires_at: row.expiresAt,
      ip: row.ip,
      user_agent: row.userAgent,
    })
    .execute();
}

export function findSessionWithUser(db: Executor, sessionId: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token as csrfToken',
      'sessions.created_at as createdAt',
      'sessions.last_seen_at as lastSeenAt',
      'sessions.expires_at as expiresAt',
      'users.id as userId',
      'users.email',
      'users.name',
      'users.language',
      'users.disabled_at as disabledAt',
    ])
    .where('sessions.id', '=', sessionId)
    .executeTakeFirst();
}

export function touchSession(db: Executor, sessionId: string) {
  return db
    .updateTable('sessions')
    .set({ last_seen_at: sql`now()` })
    .where('id', '=', sessionId)
    .execute();
}

export function deleteSession(db: Executor, sessionId: string) {
  return db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export function deleteSessionsOfUser(db: Executor, userId: string) {
  return db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export function deleteOtherSessionsOfUser(db: Executor, userId: string, keepSessionId: string) {
  return db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepSessionId).execute();
}

export function deleteExpiredSessions(db: Executor, idleMinutes: number) {
  return db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<', sql<Date>`now()`),
        eb('last_seen_at', '<', sql<Date>`now() - make_interval(mins => ${idleMinutes})`),
      ]),
    )
    .execute();
}

export function findThrottle(db: Executor, key: string) {
  return db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
}

/** Count one failure in a window of `windowMinutes`; lock the key once `maxFailures` is reached. */
export function recordLoginFailure(
  db: Executor,
  key: string,
  maxFailures: number,
  windowMinutes: number,
  lockMinutes: number,
) {
  return db
    .insertInto('login_throttle')
    .values({ key, failures: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql`CASE WHEN login_throttle.window_start < now() - make_interval(mins => ${windowMinutes})
                      THEN 1 ELSE login_throttle.failures + 1 END`,
        window_start: sql`CASE WHEN login_throttle.window_start < now() - make_interval(mins => ${windowMinutes})
                          THEN now() ELSE login_throttle.window_start END`,
        locked_until: sql`CASE WHEN login_throttle.window_start >= now() - make_interval(mins => ${windowMinutes})
                               AND login_throttle.failures + 1 >= ${maxFailures}
                          THEN now() + make_interval(mins => ${lockMinutes}) ELSE login_throttle.locked_until END`,
      }),
    )
    .execute();
}

export function clearThrottle(db: Executor, key: string) {
  return db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
