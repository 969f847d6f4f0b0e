/**
 * The session cookie, set the same way wherever a session starts (login, accepting an invitation).
 * httpOnly so scripts cannot read it; SameSite=Lax plus the CSRF header guard state changes.
 */
import type { FastifyReply } from 'fastify';
import type { Config } from '../config/config.js';
import { SESSION_COOKIE, type SessionPolicy } from './sessions.js';

export function sessionPolicy(config: Pick<Config, 'sessionIdleMinutes' | 'sessionMaxHours'>): SessionPolicy {
  return { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };
}

export function sessionCookieOptions(config: Pick<Config, 'secureCookies'>) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies };
}

export function setSessionCookie(
  reply: FastifyReply,
  config: Pick<Config, 'secureCookies'>,
  session: { token: string; expiresAt: Date },
) {
  reply.setCookie(SESSION_COOKIE, session.token, { ...sessionCookieOptions(config), expires: session.expiresAt });
}

export function clearSessionCookie(reply: FastifyReply, config: Pick<Config, 'secureCookies'>) {
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(config));
}
