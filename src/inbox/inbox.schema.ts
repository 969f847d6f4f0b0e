import { z } from 'zod';

export const WorkspaceParams = z.object({ workspaceId: z.string() });
export const ConversationParams = z.object({ workspaceId: z.string(), conversationId: z.string() });

const STATUSES = ['new', 'open', 'waiting', 'resolved', 'closed'] as const;
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
const uuid = z.uuid('must be an id');
/** `a,b` or a single value. */
const csv = z.string().transform((s) =>
  s
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
);
const oneOf = <const V extends readonly [string, ...string[]]>(values: V) => csv.pipe(z.array(z.enum(values)).max(20));
const texts = csv.pipe(z.array(z.string().max(50)).max(20));

export const ListConversationsQuery = z.object({
  view: z.enum(['inbox', 'mine', 'unanswered', 'waiting', 'resolved', 'closed', 'all']).default('inbox'),
  channelId: csv.pipe(z.array(uuid).max(20)).optional(),
  status: oneOf(STATUSES).optional(),
  sentiment: oneOf(['negative', 'neutral', 'positive']).optional(),
  intent: texts.optional(),
  severity: oneOf(['low', 'normal', 'high', 'critical']).optional(),
  language: texts.optional(),
  assigneeId: z.union([z.enum(['me', 'none']), uuid]).optional(),
  tag: z.string().trim().min(1).max(50).optional(),
  q: z.string().trim().max(200).optional(),
  timeLeft: z.enum(['breached', 'lt1h', 'lt4h']).optional(),
  sort: z.enum(['timeLeft', 'newest', 'oldest']).default('timeLeft'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListConversationsInput = z.infer<typeof ListConversationsQuery>;

const Ref = z.object({ id: z.string(), name: z.string() });

export const ConversationSummary = z.object({
  id: z.string(),
  channelId: z.string(),
  channelName: z.string(),
  channelKind: z.string(),
  kind: z.enum(['public', 'private']),
  status: z.enum(STATUSES),
  closedReason: z.string().nullable(),
  priority: z.enum(PRIORITIES),
  tags: z.array(z.string()),
  assignee: Ref.nullable(),
  team: Ref.nullable(),
  author: z.object({ id: z.string(), handle: z.string(), name: z.string().nullable() }).nullable(),
  language: z.string().nullable(),
  sentiment: z.string().nullable(),
  intent: z.string().nullable(),
  severity: z.string(),
  preview: z.string(),
  itemCount: z.number(),
  awaitingSince: z.string().nullable(),
  lastActivityAt: z.string(),
  dueAt: z.string().nullable(),
  slaState: z.enum(['none', 'ok', 'warning', 'breached']),
  firstRespondedAt: z.string().nullable(),
  caseId: z.string().nullable(),
});

export const ConversationListResponse = z.object({
  conversations: z.array(ConversationSummary),
  nextCursor: z.string().nullable(),
});

export const CountsResponse = z.object({
  inbox: z.number(),
  mine: z.number(),
  unanswered: z.number(),
  waiting: z.number(),
  breached: z.number(),
});

export const ConversationDetail = ConversationSummary.extend({
  firstResponseDueAt: z.string().nullable(),
  nextResponseDueAt: z.string().nullable(),
  resolutionDueAt: z.string().nullable(),
  slaPolicyName: z.string().nullable(),
  /** The post the conversation hangs under, as the network showed it (untrusted text). */
  threadContext: z
    .object({
      platformId: z.string(),
      text: z.string(),
      url: z.string().nullable(),
      authorHandle: z.string().nullable(),
      postedAt: z.string().nullable(),
    })
    .nullable(),
  /** Public conversations on networks with a private-reply window (Meta: 7 days): the last moment for one. */
  privateReplyUntil: z.string().nullable(),
  channelCapabilities: z.object({
    actions: z.record(z.string(), z.object({ supported: z.boolean(), reason: z.string().optional() })),
    maxLength: z.number(),
  }),
});

export const ItemResponse = z.object({
  id: z.string(),
  direction: z.enum(['inbound', 'outbound', 'note']),
  kind: z.string(),
  text: z.string(),
  language: z.string().nullable(),
  url: z.string().nullable(),
  occurredAt: z.string(),
  author: z.object({ handle: z.string().nullable(), name: z.string().nullable() }).nullable(),
  user: Ref.nullable(),
  sentiment: z.string().nullable(),
  sentimentScore: z.number().nullable(),
  intent: z.string().nullable(),
  severity: z.string().nullable(),
  offensive: z.boolean(),
  personalData: z.unknown(),
  version: z.number(),
  editedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
  versions: z
    .array(z.object({ version: z.number(), text: z.string(), replacedAt: z.string(), change: z.string() }))
    .optional(),
  answeredAt: z.string().nullable(),
  replyToItemId: z.string().nullable(),
  sendStatus: z.string().nullable(),
  sendError: z.string().nullable(),
  mentions: z.array(Ref),
  review: z
    .object({
      decision: z.string(),
      comment: z.string().nullable(),
      reviewerName: z.string().nullable(),
      at: z.string(),
    })
    .optional(),
});

export const ConversationPageResponse = z.object({
  conversation: ConversationDetail,
  items: z.array(ItemResponse),
  thread: z.array(ItemResponse),
  authorHistory: z
    .object({
      author: z.object({
        id: z.string(),
        handle: z.string(),
        name: z.string().nullable(),
        firstSeenAt: z.string(),
        itemCount: z.number(),
      }),
      conversations: z.array(ConversationSummary),
    })
    .nullable(),
});

export const ConversationPatch = z
  .strictObject({
    status: z.enum(STATUSES).optional(),
    closedReason: z.string().trim().min(1).max(200).nullable().optional(),
    priority: z.enum(PRIORITIES).optional(),
    tags: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
    assigneeId: uuid.nullable().optional(),
    teamId: uuid.nullable().optional(),
  })
  .refine((p) => p.status !== 'closed' || p.closedReason, {
    message: 'closedReason is required when closing a conversation',
    path: ['closedReason'],
  });
export type ConversationPatchInput = z.infer<typeof ConversationPatch>;

export const ConversationResponse = z.object({ conversation: ConversationSummary });

export const BulkBody = z.strictObject({
  conversationIds: z.array(uuid).min(1).max(500),
  patch: ConversationPatch,
});
export const BulkResponse = z.object({ updated: z.number() });

export const PresenceBody = z.strictObject({ typing: z.boolean() });
