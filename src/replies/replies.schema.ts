/** Request shapes of replies, notes, reviews and the compose check. */
import { z } from 'zod';

export const ConversationParams = z.object({ workspaceId: z.string(), conversationId: z.string() });
export const ItemParams = z.object({ workspaceId: z.string(), itemId: z.string() });
export const WorkspaceParams = z.object({ workspaceId: z.string() });

const Text = z.string().max(20_000);

export const CreateReplyBody = z.strictObject({
  text: Text,
  replyToItemId: z.uuid().optional(),
  visibility: z.enum(['public', 'private']).default('public'),
  lastSeenItemId: z.uuid().optional(),
  /** Send even though a colleague replied since lastSeenItemId. */
  force: z.boolean().optional(),
});
export type CreateReplyInput = z.infer<typeof CreateReplyBody>;

export const CreateNoteBody = z.strictObject({ text: Text });

export const ReviewBody = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  /** Edit and approve: the text as it will be sent. */
  text: Text.optional(),
  comment: z.string().trim().max(2000).optional(),
});
export type ReviewInput = z.infer<typeof ReviewBody>;

export const ComposeCheckBody = z.strictObject({
  text: Text,
  conversationId: z.uuid().optional(),
  channelId: z.uuid().optional(),
  language: z.enum(['sv', 'nl', 'en']).optional(),
});
export type ComposeCheckInput = z.infer<typeof ComposeCheckBody>;
