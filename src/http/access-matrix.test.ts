/**
 * Every /api route against every role, other tenants, anonymous callers and missing CSRF tokens.
 * The routes come from the running app (app.routeCatalog), so a route added later is tested as
 * soon as it exists — and this file fails until CASES below says how to call it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Access, ROLES, type Role } from '../auth/roles.js';
import { defaultToneGuide } from '../language/tone/check-tone.js';
import type { RouteCatalogEntry } from './route-catalog.js';
import { createTestApp, type TestApp, type TestClient } from '../test-support/test-app.js';
import { makeMember, TEST_PASSWORD } from '../test-support/factories.js';
import {
  fillPath,
  makeMatrixFixture,
  type MatrixFixture,
  membersWithOneRole,
  send,
  snapshotWorkspace,
  unique,
} from './access-matrix.support.js';

interface RouteCase {
  /** A body that passes the route's validation (validation runs before the access check). */
  body?: (fx: MatrixFixture, role: Role) => unknown;
  query?: string;
  /** Answers with an event stream that stays open. */
  stream?: boolean;
}

/** How to call each non-public route. Add your route here with a minimal valid body. */
const CASES: Record<string, RouteCase> = {
  // auth (any logged-in user)
  'POST /api/auth/logout': {},
  'GET /api/auth/me': {},
  'PATCH /api/auth/me': { body: () => ({ language: 'en' }) },
  'POST /api/auth/password': { body: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'matrix password 1' }) },
  // workspaces
  'POST /api/workspaces': {
    body: () => ({
      name: 'Matrix',
      slug: `matrix-${unique()}`,
      country: 'SE',
      timeZone: 'Europe/Stockholm',
      defaultLanguage: 'sv',
    }),
  },
  'GET /api/workspaces/:workspaceId': {},
  'PATCH /api/workspaces/:workspaceId': { body: () => ({ timeZone: 'Europe/Amsterdam' }) },
  'GET /api/workspaces/:workspaceId/members': {},
  'PATCH /api/workspaces/:workspaceId/members/:userId': { body: () => ({ roles: ['analyst'] }) },
  'DELETE /api/workspaces/:workspaceId/members/:userId': {},
  'GET /api/workspaces/:workspaceId/invitations': {},
  'POST /api/workspaces/:workspaceId/invitations': {
    body: () => ({ email: `matrix-${unique()}@example.test`, roles: ['viewer'] }),
  },
  'DELETE /api/workspaces/:workspaceId/invitations/:invitationId': {},
  'GET /api/workspaces/:workspaceId/audit': { query: 'limit=5' },
  'POST /api/workspaces/:workspaceId/audit/verify': {},
  'GET /api/workspaces/:workspaceId/events': { stream: true },
  // channels
  'GET /api/workspaces/:workspaceId/channels': {},
  'POST /api/workspaces/:workspaceId/channels': {
    body: () => ({ kind: 'sandbox', name: 'Matrix', handle: `m${unique()}`, settings: { ratePerMinute: 0 } }),
  },
  'GET /api/workspaces/:workspaceId/channels/:channelId': {},
  'PATCH /api/workspaces/:workspaceId/channels/:channelId': { body: () => ({ name: 'Renamed' }) },
  'DELETE /api/workspaces/:workspaceId/channels/:channelId': {},
  'POST /api/workspaces/:workspaceId/channels/:channelId/test': {},
  'POST /api/workspaces/:workspaceId/channels/:channelId/reconnect': {
    body: () => ({ credentials: { token: 'sbx_matrix_reconnect' } }),
  },
  'GET /api/workspaces/:workspaceId/channels/:channelId/profile': {},
  'GET /api/workspaces/:workspaceId/channels/:channelId/follow-requests': {},
  'POST /api/workspaces/:workspaceId/channels/:channelId/sync': {},
  'GET /api/workspaces/:workspaceId/channels/:channelId/items': { query: 'limit=5' },
  'GET /api/workspaces/:workspaceId/channels/:channelId/actions': { query: 'limit=5' },
  // Which action a role may ask for is decided per kind: pick one the role holds.
  'POST /api/workspaces/:workspaceId/channels/:channelId/actions': {
    body: (fx, role) =>
      role === 'moderator'
        ? { kind: 'hide', targetPlatformId: fx.itemPlatformId }
        : { kind: 'publicReply', targetPlatformId: fx.itemPlatformId, text: 'Tack!' },
  },
  // replies, notes, reviews, compose check (src/replies)
  'POST /api/workspaces/:workspaceId/conversations/:conversationId/replies': { body: () => ({ text: 'Tack!' }) },
  'POST /api/workspaces/:workspaceId/conversations/:conversationId/notes': { body: () => ({ text: 'Kolla @admin' }) },
  'GET /api/workspaces/:workspaceId/reviews': {},
  'POST /api/workspaces/:workspaceId/items/:itemId/review': {
    body: () => ({ decision: 'reject', comment: 'Not like this' }),
  },
  'POST /api/workspaces/:workspaceId/items/:itemId/retry': {},
  'POST /api/workspaces/:workspaceId/compose/check': { body: () => ({ text: 'Thanks!', language: 'en' }) },
  // take-it-offline cases (src/cases)
  'POST /api/workspaces/:workspaceId/conversations/:conversationId/take-offline': {
    body: () => ({ publicText: 'Vi skickar ett meddelande.', privateText: 'Hej!' }),
  },
  'GET /api/workspaces/:workspaceId/cases': {},
  'GET /api/workspaces/:workspaceId/cases/:caseId': {},
  'PATCH /api/workspaces/:workspaceId/cases/:caseId': { body: () => ({ status: 'resolved', outcome: 'Fixed' }) },
  'POST /api/workspaces/:workspaceId/cases/:caseId/close': { body: () => ({ text: 'Löst!' }) },
  // tone guides (src/tone-guides)
  'GET /api/workspaces/:workspaceId/tone-guides/:language': {},
  'PUT /api/workspaces/:workspaceId/tone-guides/:language': { body: () => defaultToneGuide('sv') },
  // inbox settings, SLA policies and events (src/inbox-settings), notifications (src/notifications)
  'GET /api/workspaces/:workspaceId/inbox-settings': {},
  'PUT /api/workspaces/:workspaceId/inbox-settings': { body: () => ({ warningRatio: 0.8 }) },
  'GET /api/workspaces/:workspaceId/sla-policies': {},
  'POST /api/workspaces/:workspaceId/sla-policies': {
    body: () => ({ name: 'Matrix', firstResponseMinutes: 60, nextResponseMinutes: 60 }),
  },
  'PATCH /api/workspaces/:workspaceId/sla-policies/:policyId': { body: () => ({ name: 'Renamed' }) },
  'DELETE /api/workspaces/:workspaceId/sla-policies/:policyId': {},
  'GET /api/workspaces/:workspaceId/sla/events': { query: 'limit=5' },
  'GET /api/workspaces/:workspaceId/notifications': { query: 'unread=true' },
  'POST /api/workspaces/:workspaceId/notifications/read': { body: () => ({ all: true }) },
  'GET /api/workspaces/:workspaceId/webhook-deliveries': {},
  // routing rules (src/routing)
  'GET /api/workspaces/:workspaceId/routing-rules': {},
  'POST /api/workspaces/:workspaceId/routing-rules': {
    body: () => ({ name: 'Matrix', conditions: { keywords: ['sopor'] }, actions: { addTags: ['avfall'] } }),
  },
  'PATCH /api/workspaces/:workspaceId/routing-rules/:ruleId': { body: () => ({ name: 'Renamed' }) },
  'DELETE /api/workspaces/:workspaceId/routing-rules/:ruleId': {},
  // inbox (src/inbox) and responders/teams (src/responders)
  'GET /api/workspaces/:workspaceId/conversations': { query: 'view=all&limit=5' },
  'GET /api/workspaces/:workspaceId/conversations/counts': {},
  'GET /api/workspaces/:workspaceId/conversations/:conversationId': {},
  'PATCH /api/workspaces/:workspaceId/conversations/:conversationId': { body: () => ({ priority: 'high' }) },
  'POST /api/workspaces/:workspaceId/conversations/bulk': {
    body: (fx) => ({
      conversationIds: [fx.ids.conversationId ?? '00000000-0000-4000-8000-000000000000'],
      patch: { tags: ['matrix'] },
    }),
  },
  'POST /api/workspaces/:workspaceId/conversations/:conversationId/presence': { body: () => ({ typing: true }) },
  'GET /api/workspaces/:workspaceId/responders': {},
  'PUT /api/workspaces/:workspaceId/responders/:userId': {
    body: () => ({ languages: ['sv'], channelIds: [], onDuty: true, inTraining: false, maxOpen: 10, managerId: null }),
  },
  'POST /api/workspaces/:workspaceId/responders/me/duty': { body: () => ({ onDuty: false }) },
  'GET /api/workspaces/:workspaceId/teams': {},
  'POST /api/workspaces/:workspaceId/teams': { body: () => ({ name: `Team ${unique()}`, memberIds: [] }) },
  'PATCH /api/workspaces/:workspaceId/teams/:teamId': { body: () => ({ name: `Team ${unique()}` }) },
  'DELETE /api/workspaces/:workspaceId/teams/:teamId': {},
  // saved replies and FAQ (src/knowledge)
  'GET /api/workspaces/:workspaceId/saved-replies': { query: 'language=sv' },
  'POST /api/workspaces/:workspaceId/saved-replies': {
    body: () => ({ title: 'Matrix', language: 'sv', body: 'Hej {{author.name}}!' }),
  },
  'PATCH /api/workspaces/:workspaceId/saved-replies/:savedReplyId': { body: () => ({ title: 'Renamed' }) },
  'DELETE /api/workspaces/:workspaceId/saved-replies/:savedReplyId': {},
  'POST /api/workspaces/:workspaceId/saved-replies/:savedReplyId/render': {
    body: (fx) => ({ conversationId: fx.ids.conversationId ?? '00000000-0000-4000-8000-000000000000' }),
  },
  'GET /api/workspaces/:workspaceId/faq': {},
  'GET /api/workspaces/:workspaceId/faq/suggestions': { query: 'text=bygglov&language=sv' },
  'POST /api/workspaces/:workspaceId/faq': {
    body: () => ({ slug: `matrix-${unique()}`, language: 'sv', question: 'Matrix?', answer: 'Svar.' }),
  },
  'PATCH /api/workspaces/:workspaceId/faq/:articleId': { body: () => ({ published: false }) },
  'DELETE /api/workspaces/:workspaceId/faq/:articleId': {},
  // community guidelines (src/guidelines)
  'GET /api/workspaces/:workspaceId/guidelines': {},
  'PUT /api/workspaces/:workspaceId/guidelines/draft': { body: () => ({ rules: [] }) },
  'POST /api/workspaces/:workspaceId/guidelines/draft/publish': {},
  'DELETE /api/workspaces/:workspaceId/guidelines/draft': {},
  // moderation queue, actions and rules (src/moderation)
  'GET /api/workspaces/:workspaceId/moderation/queue': { query: 'status=pending&limit=5' },
  'GET /api/workspaces/:workspaceId/moderation/queue/:entryId': {},
  'POST /api/workspaces/:workspaceId/moderation/flags': {
    body: () => ({ itemId: '00000000-0000-4000-8000-000000000000' }),
  },
  'POST /api/workspaces/:workspaceId/moderation/queue/:entryId/dismiss': { body: () => ({}) },
  'POST /api/workspaces/:workspaceId/moderation/actions': {
    body: () => ({
      itemId: '00000000-0000-4000-8000-000000000000',
      kind: 'hide',
      ruleKey: 'threats',
      statement: 'Threatens violence.',
    }),
  },
  'POST /api/workspaces/:workspaceId/moderation/actions/:actionId/undo': { body: () => ({ statement: 'Mistake.' }) },
  'GET /api/workspaces/:workspaceId/moderation/actions': { query: 'itemId=00000000-0000-4000-8000-000000000000' },
  'GET /api/workspaces/:workspaceId/moderation/rules': {},
  'POST /api/workspaces/:workspaceId/moderation/rules': {
    body: () => ({ name: 'Matrix', condition: { type: 'words', words: ['matrix'] } }),
  },
  'POST /api/workspaces/:workspaceId/moderation/rules/dry-run': {
    body: () => ({ condition: { type: 'words', words: ['matrix'] }, days: 1 }),
  },
  'PATCH /api/workspaces/:workspaceId/moderation/rules/:ruleId': { body: () => ({ name: 'Renamed' }) },
  'DELETE /api/workspaces/:workspaceId/moderation/rules/:ruleId': {},
  'GET /api/workspaces/:workspaceId/moderation/rules/:ruleId/hits': { query: 'limit=5' },
  // evidence and privacy (src/evidence, src/privacy)
  'GET /api/workspaces/:workspaceId/evidence': { query: 'itemId=00000000-0000-4000-8000-000000000000' },
  'POST /api/workspaces/:workspaceId/evidence': {
    body: () => ({ itemId: '00000000-0000-4000-8000-000000000000', reason: 'Matrix' }),
  },
  'POST /api/workspaces/:workspaceId/evidence/verify': {},
  'GET /api/workspaces/:workspaceId/evidence/:recordId': {},
  'GET /api/workspaces/:workspaceId/evidence/:recordId/artifacts/:position': {},
  'GET /api/workspaces/:workspaceId/privacy/retention': {},
  'PUT /api/workspaces/:workspaceId/privacy/retention': { body: () => ({ retentionDays: null }) },
  'POST /api/workspaces/:workspaceId/privacy/erasure': {
    body: () => ({ authorId: '00000000-0000-4000-8000-000000000000' }),
  },
  // police-report packages (src/police-reports): an unknown record, so no PDF is rendered
  'POST /api/workspaces/:workspaceId/police-reports': {
    body: () => ({
      recordIds: ['00000000-0000-4000-8000-000000000000'],
      jurisdiction: 'SE',
      language: 'sv',
      offenceCategory: 'unlawful_threat',
      reporter: { name: 'Matrix', organisation: 'Matrix', email: 'matrix@example.test' },
    }),
  },
  'GET /api/workspaces/:workspaceId/police-reports': {},
  'GET /api/workspaces/:workspaceId/police-reports/offence-categories': { query: 'jurisdiction=NL&language=nl' },
  'GET /api/workspaces/:workspaceId/police-reports/:reportId': {},
  'GET /api/workspaces/:workspaceId/police-reports/:reportId/package': {},
  'GET /api/workspaces/:workspaceId/police-reports/:reportId/pdf': {},
  // publishing: blackout windows (src/publishing/blackouts)
  'GET /api/workspaces/:workspaceId/publishing/blackouts': {},
  'GET /api/workspaces/:workspaceId/publishing/blackouts/occurrences': {
    query: 'from=2027-05-01T00:00:00Z&to=2027-06-01T00:00:00Z',
  },
  'GET /api/workspaces/:workspaceId/publishing/blackouts/templates': {},
  'GET /api/workspaces/:workspaceId/publishing/blackouts/:windowId': {},
  'POST /api/workspaces/:workspaceId/publishing/blackouts': {
    body: () => ({
      title: 'Matrix',
      startsLocal: '2027-05-04T19:55',
      durationMinutes: 10,
      timeZone: 'Europe/Amsterdam',
    }),
  },
  'PATCH /api/workspaces/:workspaceId/publishing/blackouts/:windowId': { body: () => ({ enabled: false }) },
  'DELETE /api/workspaces/:workspaceId/publishing/blackouts/:windowId': {},
  // publishing: posts, checks and workflow (src/publishing/posts); unknown post ids answer 404
  'POST /api/workspaces/:workspaceId/publishing/posts': {
    body: (fx) => ({ variants: [{ channelId: fx.ids.channelId, text: 'Matrix' }] }),
  },
  'GET /api/workspaces/:workspaceId/publishing/posts/:postId': {},
  'PATCH /api/workspaces/:workspaceId/publishing/posts/:postId': { body: () => ({ title: 'Renamed' }) },
  'DELETE /api/workspaces/:workspaceId/publishing/posts/:postId': {},
  'POST /api/workspaces/:workspaceId/publishing/posts/:postId/transition': { body: () => ({ to: 'in_review' }) },
  'POST /api/workspaces/:workspaceId/publishing/posts/:postId/comments': { body: () => ({ body: 'Matrix' }) },
  'POST /api/workspaces/:workspaceId/publishing/posts/:postId/reschedule': {
    body: () => ({ scheduledAt: '2030-01-01T10:00:00Z' }),
  },
  'POST /api/workspaces/:workspaceId/publishing/check': {
    body: (fx) => ({ variants: [{ channelId: fx.ids.channelId, text: 'Matrix' }] }),
  },
  'GET /api/workspaces/:workspaceId/publishing/calendar': {
    query: 'from=2030-01-01T00:00:00Z&to=2030-02-01T00:00:00Z',
  },
  'GET /api/workspaces/:workspaceId/publishing/settings': {},
  'PUT /api/workspaces/:workspaceId/publishing/settings': { body: () => ({ requireApproval: true }) },
  // pause then resume may meet each other's state (409), never a refusal of the role
  'POST /api/workspaces/:workspaceId/publishing/pause': { body: () => ({ reason: 'Matrix' }) },
  'POST /api/workspaces/:workspaceId/publishing/resume': {},
  'GET /api/workspaces/:workspaceId/publishing/channels/:channelId/slots': {},
  'PUT /api/workspaces/:workspaceId/publishing/channels/:channelId/slots': {
    body: () => ({ slots: [{ weekday: 1, time: '09:00' }] }),
  },
  'POST /api/workspaces/:workspaceId/publishing/posts/:postId/queue': {},
};

/** Routes anyone may call, and why. A new public route must be added here on purpose. */
const PUBLIC_ROUTES: Record<string, string> = {
  'GET /api/health': 'monitoring and load balancers',
  'POST /api/auth/login': 'logging in',
  'GET /api/openapi.json': 'the API description',
  'GET /api/invitations/:token': 'the invitation page, before the invitee has an account',
  'POST /api/invitations/:token/accept': 'accepting an invitation creates the account and logs in',
  'GET /api/public/faq/:workspaceSlug':
    'the published FAQ, linked from our public replies (the /faq HTML pages are public too)',
  'GET /api/public/guidelines/:workspaceSlug':
    'the published community guidelines, the link in profile bios (the /guidelines HTML pages are public too)',
  'GET /api/webhooks/meta': "Meta's webhook verification handshake; it checks the verify token itself",
  'POST /api/webhooks/meta': 'Facebook/Instagram webhook deliveries; each is checked against X-Hub-Signature-256',
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const keyOf = (route: RouteCatalogEntry) => `${route.method} ${route.url}`;
const rolesOf = (access: Access): readonly Role[] | null => (typeof access === 'object' ? access.roles : null);

let t: TestApp;
let routes: RouteCatalogEntry[];
let a: MatrixFixture;
let b: MatrixFixture;

beforeAll(async () => {
  t = await createTestApp({ live: true }); // live: the event stream route is registered too
  routes = [...t.app.routeCatalog];
  a = await makeMatrixFixture(t);
  b = await makeMatrixFixture(t);
});
afterAll(async () => t?.close());

function caseOf(route: RouteCatalogEntry): RouteCase {
  const found = CASES[keyOf(route)];
  if (!found)
    throw new Error(
      `Add "${keyOf(route)}" to CASES in src/http/access-matrix.test.ts (with a minimal valid body if it takes one).`,
    );
  return found;
}

function requestFor(route: RouteCatalogEntry, fx: MatrixFixture, role: Role, idsFrom: MatrixFixture = fx) {
  const c = caseOf(route);
  const path = fillPath(route.url, fx.workspaceId, idsFrom.ids);
  return {
    method: route.method,
    url: c.query ? `${path}?${c.query}` : path,
    body: SAFE_METHODS.has(route.method) || route.method === 'DELETE' ? undefined : (c.body?.(idsFrom, role) ?? {}),
    stream: c.stream,
  };
}

// Deletions last, so the other routes act on live objects rather than on what was just removed.
const workspaceRoutes = () =>
  routes
    .filter((r) => rolesOf(r.access) !== null)
    .sort((x, y) => Number(x.method === 'DELETE') - Number(y.method === 'DELETE'));
const privateRoutes = () => routes.filter((r) => r.access !== 'public');

describe('the route table', () => {
  it('finds the routes of every feature', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(workspaceRoutes().every((r) => r.url.includes(':workspaceId'))).toBe(true);
  });

  it('says how to call every non-public route and lists every public one on purpose', () => {
    const missing = privateRoutes()
      .map(keyOf)
      .filter((key) => !CASES[key]);
    expect(
      missing,
      `Add these routes to CASES in src/http/access-matrix.test.ts (with a minimal valid body):\n${missing.join('\n')}`,
    ).toEqual([]);
    const unlisted = routes
      .filter((r) => r.access === 'public')
      .map(keyOf)
      .filter((key) => !PUBLIC_ROUTES[key]);
    expect(
      unlisted,
      `These routes are public. If that is intended, add them with a reason to PUBLIC_ROUTES in src/http/access-matrix.test.ts:\n${unlisted.join('\n')}`,
    ).toEqual([]);
    const registered = new Set(routes.map(keyOf));
    const stale = [...Object.keys(CASES), ...Object.keys(PUBLIC_ROUTES)].filter((key) => !registered.has(key));
    expect(
      stale,
      'These table entries name routes that no longer exist (or are no longer public): remove them',
    ).toEqual([]);
    expect(Object.keys(PUBLIC_ROUTES).filter((key) => CASES[key])).toEqual([]);
  });
});

describe('roles', () => {
  it('lets in exactly the declared roles of every workspace route', { timeout: 120_000 }, async () => {
    const asRole = await membersWithOneRole(t, a.workspaceId);
    const failures: string[] = [];
    for (const route of workspaceRoutes()) {
      const allowed = rolesOf(route.access)!;
      for (const role of ROLES) {
        const res = await send(t, asRole[role], requestFor(route, a, role));
        const label = `${keyOf(route)} as ${role} → ${res.statusCode} ${res.message}`;
        if (!allowed.includes(role) && res.statusCode !== 403)
          failures.push(`${label} (expected 403: not one of ${allowed.join(', ')})`);
        if (allowed.includes(role) && (res.statusCode === 401 || res.statusCode === 403 || res.statusCode >= 500)) {
          failures.push(`${label} (expected the role to be let in, without a server error)`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('tenant isolation', () => {
  it(
    "answers 404 to an admin of workspace A for every route of workspace B, and B's objects through A, changing nothing in B",
    { timeout: 120_000 },
    async () => {
      const attacker = await makeMember(t.db, a.workspaceId, [...ROLES]);
      const client = await t.login(attacker.email);
      const before = await snapshotWorkspace(t.db, b.workspaceId);
      const failures: string[] = [];
      for (const route of workspaceRoutes()) {
        const inB = await send(t, client, requestFor(route, b, 'admin'));
        if (inB.statusCode !== 404)
          failures.push(`${keyOf(route)} in workspace B → ${inB.statusCode} ${inB.message} (expected 404)`);
        // The same route in A, pointed at B's objects (channels, members, invitations …).
        if (/:(?!workspaceId\b)\w+/.test(route.url)) {
          const crossed = await send(
            t,
            client,
            requestFor(route, a, 'admin', { ...a, ids: b.ids, itemPlatformId: b.itemPlatformId }),
          );
          if (crossed.statusCode !== 404)
            failures.push(
              `${keyOf(route)} in A with B's ids → ${crossed.statusCode} ${crossed.message} (expected 404)`,
            );
        }
      }
      expect(failures).toEqual([]);
      expect(await snapshotWorkspace(t.db, b.workspaceId)).toEqual(before);
    },
  );
});

describe('authentication and CSRF', () => {
  it('answers 401 to anonymous calls of every non-public route', async () => {
    const failures: string[] = [];
    for (const route of privateRoutes()) {
      const res = await send(t, t.anonymous(), requestFor(route, a, 'admin'));
      if (res.statusCode !== 401) failures.push(`${keyOf(route)} anonymously → ${res.statusCode} ${res.message}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses every state-changing route without a valid CSRF token (403), changing nothing', async () => {
    const member = await makeMember(t.db, a.workspaceId, [...ROLES]);
    const client: TestClient = await t.login(member.email);
    const before = await snapshotWorkspace(t.db, a.workspaceId);
    const failures: string[] = [];
    const changing = privateRoutes().filter((r) => !SAFE_METHODS.has(r.method));
    expect(changing.length).toBeGreaterThan(10);
    for (const route of changing) {
      for (const token of ['', 'x'.repeat(client.csrfToken!.length)]) {
        const res = await send(t, client, { ...requestFor(route, a, 'admin'), headers: { 'x-csrf-token': token } });
        if (res.statusCode !== 403 || !/CSRF/.test(res.message)) {
          failures.push(`${keyOf(route)} with CSRF token "${token.slice(0, 3)}…" → ${res.statusCode} ${res.message}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshotWorkspace(t.db, a.workspaceId)).toEqual(before);
    expect((await client.get('/api/auth/me')).statusCode).toBe(200); // logout without the token did not log out
  });
});
