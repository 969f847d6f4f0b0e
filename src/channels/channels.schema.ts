import { z } from 'zod';

export const WorkspaceParams = z.object({ workspaceId: z.string() });
export const ChannelParams = z.object({ workspaceId: z.string(), channelId: z.string() });

export const ChannelLanguage = z.enum(['sv', 'nl', 'en']);

/** A null removes a setting (back to the default). */
export const ChannelSettingsInput = z.strictObject({
  ratePerMinute: z
    .number()
    .min(0)
    .max(600)
    .nullable()
    .optional()
    .describe('Sandbox: simulated inbound items per minute (0 = none)'),
  languages: z
    .array(ChannelLanguage)
    .min(1)
    .max(3)
    .nullable()
    .optional()
    .describe('Sandbox: languages of the simulated traffic, most common first'),
  failNext: z
    .enum(['retryable', 'permanent'])
    .nullable()
    .optional()
    .describe('Sandbox: make the next outbound action fail once'),
  unhealthy: z.boolean().nullable().optional().describe('Sandbox: simulate a revoked access token'),
});

export const ChannelKindInput = z.enum(['sandbox', 'bluesky', 'mastodon', 'facebook', 'instagram']);

export const ConnectChannelBody = z
  .strictObject({
    kind: ChannelKindInput,
    name: z.string().trim().min(1, 'is required').max(200),
    /** Sandbox only (required there); a real network tells us the handle itself. */
    handle: z
      .string()
      .trim()
      .regex(/^@?[A-Za-z0-9._-]{1,100}$/, 'may only contain letters, digits, dots, dashes and underscores')
      .transform((h) => h.replace(/^@/, ''))
      .optional(),
    settings: ChannelSettingsInput.optional(),
    /** Tokens for networks that need them (the adapter's credentialsSchema); stored encrypted, never returned. */
    credentials: z.record(z.string(), z.string().max(10_000)).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'sandbox' && !body.handle)
      ctx.addIssue({ code: 'custom', path: ['handle'], message: 'is required' });
  });

export const ReconnectChannelBody = z.strictObject({
  /** Optional for the sandbox only: Samtal then issues a fresh sandbox token itself. */
  credentials: z.record(z.string(), z.string().max(10_000)).optional(),
});

export const UpdateChannelBody = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(200).optional(),
  settings: ChannelSettingsInput.optional(),
});

const Capability = z.object({ supported: z.boolean(), reason: z.string().optional() });

export const ChannelResponse = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  handle: z.string(),
  health: z.enum(['healthy', 'unhealthy', 'disconnected']),
  healthReason: z.string().nullable(),
  healthChangedAt: z.string().nullable(),
  /** The account's id on the network (DID, Page id …). */
  externalId: z.string().nullable(),
  /** Set while the network asks us to slow down. */
  throttledUntil: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  createdAt: z.string(),
  capabilities: z.object({
    actions: z.record(z.string(), Capability),
    maxLength: z.number(),
    ingest: z.array(z.string()),
    privateReplyWindowMs: z.number().optional(),
    maxMedia: z.number().optional(),
  }),
  /** The latest profile snapshot. */
  profile: z
    .object({ displayName: z.string(), followers: z.number(), avatarUrl: z.string().nullable(), takenAt: z.string() })
    .nullable(),
  stats: z.object({ inboundTotal: z.number(), inboundLast24h: z.number(), outboundTotal: z.number() }),
  settings: z.object({ ratePerMinute: z.number().optional(), languages: z.array(z.string()).optional() }),
});
export const ChannelListResponse = z.object({ channels: z.array(ChannelResponse) });

export const TestConnectionResponse = z.object({
  ok: z.boolean(),
  profile: z.object({ handle: z.string(), displayName: z.string(), followers: z.number() }).optional(),
  error: z.string().optional(),
});

export const ProfileSnapshotResponse = z.object({
  displayName: z.string(),
  bio: z.string().nullable(),
  url: z.string().nullable(),
  avatarUrl: z.string().nullable(),
  fields: z.array(z.object({ name: z.string(), value: z.string() })),
  followers: z.number(),
  following: z.number().nullable(),
  posts: z.number().nullable(),
  locked: z.boolean().nullable(),
  takenAt: z.string(),
});
export const ProfileResponse = z.object({
  profile: ProfileSnapshotResponse.nullable(),
  /** Follower counts of the last 90 days, oldest first. */
  history: z.array(z.object({ takenAt: z.string(), followers: z.number() })),
});

export const FollowRequestsResponse = z.object({
  requests: z.array(
    z.object({
      platformId: z.string(),
      handle: z.string(),
      displayName: z.string(),
      bio: z.string().optional(),
      url: z.string().optional(),
      avatarUrl: z.string().optional(),
      followers: z.number().optional(),
      following: z.number().optional(),
      posts: z.number().optional(),
      createdAt: z.string().optional(),
    }),
  ),
});

export const QueuedResponse = z.object({ queued: z.literal(true) });
export const OkResponse = z.object({ ok: z.literal(true) });

export const ItemsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  before: z.iso.datetime({ offset: true, message: 'must be an ISO timestamp' }).optional(),
});

export const ItemResponse = z.object({
  id: z.string(),
  channelId: z.string(),
  kind: z.enum(['comment', 'reply', 'mention', 'quote', 'direct_message']),
  platformId: z.string(),
  author: z.object({ handle: z.string(), name: z.string().nullable() }),
  text: z.string(),
  language: z.string().nullable(),
  url: z.string().nullable(),
  occurredAt: z.string(),
  receivedAt: z.string(),
  conversationId: z.string(),
  /** Set when the author edited or deleted it on the network (a deleted item keeps its text for the record). */
  editedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
});
export const ItemsResponse = z.object({ items: z.array(ItemResponse) });

export const ACTION_KINDS = [
  'publicReply',
  'privateReply',
  'publish',
  'hide',
  'unhide',
  'delete',
  'block',
  'unblock',
  'mute',
  'unmute',
  'report',
  'ban',
  'authorizeFollow',
  'rejectFollow',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ActionsQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20) });

export const RequestActionBody = z.strictObject({
  kind: z.enum(ACTION_KINDS),
  targetPlatformId: z.string().trim().min(1).max(300).optional(),
  text: z.string().max(20_000).optional(),
  reason: z.string().trim().max(1000).optional(),
  /** publish: images (checked against the channel's maxMedia; at most 1 MB each). */
  media: z
    .array(
      z.strictObject({
        mimeType: z.enum(['image/jpeg', 'image/png', 'image/gif', 'image/webp']),
        dataBase64: z.base64('must be base64').min(1),
        alt: z.string().trim().max(1500).optional(),
      }),
    )
    .max(10)
    .optional(),
});
export type RequestActionInput = z.infer<typeof RequestActionBody>;

export const ActionResponse = z.object({
  id: z.string(),
  channelId: z.string(),
  kind: z.string(),
  targetPlatformId: z.string().nullable(),
  body: z.string().nullable(),
  status: z.enum(['queued', 'sending', 'sent', 'failed']),
  platformId: z.string().nullable(),
  error: z.string().nullable(),
  attempts: z.number(),
  /** Rate limited: the next try is not before this. */
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export const ActionsResponse = z.object({ actions: z.array(ActionResponse) });
export const RequestedActionResponse = z.object({ action: ActionResponse });
