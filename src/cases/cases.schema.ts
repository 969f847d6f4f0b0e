/** Request shapes of take-it-offline cases. */
import { z } from 'zod';

export const ConversationParams = z.object({ workspaceId: z.string(), conversationId: z.string() });
export const CaseParams = z.object({ workspaceId: z.string(), caseId: z.string() });
export const WorkspaceParams = z.object({ workspaceId: z.string() });

export const TakeOfflineBody = z.strictObject({
  /** The public acknowledgement ("we have sent you a message"). */
  publicText: z.string().max(20_000),
  /** The first private message, when the channel can send one. */
  privateText: z.string().max(20_000).optional(),
  /** How we reach the person otherwise (phone, e-mail, visit), when the channel cannot message them. */
  contactRoute: z.string().trim().max(500).optional(),
});
export type TakeOfflineInput = z.infer<typeof TakeOfflineBody>;

export const CasesQuery = z.object({ status: z.enum(['open', 'resolved', 'closed']).optional() });

export const ResolveCaseBody = z.strictObject({
  status: z.literal('resolved'),
  outcome: z.string().trim().min(1).max(2000),
});

export const CloseCaseBody = z.strictObject({ text: z.string().max(20_000) });
