/**
 * A small fetch wrapper for Meta's Graph API (Facebook Pages and Instagram). The token travels in the
 * Authorization header (never in a URL that could end up in a log); with an app secret configured,
 * every call carries `appsecret_proof` = HMAC-SHA256(appSecret, token), which Meta can require so a
 * leaked token alone is useless. Graph errors become ChannelErrors a responder understands:
 * code 190 → unhealthy (reconnect), rate limits (4/17/32/613, 80001–80014, HTTP 429) → retryable
 * with a backoff, 5xx/network/transient → retryable, the rest → permanent with Meta's message.
 */
import { createHmac } from 'node:crypto';
import { ChannelError } from '../channel.js';

export interface GraphClientOptions {
  graphUrl: string;
  accessToken: string;
  appSecret?: string;
  /** "Facebook" or "Instagram", for messages. */
  network: string;
  fetch?: typeof fetch;
}

export interface GraphErrorBody {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  is_transient?: boolean;
  fbtrace_id?: string;
}

/** Meta's codes for "too many calls": app, user, page, custom and business-use-case limits. */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613, 80001, 80002, 80003, 80004, 80005, 80006, 80008, 80009, 80014]);
/** Private reply after the 7-day window (or a second one): Meta answers code 10 with this subcode. */
export const OUTSIDE_WINDOW_SUBCODE = 2018278;
const DEFAULT_RATE_LIMIT_BACKOFF_MS = 60_000;
/** Meta's subcodes of error 190, in words an admin can act on. */
const TOKEN_SUBCODES: Record<number, string> = {
  458: 'the Samtal app was removed from the account',
  459: 'the account is checkpointed: log in to Facebook to unlock it',
  460: 'the password was changed',
  463: 'the token has expired',
  464: 'the account is not confirmed',
  467: 'the token was invalidated',
  492: 'the person who gave the token is no longer an admin of the Page',
};
const TIMEOUT_MS = 20_000;

export type GraphParams = Record<string, string | number | boolean | undefined>;

export class GraphClient {
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: GraphClientOptions) {
    this.fetchImpl = options.fetch ?? fetch;
  }

  get<T>(path: string, params: GraphParams = {}): Promise<T> {
    return this.request<T>('GET', path, params);
  }

  post<T>(path: string, body: Record<string, unknown> | FormData): Promise<T> {
    return this.request<T>('POST', path, {}, body);
  }

  delete<T>(path: string): Promise<T> {
    return this.request<T>('DELETE', path, {});
  }

  private async request<T>(
    method: string,
    path: string,
    params: GraphParams,
    body?: Record<string, unknown> | FormData,
  ): Promise<T> {
    const url = new URL(`${this.options.graphUrl}/${path.replace(/^\/+/, '')}`);
    for (const [key, value] of Object.entries(params))
      if (value !== undefined) url.searchParams.set(key, String(value));
    if (this.options.appSecret)
      url.searchParams.set('appsecret_proof', appSecretProof(this.options.appSecret, this.options.accessToken));
    const headers: Record<string, string> = { authorization: `Bearer ${this.options.accessToken}` };
    let payload: string | FormData | undefined;
    if (body instanceof FormData) payload = body;
    else if (body) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }

    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers,
        body: payload,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new ChannelError(
        `${this.options.network} could not be reached (${(error as Error).message}). It will be tried again.`,
        true,
      );
    }
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      // An HTML error page from a proxy: handled by the status below.
    }
    const error = (json as { error?: GraphErrorBody } | null)?.error;
    if (response.ok && !error) return json as T;
    throw toChannelError(this.options.network, response, error ?? null);
  }
}

export function appSecretProof(appSecret: string, accessToken: string): string {
  return createHmac('sha256', appSecret).update(accessToken).digest('hex');
}

/** Maps a Graph error (and its HTTP status and usage headers) to what the queue should do. */
export function toChannelError(network: string, response: Response, error: GraphErrorBody | null): ChannelError {
  const status = response.status;
  const code = error?.code;
  const said = error?.message ? `: ${error.message}` : '';
  if (code === 190 || (!error && (status === 401 || status === 403))) {
    const why = TOKEN_SUBCODES[error?.error_subcode ?? 0] ?? 'expired, revoked or the password changed';
    return new ChannelError(
      `${network} no longer accepts the access token (${why})${said}. Reconnect the channel.`,
      false,
      { unhealthy: true },
    );
  }
  if (status === 429 || (code !== undefined && RATE_LIMIT_CODES.has(code))) {
    const retryAfterMs = retryAfterFrom(response) ?? DEFAULT_RATE_LIMIT_BACKOFF_MS;
    return new ChannelError(`${network} is rate limiting our calls${said}. Samtal will try again later.`, true, {
      retryAfterMs,
    });
  }
  if (code === 10 && error?.error_subcode === OUTSIDE_WINDOW_SUBCODE) {
    return new ChannelError(
      `${network} only allows one private reply to a comment, within 7 days of it being written; this one can no longer get one${said}.`,
      false,
    );
  }
  if (status >= 500 || error?.is_transient || code === 1 || code === 2) {
    return new ChannelError(`${network} had a temporary problem${said}. It will be tried again.`, true);
  }
  if (error) return new ChannelError(`${network} refused the request${said}.`, false);
  return new ChannelError(`${network} answered with HTTP ${status}.`, false);
}

/**
 * How long Meta asks us to wait: X-Business-Use-Case-Usage (and X-Ad-Account-Usage) carry
 * `estimated_time_to_regain_access` in minutes; Retry-After in seconds when a proxy sets it.
 * X-App-Usage only gives percentages, so a plain default applies then.
 */
function retryAfterFrom(response: Response): number | null {
  const retryAfter = Number(response.headers.get('retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) return retryAfter * 1000;
  const buc = response.headers.get('x-business-use-case-usage');
  if (!buc) return null;
  try {
    const usage = JSON.parse(buc) as Record<string, Array<{ estimated_time_to_regain_access?: number }>>;
    const minutes = Math.max(
      0,
      ...Object.values(usage)
        .flat()
        .map((u) => Number(u.estimated_time_to_regain_access ?? 0)),
    );
    return minutes > 0 ? minutes * 60_000 : null;
  } catch {
    return null;
  }
}
