/**
 * The masto REST client for one connected account, and the one place where Mastodon's answers
 * become ChannelErrors. masto throws MastoHttpError with the fetch Response as `cause`, and its
 * `$raw` methods give the response headers, so the X-RateLimit-* headers are read without
 * wrapping fetch; per-request headers (Idempotency-Key) go in `meta.requestInit`.
 */
import { createRestAPIClient, MastoHttpError, MastoTimeoutError, MastoUnexpectedError, type mastodon } from 'masto';
import { z } from 'zod';
import type { Config } from '../../config/config.js';
import { checkOutboundUrl, UnsafeUrlError } from '../../shared/outbound-url.js';
import { type ChannelAccount, ChannelError } from '../channel.js';

export const mastodonCredentialsSchema = z.object({
  instanceUrl: z
    .string()
    .trim()
    .url('instanceUrl must be the address of the Mastodon server, e.g. https://mastodon.social'),
  accessToken: z.string().trim().min(1, 'accessToken is required (Preferences → Development → your application)'),
});

export type MastodonCredentials = z.infer<typeof mastodonCredentialsSchema>;

export const REVOKED =
  'The access token was revoked or is no longer valid on the Mastodon server. An admin must reconnect the channel with a new token.';

/** Without a reset time, wait this long after a 429. */
const DEFAULT_RETRY_MS = 60_000;

/** What the X-RateLimit-* headers said: until when this account's budget is spent, per process. */
const throttledUntil = new Map<string, number>();

export interface MastodonSession {
  client: mastodon.rest.Client;
  instance: URL;
  /** Runs one API call; rate-limit headers honoured, failures as ChannelError. */
  call<T>(
    what: string,
    run: () => Promise<{ headers: Headers; data: T }>,
    options?: { forbiddenIsUnhealthy?: boolean },
  ): Promise<T>;
  /** The same, keeping the response headers (Link for paging). */
  callWithHeaders<T>(
    what: string,
    run: () => Promise<{ headers: Headers; data: T }>,
    options?: { forbiddenIsUnhealthy?: boolean },
  ): Promise<{ headers: Headers; data: T }>;
}

export async function openSession(config: Config, account: ChannelAccount): Promise<MastodonSession> {
  const parsed = mastodonCredentialsSchema.safeParse(account.credentials ?? {});
  if (!parsed.success) {
    throw new ChannelError('The channel has no valid Mastodon server address and access token. Reconnect it.', false, {
      unhealthy: true,
    });
  }
  let instance: URL;
  try {
    instance = await checkOutboundUrl(parsed.data.instanceUrl, { allowPrivate: config.allowPrivateUrls });
  } catch (error) {
    if (error instanceof UnsafeUrlError) throw new ChannelError(error.message, false, { unhealthy: true });
    throw error;
  }
  const url = instance.origin;
  const client = createRestAPIClient({
    url,
    accessToken: parsed.data.accessToken,
    timeout: 30_000,
    mediaTimeout: 30_000,
  });
  const budgetKey = `${url}|${account.id}`;

  const session: MastodonSession = {
    client,
    instance,
    async call(what, run, options) {
      return (await session.callWithHeaders(what, run, options)).data;
    },
    async callWithHeaders(what, run, options = {}) {
      const until = throttledUntil.get(budgetKey);
      if (until && until > Date.now()) throw rateLimited(until - Date.now());
      let response: Awaited<ReturnType<typeof run>>;
      try {
        response = await run();
      } catch (error) {
        throw toChannelError(error, what, instance.host, budgetKey, options.forbiddenIsUnhealthy ?? false);
      }
      // The call went through but spent the budget: the next one would be refused, so wait.
      if (response.headers.get('x-ratelimit-remaining') === '0') {
        throttledUntil.set(budgetKey, Date.now() + retryAfter(response.headers));
      }
      return response;
    },
  };
  return session;
}

/** A Mastodon answer with its HTTP status, so callers can treat e.g. 404 on delete as done. */
export class MastodonError extends ChannelError {
  constructor(
    message: string,
    retryable: boolean,
    readonly status: number | null,
    options: { retryAfterMs?: number; unhealthy?: boolean } = {},
  ) {
    super(message, retryable, options);
  }
}

function toChannelError(
  error: unknown,
  what: string,
  host: string,
  budgetKey: string,
  forbiddenIsUnhealthy: boolean,
): ChannelError {
  if (error instanceof ChannelError) return error;
  if (error instanceof MastoHttpError) {
    const status = error.statusCode;
    const headers = error.cause instanceof Response ? error.cause.headers : null;
    const said = error.message ? `: ${error.message}` : '';
    if (status === 401) return new MastodonError(REVOKED, false, status, { unhealthy: true });
    if (status === 403) {
      // On the account's own reads (profile, notifications) a 403 means a disabled account or a token
      // without the scope: the channel cannot work. On an action it is about that one target.
      if (forbiddenIsUnhealthy) {
        return new MastodonError(
          `The Mastodon server refuses this account's token${said}. Reconnect with a token that has read and write access.`,
          false,
          status,
          { unhealthy: true },
        );
      }
      return new MastodonError(`Mastodon refused to ${what}${said}.`, false, status);
    }
    if (status === 429) {
      const wait = headers ? retryAfter(headers) : DEFAULT_RETRY_MS;
      throttledUntil.set(budgetKey, Date.now() + wait);
      return rateLimited(wait);
    }
    if (status >= 500)
      return new MastodonError(`${host} failed to ${what} (HTTP ${status}); trying again.`, true, status);
    if (status === 404)
      return new MastodonError(`Mastodon could not ${what}: it no longer exists${said}.`, false, status);
    // 422 and the rest: Mastodon's own words say what was wrong.
    return new MastodonError(`Mastodon could not ${what}${said}.`, false, status);
  }
  if (error instanceof MastoTimeoutError)
    return new MastodonError(`${host} did not answer in time (${what}).`, true, null);
  if (error instanceof MastoUnexpectedError) {
    return new MastodonError(`${host} gave an unexpected answer (${what}); it may be down.`, true, null);
  }
  // fetch's TypeError: DNS, refused connection, TLS.
  return new MastodonError(`Could not reach ${host} (${what}): ${(error as Error).message}`, true, null);
}

/** Mastodon says when the budget returns in X-RateLimit-Reset (ISO 8601); a proxy may send Retry-After. */
function retryAfter(headers: Headers): number {
  const reset = Date.parse(headers.get('x-ratelimit-reset') ?? '');
  if (Number.isFinite(reset)) return Math.max(reset - Date.now(), 1000);
  const seconds = Number(headers.get('retry-after'));
  return headers.get('retry-after') && Number.isFinite(seconds) ? Math.max(seconds * 1000, 1000) : DEFAULT_RETRY_MS;
}

function rateLimited(waitMs: number): MastodonError {
  return new MastodonError(
    `Rate limited by the Mastodon server; trying again in ${Math.ceil(waitMs / 1000)} s.`,
    true,
    429,
    { retryAfterMs: waitMs },
  );
}

/** Forget the spent budgets (tests start each case with a fresh server). */
export function resetMastodonThrottles() {
  throttledUntil.clear();
}
