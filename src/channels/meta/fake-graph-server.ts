/**
 * A local stand-in for Meta's Graph API (node:http), written from Meta's documentation: the Page
 * and Instagram user nodes, feed/media and comments edges, comment replies, private replies (one per
 * comment, within 7 days: error code 10 / subcode 2018278), hide/unhide, delete, Page blocking,
 * publishing, mentioned_comment/mentioned_media, and Graph error objects ({ error: { message, type,
 * code, error_subcode, fbtrace_id } }) for revoked tokens (190) and rate limits (4/17/32/613, 429).
 * Every request is recorded for assertions. Tests only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedGraphRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown> | null;
  contentType: string | undefined;
  token: string | null;
}

export interface FakeComment {
  id: string;
  /** Facebook: the post id; Instagram: the media id. */
  parentObjectId: string;
  message: string;
  from: { id: string; name?: string; username?: string };
  createdAt: Date;
  parentCommentId?: string;
  hidden: boolean;
  deleted: boolean;
}

export interface FakeGraphError {
  status: number;
  code: number;
  subcode?: number;
  message: string;
  type?: string;
  headers?: Record<string, string>;
}

const VERSION = 'v21.0';

export class FakeGraphServer {
  readonly requests: RecordedGraphRequest[] = [];
  readonly tokens = new Set<string>();
  readonly revokedTokens = new Set<string>();
  /** Whose token it is (a Page id or an Instagram user id). */
  private readonly tokenOwner = new Map<string, string>();
  readonly pages = new Map<string, Record<string, unknown>>();
  readonly igUsers = new Map<string, Record<string, unknown>>();
  /** Posts (Facebook) and media (Instagram) by id. */
  readonly posts = new Map<string, { id: string; ownerId: string; message: string; createdAt: Date }>();
  readonly comments = new Map<string, FakeComment>();
  readonly blocked = new Map<string, Set<string>>();
  readonly privateReplies = new Map<string, { text: string; messageId: string }>();
  readonly published: Array<Record<string, unknown>> = [];
  /** Who wrote a visitor post on a Page (the Page's own posts have none). */
  readonly postAuthors = new Map<string, string>();
  /** Errors to answer the next requests with, in order. */
  readonly failNext: FakeGraphError[] = [];
  private server: Server | null = null;
  private seq = 1000;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/${VERSION}`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  nextId(prefix = ''): string {
    return `${prefix}${++this.seq}${Math.floor(Math.random() * 1e6)}`;
  }

  addPage(id: string, fields: Record<string, unknown>, token: string) {
    this.pages.set(id, { id, ...fields });
    this.tokens.add(token);
    this.tokenOwner.set(token, id);
  }

  addIgUser(id: string, fields: Record<string, unknown>, token: string) {
    this.igUsers.set(id, { id, ...fields });
    this.tokens.add(token);
    this.tokenOwner.set(token, id);
  }

  addPost(ownerId: string, id: string, message: string, createdAt = new Date()) {
    this.posts.set(id, { id, ownerId, message, createdAt });
  }

  addComment(comment: Omit<FakeComment, 'hidden' | 'deleted'>) {
    this.comments.set(comment.id, { ...comment, hidden: false, deleted: false });
  }

  requestsTo(method: string, pathSuffix: string) {
    return this.requests.filter((r) => r.method === method && r.path.endsWith(pathSuffix));
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://graph.local');
    const raw = await readBody(req);
    const contentType = req.headers['content-type'];
    const body = parseBody(raw, contentType);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : (url.searchParams.get('access_token') ?? null);
    const path = url.pathname.replace(new RegExp(`^/${VERSION}/`), '').replace(/\/+$/, '');
    this.requests.push({
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      contentType,
      token,
    });
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(json));
    };
    const fail = (e: FakeGraphError) =>
      send(
        e.status,
        {
          error: {
            message: e.message,
            type: e.type ?? 'OAuthException',
            code: e.code,
            ...(e.subcode ? { error_subcode: e.subcode } : {}),
            fbtrace_id: `Fake${this.seq}`,
          },
        },
        e.headers,
      );

    const injected = this.failNext.shift();
    if (injected) return fail(injected);
    if (!token || this.revokedTokens.has(token) || !this.tokens.has(token)) {
      return fail({
        status: 400,
        code: 190,
        subcode: token && this.revokedTokens.has(token) ? 460 : undefined,
        message:
          'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
      });
    }
    try {
      const result = this.route(req.method ?? 'GET', path.split('/'), url.searchParams, body ?? {}, token);
      if ('error' in result) return fail(result.error);
      send(200, result.json, { 'x-app-usage': JSON.stringify({ call_count: 1, total_time: 1, total_cputime: 1 }) });
    } catch (error) {
      send(500, { error: { message: (error as Error).message, type: 'FakeGraphError', code: 1 } });
    }
  }

  private route(
    method: string,
    parts: string[],
    query: URLSearchParams,
    body: Record<string, unknown>,
    token: string,
  ): { json: unknown } | { error: FakeGraphError } {
    const [id, edge] = parts as [string, string | undefined];
    const notFound = (): { error: FakeGraphError } => ({
      error: {
        status: 400,
        code: 100,
        subcode: 33,
        type: 'GraphMethodException',
        message: `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
      },
    });
    const pageId = id === 'me' ? [...this.pages.keys()][0]! : id;

    if (method === 'GET' && !edge) {
      const fields = query.get('fields') ?? '';
      if (this.igUsers.has(id) && fields.startsWith('mentioned_')) return this.mention(id, fields);
      const node = this.pages.get(id) ?? this.igUsers.get(id);
      if (node) return { json: node };
      const comment = this.comments.get(id);
      if (comment && !comment.deleted) return { json: this.commentJson(comment) };
      const post = this.posts.get(id);
      if (post) {
        return {
          json: {
            id: post.id,
            message: post.message,
            created_time: graphDate(post.createdAt),
            permalink_url: `https://www.facebook.com/${post.id}`,
          },
        };
      }
      return notFound();
    }
    if (method === 'GET' && (edge === 'feed' || edge === 'media')) {
      const posts = [...this.posts.values()].filter((p) => p.ownerId === id);
      posts.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
      return {
        json: {
          data: posts.map((p) =>
            edge === 'feed'
              ? {
                  id: p.id,
                  message: p.message,
                  created_time: graphDate(p.createdAt),
                  permalink_url: `https://www.facebook.com/${p.id}`,
                }
              : {
                  id: p.id,
                  caption: p.message,
                  timestamp: graphDate(p.createdAt),
                  permalink: `https://www.instagram.com/p/${p.id}/`,
                },
          ),
        },
      };
    }
    if (method === 'GET' && (edge === 'comments' || edge === 'replies') && this.comments.has(id)) {
      const replies = [...this.comments.values()].filter((c) => c.parentCommentId === id && !c.deleted);
      return { json: { data: replies.map((c) => this.commentJson(c)) } };
    }
    if (method === 'GET' && edge === 'comments') {
      const all = [...this.comments.values()].filter((c) => c.parentObjectId === id && !c.deleted);
      const top = all.filter((c) => !c.parentCommentId);
      const isIg = this.igUsers.has(this.posts.get(id)?.ownerId ?? '');
      const json = isIg
        ? top.map((c) => ({
            ...this.commentJson(c),
            replies: { data: all.filter((r) => r.parentCommentId === c.id).map((r) => this.commentJson(r)) },
          }))
        : all.map((c) => this.commentJson(c));
      return { json: { data: json } };
    }
    if (method === 'POST' && edge === 'comments' && this.posts.has(id)) {
      if (!this.ownedBy(this.posts.get(id)!.ownerId, token)) return notFound();
      const created: FakeComment = {
        id: `${id.split('_').pop()}_${this.nextId()}`,
        parentObjectId: id,
        message: String(body.message ?? ''),
        from: { id: this.posts.get(id)!.ownerId },
        createdAt: new Date(),
        hidden: false,
        deleted: false,
      };
      this.comments.set(created.id, created);
      return { json: { id: created.id } };
    }
    if (method === 'POST' && (edge === 'comments' || edge === 'replies')) {
      const parent = this.comments.get(id);
      if (!parent || parent.deleted) return notFound();
      const ownerId = this.posts.get(parent.parentObjectId)?.ownerId ?? '';
      // Only comments under the token's own Page/account can be answered this way.
      if (!this.ownedBy(ownerId, token)) return notFound();
      const created: FakeComment = {
        id: this.nextId(edge === 'replies' ? '' : `${parent.parentObjectId.split('_').pop()}_`),
        parentObjectId: parent.parentObjectId,
        parentCommentId: parent.id,
        message: String(body.message ?? ''),
        from: { id: ownerId },
        createdAt: new Date(),
        hidden: false,
        deleted: false,
      };
      this.comments.set(created.id, created);
      return { json: { id: created.id } };
    }
    if (method === 'POST' && edge === 'mentions') {
      // Reply to an @mention of the account: in a comment (comment_id + media_id) or a caption (media_id).
      const mediaId = String(body.media_id ?? '');
      const commentId = body.comment_id ? String(body.comment_id) : undefined;
      if (!this.posts.has(mediaId) || (commentId && this.comments.get(commentId)?.parentObjectId !== mediaId)) {
        return notFound();
      }
      const created: FakeComment = {
        id: this.nextId(),
        parentObjectId: mediaId,
        parentCommentId: commentId,
        message: String(body.message ?? ''),
        from: { id: id, username: this.igUsers.get(id)?.username as string | undefined },
        createdAt: new Date(),
        hidden: false,
        deleted: false,
      };
      this.comments.set(created.id, created);
      return { json: { id: created.id } };
    }
    if (method === 'POST' && edge === 'messages') {
      const recipient = (body.recipient ?? {}) as { comment_id?: string; post_id?: string };
      const visitorPost = recipient.post_id ? this.posts.get(recipient.post_id) : undefined;
      const comment = recipient.comment_id
        ? this.comments.get(recipient.comment_id)
        : visitorPost && {
            id: visitorPost.id,
            createdAt: visitorPost.createdAt,
            from: { id: this.postAuthors.get(visitorPost.id) ?? 'unknown' },
          };
      if (!comment) return notFound();
      const tooLate = Date.now() - comment.createdAt.getTime() > 7 * 24 * 3600_000;
      if (tooLate || this.privateReplies.has(comment.id)) {
        return {
          error: {
            status: 400,
            code: 10,
            subcode: 2018278,
            message: '(#10) This message is sent outside of allowed window.',
          },
        };
      }
      const messageId = `m_${this.nextId()}`;
      const text = (body.message as { text?: string } | undefined)?.text ?? '';
      this.privateReplies.set(comment.id, { text, messageId });
      return { json: { recipient_id: comment.from.id, message_id: messageId } };
    }
    if (method === 'POST' && edge === 'blocked') {
      const user = String(body.user ?? '');
      if (!this.pages.has(pageId)) return notFound();
      const set = this.blocked.get(pageId) ?? new Set<string>();
      set.add(user);
      this.blocked.set(pageId, set);
      return { json: { [user]: true } };
    }
    if (method === 'POST' && edge === 'photos') {
      return { json: { id: this.nextId() } };
    }
    if (method === 'POST' && edge === 'feed') {
      const postId = `${pageId}_${this.nextId()}`;
      this.published.push({ id: postId, ...body });
      this.addPost(pageId, postId, String(body.message ?? ''));
      return { json: { id: postId } };
    }
    if (method === 'POST' && !edge) {
      const comment = this.comments.get(id);
      if (!comment || comment.deleted) return notFound();
      const flag = body.is_hidden ?? body.hide;
      comment.hidden = flag === true || flag === 'true';
      return { json: { success: true } };
    }
    if (method === 'DELETE' && !edge) {
      const comment = this.comments.get(id);
      if (!comment || comment.deleted) return notFound();
      comment.deleted = true;
      return { json: { success: true } };
    }
    return notFound();
  }

  private ownedBy(ownerId: string, token: string) {
    return this.tokenOwner.get(token) === ownerId;
  }

  private commentJson(c: FakeComment) {
    const ig = this.igUsers.has(this.posts.get(c.parentObjectId)?.ownerId ?? '');
    return ig
      ? {
          id: c.id,
          text: c.message,
          timestamp: graphDate(c.createdAt),
          username: c.from.username,
          from: { id: c.from.id, username: c.from.username },
          hidden: c.hidden,
          ...(c.parentCommentId ? { parent_id: c.parentCommentId } : {}),
        }
      : {
          id: c.id,
          message: c.message,
          created_time: graphDate(c.createdAt),
          from: { id: c.from.id, name: c.from.name },
          is_hidden: c.hidden,
          permalink_url: `https://www.facebook.com/${c.id}`,
          ...(c.parentCommentId ? { parent: { id: c.parentCommentId } } : {}),
        };
  }

  /** GET /{ig-user-id}?fields=mentioned_comment.comment_id(X){…} or mentioned_media.media_id(X){…} */
  private mention(igUserId: string, fields: string): { json: unknown } | { error: FakeGraphError } {
    const match = /^mentioned_(comment|media)\.(?:comment|media)_id\(([^)]+)\)/.exec(fields);
    if (!match) return { error: { status: 400, code: 100, message: '(#100) Invalid mention field' } };
    const [, what, id] = match as unknown as [string, string, string];
    if (what === 'comment') {
      const c = this.comments.get(id);
      if (!c) return { error: { status: 400, code: 100, message: `(#100) Comment ${id} not found` } };
      const media = this.posts.get(c.parentObjectId);
      return {
        json: {
          id: igUserId,
          mentioned_comment: {
            id: c.id,
            text: c.message,
            timestamp: graphDate(c.createdAt),
            username: c.from.username,
            media: media
              ? { id: media.id, caption: media.message, permalink: `https://www.instagram.com/p/${media.id}/` }
              : { id: c.parentObjectId },
          },
        },
      };
    }
    const m = this.posts.get(id);
    if (!m) return { error: { status: 400, code: 100, message: `(#100) Media ${id} not found` } };
    return {
      json: {
        id: igUserId,
        mentioned_media: {
          id: m.id,
          caption: m.message,
          timestamp: graphDate(m.createdAt),
          username: (this.igUsers.get(m.ownerId)?.username as string | undefined) ?? `user${m.ownerId}`,
          permalink: `https://www.instagram.com/p/${m.id}/`,
          owner: { id: m.ownerId },
        },
      },
    };
  }
}

/** Graph's date format: 2026-11-24T05:10:00+0000. */
export function graphDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+0000');
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseBody(raw: Buffer, contentType: string | undefined): Record<string, unknown> | null {
  if (raw.length === 0) return null;
  if (contentType?.startsWith('application/json')) return JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
  if (contentType?.startsWith('application/x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
  // multipart (photo uploads): only the fact of the upload matters here.
  return { multipartBytes: raw.length };
}
