/**
 * A local Mastodon written from the API documentation (docs.joinmastodon.org), for protocol tests:
 * no Mastodon server runs here. It speaks the documented payloads (snake_case JSON, errors as
 * `{ error }`), pages by id with max_id/since_id/min_id and a Link header, sends
 * X-RateLimit-Limit/Remaining/Reset on every answer and 429 when the budget is spent, answers 401 for
 * a bad or revoked token, de-duplicates POST /api/v1/statuses by Idempotency-Key (per account, like
 * Mastodon's one-hour Redis key) and records every request so tests can assert what was sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type FakeAccount,
  type FakeMedia,
  type FakeNotification,
  type FakeStatus,
  makeAccount,
  makeStatus,
  relationship,
  textToMastodonHtml,
  type Visibility,
} from './fake-mastodon-fixtures.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Record<string, unknown> | null;
}

export interface FakeMastodon {
  url: string;
  host: string;
  token: string;
  me: FakeAccount;
  requests: RecordedRequest[];
  statuses: Map<string, FakeStatus>;
  scheduled: Array<{ id: string; scheduled_at: string; params: Record<string, unknown> }>;
  reports: Array<Record<string, unknown>>;
  blocked: Set<string>;
  muted: Set<string>;
  media: Map<string, FakeMedia & { bytes: number; mimeType: string }>;
  followRequests: FakeAccount[];
  maxCharacters: number;
  /** Uploads are processed in the background: 202 with url null, then this many 206 answers to GET /media/:id. */
  mediaProcessingPolls: number;
  /** Someone (new account unless given) on another server. */
  account(username: string, options?: { remoteHost?: string; locked?: boolean; displayName?: string }): FakeAccount;
  /** A status of ours (the account behind the token). */
  post(text: string, options?: { visibility?: Visibility }): FakeStatus;
  /** `from` mentions us (a reply to `inReplyTo`, or a fresh post; visibility direct = a DM); adds the notification. */
  mention(
    from: FakeAccount,
    text: string,
    options?: { visibility?: Visibility; inReplyTo?: FakeStatus; createdAt?: Date; filtered?: boolean },
  ): { status: FakeStatus; notification: FakeNotification };
  /** A notification of another type (favourite, follow…) that a mentions-only poll must not see. */
  notify(type: FakeNotification['type'], from: FakeAccount, status?: FakeStatus): FakeNotification;
  requestFollow(from: FakeAccount): void;
  /** Spend the rate-limit budget: every call answers 429 until `resetInMs` has passed. */
  exhaustRateLimit(resetInMs: number): void;
  /** Leave `n` calls in the budget (0: the next answer carries Remaining 0, the one after is 429). */
  setRemaining(n: number, resetInMs?: number): void;
  /** The next `times` requests whose path matches answer `status` with `error`. */
  failNext(status: number, error: string, options?: { times?: number; path?: RegExp }): void;
  revokeToken(): void;
  /** Open streaming connections (GET /api/v1/streaming/user/notification, server-sent events). */
  streams: Set<ServerResponse>;
  /** A new token for the account (what reconnecting gives); the old one stays invalid. */
  issueToken(): string;
  /** Requests to a path (regex) and method. */
  calls(method: string, path: RegExp): RecordedRequest[];
  close(): Promise<void>;
}

const RATE_LIMIT = 300;
const WINDOW_MS = 5 * 60_000;

export async function startFakeMastodon(options: { token?: string; locked?: boolean } = {}): Promise<FakeMastodon> {
  // Snowflake-like ids, different per server so two fakes are two accounts (external_id is unique).
  const base = 113_000_000_000_000_000n + BigInt(Math.floor(Math.random() * 1e9)) * 1_000_000n;
  let seq = 0n;
  const nextId = () => String(base + ++seq);
  const host = 'fake.social';
  let token = options.token ?? 'tok-' + Math.random().toString(36).slice(2);
  let revoked = false;
  const accounts = new Map<string, FakeAccount>();
  const notifications: FakeNotification[] = [];
  const filtered = new Set<string>();
  const processing = new Map<string, number>();
  const idempotency = new Map<string, unknown>();
  const failures: Array<{ status: number; error: string; times: number; path?: RegExp }> = [];
  let remaining = RATE_LIMIT;
  let resetAt = Date.now() + WINDOW_MS;

  const me = makeAccount(host, nextId(), 'ekebykommun', {
    displayName: 'Ekeby kommun',
    locked: options.locked ?? true,
    note: '<p>Officiellt konto för Ekeby kommun.<br />Vi svarar vardagar 8&#8211;17.</p>',
  });
  me.followers_count = 1234;
  me.following_count = 56;
  me.statuses_count = 789;
  me.fields = [
    { name: 'Webb', value: '<a href="https://ekeby.se" rel="me">ekeby.se</a>', verified_at: null },
    { name: 'Telefon', value: '0123-456 &amp; 789', verified_at: null },
  ];
  accounts.set(me.id, me);

  const fake: FakeMastodon = {
    url: '',
    host,
    token,
    me,
    requests: [],
    statuses: new Map(),
    scheduled: [],
    reports: [],
    blocked: new Set(),
    muted: new Set(),
    media: new Map(),
    followRequests: [],
    streams: new Set(),
    maxCharacters: 500,
    mediaProcessingPolls: 0,
    account(username, o = {}) {
      const account = makeAccount(host, nextId(), username, { remoteHost: o.remoteHost, ...o });
      accounts.set(account.id, account);
      return account;
    },
    post(text, o = {}) {
      const status = makeStatus(host, nextId(), me, textToMastodonHtml(text), { visibility: o.visibility });
      fake.statuses.set(status.id, status);
      return status;
    },
    mention(from, text, o = {}) {
      const status = makeStatus(host, nextId(), from, textToMastodonHtml(`@${me.username} ${text}`), {
        visibility: o.visibility ?? 'public',
        inReplyTo: o.inReplyTo ?? null,
        mentions: [me],
        createdAt: o.createdAt,
      });
      fake.statuses.set(status.id, status);
      const notification = fake.notify('mention', from, status);
      // Mastodon 4.3+: the account's notification policy may file it under "filtered" (e.g. a
      // private mention from a stranger); GET /notifications shows it only with include_filtered.
      if (o.filtered) filtered.add(notification.id);
      return { status, notification };
    },
    notify(type, from, status) {
      const id = nextId();
      const notification: FakeNotification = {
        id,
        type,
        group_key: `ungrouped-${id}`,
        created_at: status?.created_at ?? new Date().toISOString(),
        account: from,
        ...(status ? { status } : {}),
      };
      notifications.push(notification);
      // The streaming server sends the notification to every open stream of the account.
      for (const stream of fake.streams) stream.write(`event: notification\ndata: ${JSON.stringify(notification)}\n\n`);
      return notification;
    },
    requestFollow(from) {
      fake.followRequests.push(from);
      fake.notify('follow_request', from);
    },
    exhaustRateLimit(resetInMs) {
      remaining = 0;
      resetAt = Date.now() + resetInMs;
    },
    setRemaining(n, resetInMs = WINDOW_MS) {
      remaining = n + 1; // the call that reads it spends one
      resetAt = Date.now() + resetInMs;
    },
    failNext(status, error, o = {}) {
      failures.push({ status, error, times: o.times ?? 1, path: o.path });
    },
    revokeToken() {
      revoked = true;
    },
    issueToken() {
      token = 'tok-' + Math.random().toString(36).slice(2);
      fake.token = token;
      revoked = false;
      return token;
    },
    calls(method, path) {
      return fake.requests.filter((r) => r.method === method && path.test(r.path));
    },
    close: () =>
      new Promise((resolve) => {
        for (const stream of fake.streams) stream.destroy();
        server.close(() => resolve());
      }),
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => send(res, 500, { error: `fake server: ${error.message}` }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', fake.url);
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : (v ?? '')]),
    );
    const body = await readBody(req, url);
    const method = req.method ?? 'GET';
    fake.requests.push({ method, path: url.pathname, query: url.searchParams, headers, body });

    const auth = headers.authorization ?? '';
    if (auth !== `Bearer ${token}`) return send(res, 401, { error: 'The access token is invalid' });
    if (revoked) return send(res, 401, { error: 'The access token was revoked' });

    // Rate limit: the budget resets at resetAt; a spent budget answers 429 until then.
    if (Date.now() >= resetAt) {
      remaining = RATE_LIMIT;
      resetAt = Date.now() + WINDOW_MS;
    }
    if (remaining <= 0) return send(res, 429, { error: 'Too many requests' });
    remaining--;

    const failure = failures.find((f) => !f.path || f.path.test(url.pathname));
    if (failure) {
      if (--failure.times <= 0) failures.splice(failures.indexOf(failure), 1);
      return send(res, failure.status, { error: failure.error });
    }
    return route(method, url, headers, body ?? {}, res);
  }

  function route(
    method: string,
    url: URL,
    headers: Record<string, string>,
    body: Record<string, unknown>,
    res: ServerResponse,
  ) {
    const path = url.pathname;
    let m: RegExpMatchArray | null;
    if (method === 'GET' && path === '/api/v1/accounts/verify_credentials') {
      return send(res, 200, {
        ...me,
        source: { privacy: 'public', sensitive: false, language: 'sv', note: '', fields: [] },
      });
    }
    if (method === 'GET' && path === '/api/v1/streaming/user/notification') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(':)\n\n'); // the streaming server's first heartbeat comment
      fake.streams.add(res);
      res.on('close', () => fake.streams.delete(res));
      return;
    }
    if (method === 'GET' && path === '/api/v2/instance') {
      return send(res, 200, {
        domain: host,
        title: 'Fake Social',
        version: '4.3.0',
        configuration: {
          urls: { streaming: fake.url.replace(/^http/, 'ws') },
          statuses: { max_characters: fake.maxCharacters, max_media_attachments: 4, characters_reserved_per_url: 23 },
          media_attachments: { image_size_limit: 16_777_216, supported_mime_types: ['image/png', 'image/jpeg'] },
        },
      });
    }
    if (method === 'GET' && path === '/api/v1/notifications') {
      const types = [...url.searchParams.getAll('types[]'), ...url.searchParams.getAll('types')];
      const withFiltered = url.searchParams.get('include_filtered') === 'true';
      const list = notifications.filter(
        (n) => (types.length === 0 || types.includes(n.type)) && (withFiltered || !filtered.has(n.id)),
      );
      return sendPage(res, url, list, 40, 80);
    }
    if (method === 'GET' && path === '/api/v1/follow_requests') {
      return sendPage(res, url, [...fake.followRequests], 40, 80);
    }
    if ((m = path.match(/^\/api\/v1\/follow_requests\/(\d+)\/(authorize|reject)$/)) && method === 'POST') {
      const index = fake.followRequests.findIndex((a) => a.id === m![1]);
      if (index < 0) return send(res, 404, { error: 'Record not found' });
      fake.followRequests.splice(index, 1);
      if (m[2] === 'authorize') me.followers_count++;
      return send(res, 200, relationship(m[1]!, { followed_by: m[2] === 'authorize' }));
    }
    if ((m = path.match(/^\/api\/v1\/accounts\/(\d+)$/)) && method === 'GET') {
      const account = accounts.get(m[1]!);
      return account ? send(res, 200, account) : send(res, 404, { error: 'Record not found' });
    }
    if ((m = path.match(/^\/api\/v1\/accounts\/(\d+)\/(block|mute)$/)) && method === 'POST') {
      if (!accounts.has(m[1]!)) return send(res, 404, { error: 'Record not found' });
      (m[2] === 'block' ? fake.blocked : fake.muted).add(m[1]!);
      return send(res, 200, relationship(m[1]!, m[2] === 'block' ? { blocking: true } : { muting: true }));
    }
    if ((m = path.match(/^\/api\/v1\/accounts\/(\d+)\/(unblock|unmute)$/)) && method === 'POST') {
      if (!accounts.has(m[1]!)) return send(res, 404, { error: 'Record not found' });
      (m[2] === 'unblock' ? fake.blocked : fake.muted).delete(m[1]!);
      return send(res, 200, relationship(m[1]!, m[2] === 'unblock' ? { blocking: false } : { muting: false }));
    }
    if ((m = path.match(/^\/api\/v1\/statuses\/(\d+)$/))) {
      const status = fake.statuses.get(m[1]!);
      if (!status) return send(res, 404, { error: 'Record not found' });
      if (method === 'GET') return send(res, 200, status);
      if (method === 'DELETE') {
        if (status.account.id !== me.id) return send(res, 403, { error: 'This action is not allowed' });
        fake.statuses.delete(status.id);
        return send(res, 200, { ...status, text: status.content });
      }
    }
    if ((m = path.match(/^\/api\/v1\/statuses\/(\d+)\/context$/)) && method === 'GET') {
      const status = fake.statuses.get(m[1]!);
      if (!status) return send(res, 404, { error: 'Record not found' });
      const ancestors: FakeStatus[] = [];
      for (let at = status.in_reply_to_id; at;) {
        const parent = fake.statuses.get(at);
        if (!parent) break;
        ancestors.unshift(parent);
        at = parent.in_reply_to_id;
      }
      const descendants = [...fake.statuses.values()].filter((s) => s.in_reply_to_id === status.id);
      return send(res, 200, { ancestors, descendants });
    }
    if (method === 'POST' && path === '/api/v1/statuses') return createStatus(headers, body, res);
    if (method === 'POST' && path === '/api/v2/media') {
      const file = body.file as { size: number; type: string } | undefined;
      if (!file) return send(res, 422, { error: 'Validation failed: File must be present' });
      const id = nextId();
      const media = {
        id,
        type: 'image' as const,
        url: `https://${host}/media/${id}.png`,
        preview_url: `https://${host}/media/${id}-small.png`,
        remote_url: null,
        meta: {},
        description: typeof body.description === 'string' ? body.description : null,
        blurhash: null,
        bytes: file.size,
        mimeType: file.type,
      };
      fake.media.set(id, media);
      const { bytes: _bytes, mimeType: _mime, ...json } = media;
      if (fake.mediaProcessingPolls > 0) {
        processing.set(id, fake.mediaProcessingPolls);
        return send(res, 202, { ...json, url: null });
      }
      return send(res, 200, json);
    }
    if ((m = path.match(/^\/api\/v1\/media\/(\d+)$/)) && method === 'GET') {
      const media = fake.media.get(m[1]!);
      if (!media) return send(res, 404, { error: 'Record not found' });
      const { bytes: _bytes, mimeType: _mime, ...json } = media;
      const left = processing.get(media.id) ?? 0;
      if (left > 0) {
        processing.set(media.id, left - 1);
        return send(res, 206, { ...json, url: null }); // Mastodon: 206 Partial Content while processing
      }
      return send(res, 200, json);
    }
    if (method === 'POST' && path === '/api/v1/reports') {
      const target = accounts.get(String(body.account_id));
      if (!target) return send(res, 404, { error: 'Record not found' });
      const report = {
        id: nextId(),
        action_taken: false,
        action_taken_at: null,
        category: body.category ?? 'other',
        comment: body.comment ?? '',
        forwarded: body.forward === true,
        created_at: new Date().toISOString(),
        status_ids: (body.status_ids as string[] | undefined) ?? null,
        rule_ids: null,
        target_account: target,
      };
      fake.reports.push(report);
      return send(res, 200, report);
    }
    return send(res, 404, { error: 'Record not found' });
  }

  function createStatus(headers: Record<string, string>, body: Record<string, unknown>, res: ServerResponse) {
    // Mastodon keeps the answer to an Idempotency-Key for an hour and gives it again on a repeat.
    const key = headers['idempotency-key'];
    if (key && idempotency.has(`${me.id}:${key}`)) return send(res, 200, idempotency.get(`${me.id}:${key}`));
    const text = typeof body.status === 'string' ? body.status : '';
    const mediaIds = (body.media_ids as string[] | undefined) ?? [];
    if (!text && mediaIds.length === 0) return send(res, 422, { error: "Validation failed: Text can't be blank" });
    if ([...new Intl.Segmenter().segment(text)].length > fake.maxCharacters) {
      return send(res, 422, { error: `Validation failed: Text character limit of ${fake.maxCharacters} exceeded` });
    }
    const media = mediaIds.map((id) => fake.media.get(String(id)));
    if (media.some((x) => !x)) return send(res, 422, { error: 'Validation failed: Media attachments invalid' });
    if (media.some((x) => (processing.get(x!.id) ?? 0) > 0)) {
      return send(res, 422, { error: 'Cannot attach files that have not finished processing. Try again in a moment!' });
    }
    const inReplyTo = body.in_reply_to_id ? fake.statuses.get(String(body.in_reply_to_id)) : null;
    if (body.in_reply_to_id && !inReplyTo) return send(res, 404, { error: 'Record not found' });
    const visibility = (body.visibility as Visibility | undefined) ?? 'public';
    const mentioned = [...text.matchAll(/@([\w.]+(?:@[\w.-]+)?)/g)]
      .map((x) => [...accounts.values()].find((a) => a.acct === x[1]))
      .filter((a): a is FakeAccount => !!a);
    let answer: unknown;
    if (body.scheduled_at) {
      const at = new Date(String(body.scheduled_at));
      if (!(at.getTime() > Date.now() + 5 * 60_000)) {
        return send(res, 422, { error: 'Validation failed: Scheduled at must be at least 5 minutes in the future' });
      }
      const scheduled = {
        id: nextId(),
        scheduled_at: at.toISOString(),
        params: {
          text,
          visibility,
          in_reply_to_id: body.in_reply_to_id ?? null,
          media_ids: mediaIds,
          idempotency: key ?? null,
        },
        media_attachments: media.map((x) => ({ ...x!, bytes: undefined, mimeType: undefined })),
      };
      fake.scheduled.push(scheduled);
      answer = scheduled;
    } else {
      const status = makeStatus(host, nextId(), me, textToMastodonHtml(text), {
        visibility,
        inReplyTo,
        mentions: mentioned,
        media: media.map((x) => {
          const { bytes: _b, mimeType: _m, ...json } = x!;
          return json;
        }),
        language: typeof body.language === 'string' ? body.language : null,
      });
      status.text = text;
      fake.statuses.set(status.id, status);
      answer = status;
    }
    if (key) idempotency.set(`${me.id}:${key}`, answer);
    return send(res, 200, answer);
  }

  function sendPage<T extends { id: string }>(
    res: ServerResponse,
    url: URL,
    all: T[],
    defaultLimit: number,
    maxLimit: number,
  ) {
    const q = url.searchParams;
    const limit = Math.min(Number(q.get('limit') ?? defaultLimit) || defaultLimit, maxLimit);
    const big = (id: string | null) => (id ? BigInt(id) : null);
    const [maxId, sinceId, minId] = [big(q.get('max_id')), big(q.get('since_id')), big(q.get('min_id'))];
    let items = [...all].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? 1 : -1)); // newest first
    if (maxId !== null) items = items.filter((x) => BigInt(x.id) < maxId);
    if (sinceId !== null) items = items.filter((x) => BigInt(x.id) > sinceId);
    if (minId !== null) {
      // "Immediately newer than": the oldest `limit` after min_id, still answered newest first.
      items = items
        .filter((x) => BigInt(x.id) > minId)
        .reverse()
        .slice(0, limit)
        .reverse();
    } else {
      items = items.slice(0, limit);
    }
    const headers: Record<string, string> = {};
    if (items.length > 0) {
      const base = `${fake.url}${url.pathname}`;
      const extra = [...q.entries()]
        .filter(([k]) => !['max_id', 'since_id', 'min_id'].includes(k))
        .map(([k, v]) => `&${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
        .join('');
      headers.link = `<${base}?max_id=${items.at(-1)!.id}${extra}>; rel="next", <${base}?min_id=${items[0]!.id}${extra}>; rel="prev"`;
    }
    return send(res, 200, items, headers);
  }

  function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(remaining, 0)),
      'x-ratelimit-reset': new Date(resetAt).toISOString(),
      ...headers,
    });
    res.end(JSON.stringify(json));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

/** JSON, form-encoded or multipart bodies (masto sends media as multipart) as a plain object. */
async function readBody(req: IncomingMessage, url: URL): Promise<Record<string, unknown> | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return null;
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
  if (type.includes('multipart/form-data') || type.includes('application/x-www-form-urlencoded')) {
    const form = await new Request(url, { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
    const out: Record<string, unknown> = {};
    for (const [key, value] of form.entries()) {
      const name = key.replace(/\[\d*\]$/, '');
      const v = typeof value === 'string' ? value : { size: value.size, type: value.type, name: value.name };
      if (key !== name) out[name] = [...((out[name] as unknown[]) ?? []), v];
      else out[name] = v;
    }
    return out;
  }
  return { raw: raw.toString('utf8') };
}
