/** Request and response shapes of posts (one post, per-channel variants, comments, checks). */
import { z } from 'zod';

const Id = z.guid('is not a valid id');
const Language = z.enum(['sv', 'nl', 'en'], 'must be sv, nl or en');
const Instant = z.iso.datetime({ offset: true, error: 'must be an ISO date-time, e.g. 2027-05-04T20:00:00+02:00' });
const Label = z.string().trim().min(1).max(100, 'must be at most 100 characters');

export const PostParams = z.object({ workspaceId: z.string(), postId: Id });

export const MediaInput = z.strictObject({
  mimeType: z.enum(['image/jpeg', 'image/png', 'image/gif', 'image/webp']),
  dataBase64: z.base64('must be base64').min(1),
  alt: z.string().trim().max(1500).optional(),
});
export type MediaInput = z.infer<typeof MediaInput>;

export const VariantInput = z.strictObject({
  channelId: Id,
  text: z.string().max(20_000, 'must be at most 20000 characters'),
  language: Language.nullable().optional(),
  media: z.array(MediaInput).max(10).optional(),
});
export type VariantInput = z.infer<typeof VariantInput>;

const Variants = z
  .array(VariantInput)
  .min(1, 'needs at least one channel')
  .max(20)
  .refine((list) => new Set(list.map((v) => v.channelId)).size === list.length, 'has the same channel twice');

export const CreatePostBody = z.strictObject({
  title: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  campaign: Label.nullable().optional(),
  pillar: Label.nullable().optional(),
  scheduledAt: Instant.nullable().optional(),
  variants: Variants,
});
export type CreatePostInput = z.infer<typeof CreatePostBody>;

export const UpdatePostBody = CreatePostBody.partial();
export type UpdatePostInput = z.infer<typeof UpdatePostBody>;

export const TRANSITION_TARGETS = ['in_review', 'approved', 'draft', 'scheduled'] as const;
export type TransitionTarget = (typeof TRANSITION_TARGETS)[number];
export const TransitionBody = z.strictObject({
  to: z.enum(TRANSITION_TARGETS, 'must be in_review, approved, draft or scheduled'),
  comment: z.string().trim().min(1).max(5000).optional(),
});
export const CommentBody = z.strictObject({ body: z.string().trim().min(1, 'is required').max(5000) });
export const RescheduleBody = z.strictObject({ scheduledAt: Instant });

export const CheckBody = z.strictObject({
  variants: z
    .array(z.strictObject({ channelId: Id, text: z.string().max(20_000), language: Language.nullable().optional() }))
    .min(1)
    .max(20),
  scheduledAt: Instant.nullable().optional(),
});
export type CheckInput = z.infer<typeof CheckBody>;

const UserRef = z.object({ id: z.string(), name: z.string() }).nullable();
export const VariantJson = z.object({
  id: z.string(),
  channelId: z.string(),
  channelName: z.string(),
  network: z.string(),
  text: z.string(),
  language: z.string().nullable(),
  media: z.array(z.object({ mimeType: z.string(), alt: z.string().nullable(), dataBase64: z.string().optional() })),
  status: z.string(),
  dueAt: z.string().nullable(),
  heldReason: z.string().nullable(),
  platformId: z.string().nullable(),
  url: z.string().nullable(),
  error: z.string().nullable(),
  publishedAt: z.string().nullable(),
  length: z.object({ count: z.number(), max: z.number().nullable() }),
});
export const PostJson = z.object({
  id: z.string(),
  title: z.string(),
  campaign: z.string().nullable(),
  pillar: z.string().nullable(),
  status: z.string(),
  scheduledAt: z.string().nullable(),
  author: UserRef,
  approvedBy: UserRef,
  approvedAt: z.string().nullable(),
  variants: z.array(VariantJson),
  comments: z.array(z.object({ id: z.string(), user: UserRef, body: z.string(), createdAt: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  allowedTransitions: z.array(z.string()),
});
export type PostJson = z.infer<typeof PostJson>;
export const PostResponse = z.object({ post: PostJson, notice: z.string().optional() });

const Problem = z.object({ code: z.string(), message: z.string() });
export const CheckResponse = z.object({
  variants: z.array(
    z.object({
      channelId: z.string(),
      language: z.string(),
      length: z.object({ count: z.number(), max: z.number().nullable() }),
      spelling: z.array(z.unknown()),
      sensitive: z.array(z.unknown()),
      tone: z.array(z.unknown()),
      announcement: z.object({ needsLink: z.boolean(), websiteUrl: z.string().nullable() }),
      blocking: z.array(Problem),
    }),
  ),
  timing: z.object({
    blackout: z
      .object({ title: z.string(), reason: z.string(), start: z.string(), end: z.string(), movedTo: z.string() })
      .nullable(),
    paused: z.boolean(),
  }),
});

export const CalendarQuery = z
  .object({
    from: Instant,
    to: Instant,
    channelId: Id.optional(),
    campaign: z.string().trim().min(1).max(100).optional(),
    pillar: z.string().trim().min(1).max(100).optional(),
    status: z.enum(['draft', 'in_review', 'approved', 'scheduled', 'published', 'failed']).optional(),
  })
  .refine((q) => Date.parse(q.to) > Date.parse(q.from), { message: 'must be after from', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 400 * 86_400_000, {
    message: 'must be at most 400 days after from',
    path: ['to'],
  });
export type CalendarQuery = z.infer<typeof CalendarQuery>;

export const CalendarResponse = z.object({
  posts: z.array(PostJson),
  blackouts: z.array(
    z.object({
      windowId: z.string(),
      title: z.string(),
      reason: z.string(),
      channelId: z.string().nullable(),
      start: z.string(),
      end: z.string(),
    }),
  ),
  paused: z
    .object({ at: z.string(), by: z.object({ id: z.string(), name: z.string() }).nullable(), reason: z.string() })
    .nullable(),
});

export const ChannelSlotsParams = z.object({ workspaceId: z.string(), channelId: Id });
export const Slot = z.object({
  weekday: z.number().int().min(1, 'must be 1 (Monday) … 7 (Sunday)').max(7, 'must be 1 (Monday) … 7 (Sunday)'),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'),
});
export const SlotsBody = z.strictObject({ slots: z.array(Slot).max(200) });
export const SlotsResponse = z.object({ slots: z.array(Slot) });
