/**
 * Signing in to a Bluesky PDS with a handle (or DID) and an app password, one session per channel
 * kept in memory. The agent refreshes its access token itself; when the refresh token is gone
 * (expired, app password revoked) we sign in again once, and a refused sign-in makes the channel
 * unhealthy with a reason a person can act on.
 *
 * AT OAuth later: every call goes through `withAgent`, which only needs an `Agent`. An OAuth session
 * from @atproto/oauth-client-node is a SessionManager too, so credentials like `{ oauthDid }` would
 * build `new Agent(await oauthClient.restore(did))` in `signIn` and nothing else would change.
 */
import { createHash } from 'node:crypto';
import { AtpAgent, XRPCError } from '@atproto/api';
import { z } from 'zod';
import type { Config } from '../../config/config.js';
import { checkOutboundUrl, UnsafeUrlError } from '../../shared/outbound-url.js';
import { ChannelError, type ChannelAccount } from '../channel.js';

export const blueskyCredentialsSchema = z.object({
  identifier: z
    .string({ error: 'Give the Bluesky handle or DID (identifier).' })
    .trim()
    .min(3, 'Give the Bluesky handle or DID (identifier).'),
  appPassword: z
    .string({ error: 'Give an app password (Bluesky settings → Privacy and security → App passwords).' })
    .min(1, 'Give an app password (Bluesky settings → Privacy and security → App passwords).'),
  serviceUrl: z.string().trim().url('serviceUrl must be a web address like https://bsky.social.').optional(),
});

/** How long refused credentials are not tried again (unless they change or the admin tests them). */
const REFUSED_RETRY_MS = 10 * 60_000;

export type BlueskyCredentials = z.infer<typeof blueskyCredentialsSchema>;

interface CachedSession {
  fingerprint: string;
  agent: AtpAgent;
  did: string;
  checkedAt: number;
}

export interface BlueskySessions {
  /** Runs `fn` with a signed-in agent; Bluesky errors come out as ChannelError. */
  withAgent<T>(account: ChannelAccount, fn: (agent: AtpAgent, did: string) => Promise<T>): Promise<T>;
  /** Signs in afresh (testing the connection must test the password, not a cached session). */
  signInFresh(account: ChannelAccount): Promise<{ agent: AtpAgent; did: string }>;
}

export function createBlueskySessions(options: { config: Config; sessionRecheckMs?: number }): BlueskySessions {
  const sessions = new Map<string, CachedSession>();
  // Bluesky allows few sign-ins per account (bsky.social: 30 in 5 minutes, 300 a day): concurrent
  // calls share one, and refused credentials are not tried again until they change or time passes.
  const signingIn = new Map<string, { fingerprint: string; promise: Promise<CachedSession> }>();
  const refused = new Map<string, { fingerprint: string; error: ChannelError; until: number }>();
  // A revoked app password leaves the access token working until it expires; refreshing now and
  // then notices the revocation within minutes instead of hours.
  const recheckMs = options.sessionRecheckMs ?? 5 * 60_000;

  function signIn(account: ChannelAccount, force = false): Promise<CachedSession> {
    const fingerprint = fingerprintOf(credentialsOf(account), options.config);
    const refusal = refused.get(account.id);
    if (!force && refusal?.fingerprint === fingerprint && refusal.until > Date.now())
      return Promise.reject(refusal.error);
    const pending = signingIn.get(account.id);
    if (pending?.fingerprint === fingerprint) return pending.promise;
    const promise = createSession(account).then(
      (session) => {
        refused.delete(account.id);
        return session;
      },
      (error: unknown) => {
        if (error instanceof ChannelError && error.options.unhealthy)
          refused.set(account.id, { fingerprint, error, until: Date.now() + REFUSED_RETRY_MS });
        throw error;
      },
    );
    const entry = {
      fingerprint,
      promise: promise.finally(() => {
        if (signingIn.get(account.id) === entry) signingIn.delete(account.id);
      }),
    };
    signingIn.set(account.id, entry);
    return entry.promise;
  }

  async function createSession(account: ChannelAccount): Promise<CachedSession> {
    const credentials = credentialsOf(account);
    const service = await serviceUrlOf(credentials, options.config);
    const agent = new AtpAgent({ service });
    try {
      await agent.login({ identifier: credentials.identifier, password: credentials.appPassword });
    } catch (error) {
      if (error instanceof XRPCError && (error.status === 401 || error.error === 'AuthenticationRequired')) {
        throw new ChannelError(
          `Bluesky did not accept the app password for ${credentials.identifier} (${error.message}). It may have been revoked: create a new app password and reconnect the channel.`,
          false,
          { unhealthy: true },
        );
      }
      if (error instanceof XRPCError && /Takedown|Deactivated/.test(error.error)) {
        throw new ChannelError(`The Bluesky account ${credentials.identifier} is suspended or deactivated.`, false, {
          unhealthy: true,
        });
      }
      throw toChannelError(error);
    }
    const session: CachedSession = {
      fingerprint: fingerprintOf(credentials, options.config),
      agent,
      did: agent.assertDid,
      checkedAt: Date.now(),
    };
    sessions.set(account.id, session);
    return session;
  }

  async function current(account: ChannelAccount): Promise<CachedSession> {
    const credentials = credentialsOf(account);
    const cached = sessions.get(account.id);
    // New credentials (a reconnect) mean a new sign-in.
    if (!cached || cached.fingerprint !== fingerprintOf(credentials, options.config)) return signIn(account);
    if (Date.now() - cached.checkedAt >= recheckMs) {
      try {
        await cached.agent.sessionManager.refreshSession();
        if (!cached.agent.hasSession) return signIn(account);
        cached.checkedAt = Date.now();
      } catch (error) {
        if (isAuthFailure(error)) return signIn(account);
        throw toChannelError(error);
      }
    }
    return cached;
  }

  return {
    async withAgent(account, fn) {
      let session = await current(account);
      try {
        return await fn(session.agent, session.did);
      } catch (error) {
        if (error instanceof ChannelError) throw error;
        if (!isAuthFailure(error)) throw toChannelError(error);
      }
      // The session died under us (tokens expired or revoked): sign in again, once.
      sessions.delete(account.id);
      session = await signIn(account);
      try {
        return await fn(session.agent, session.did);
      } catch (error) {
        throw error instanceof ChannelError ? error : toChannelError(error);
      }
    },
    async signInFresh(account) {
      sessions.delete(account.id);
      const session = await signIn(account, true);
      return { agent: session.agent, did: session.did };
    },
  };
}

function credentialsOf(account: ChannelAccount): BlueskyCredentials {
  const parsed = blueskyCredentialsSchema.safeParse(account.credentials ?? {});
  if (!parsed.success)
    throw new ChannelError('The channel has no usable Bluesky credentials. Reconnect the channel.', false, {
      unhealthy: true,
    });
  return parsed.data;
}

async function serviceUrlOf(credentials: BlueskyCredentials, config: Config): Promise<string> {
  const raw = credentials.serviceUrl ?? config.blueskyService;
  try {
    return (await checkOutboundUrl(raw, { allowPrivate: config.allowPrivateUrls })).toString().replace(/\/+$/, '');
  } catch (error) {
    if (error instanceof UnsafeUrlError) throw new ChannelError(error.message, false, { unhealthy: true });
    throw error;
  }
}

function fingerprintOf(credentials: BlueskyCredentials, config: Config): string {
  const service = credentials.serviceUrl ?? config.blueskyService;
  return createHash('sha256')
    .update(JSON.stringify([credentials.identifier, credentials.appPassword, service]))
    .digest('hex');
}

function isAuthFailure(error: unknown): boolean {
  if (!(error instanceof XRPCError)) return /Not logged in/i.test(String((error as Error)?.message));
  return error.status === 401 || ['AuthenticationRequired', 'ExpiredToken', 'InvalidToken'].includes(error.error ?? '');
}

/** Any failure of a Bluesky call as a ChannelError: rate limits and outages retry, the rest fail visibly. */
export function toChannelError(error: unknown): ChannelError {
  if (error instanceof ChannelError) return error;
  if (error instanceof XRPCError) {
    if (error.status === 429) {
      return new ChannelError('Bluesky is rate-limiting this account; Samtal will try again.', true, {
        retryAfterMs: retryAfterMs(error.headers),
      });
    }
    if (error.status === 401 || error.status === 403) {
      return new ChannelError(`Bluesky refused the request: ${error.message}. Reconnect the channel.`, false, {
        unhealthy: true,
      });
    }
    if (error.status >= 500 || error.status <= 1) {
      return new ChannelError(`Bluesky is not answering properly (${error.message}); Samtal will try again.`, true);
    }
    return new ChannelError(`Bluesky refused the request: ${error.message}`, false);
  }
  return new ChannelError(`Could not reach Bluesky: ${(error as Error)?.message ?? String(error)}`, true);
}

/** `ratelimit-reset` is the Unix time (seconds) when the window opens again. */
export function retryAfterMs(headers: Record<string, string | undefined> | undefined, now = Date.now()): number {
  const reset = Number(headers?.['ratelimit-reset'] ?? headers?.['RateLimit-Reset']);
  if (!Number.isFinite(reset) || reset <= 0) return 60_000;
  return Math.max(1_000, reset * 1000 - now);
}
