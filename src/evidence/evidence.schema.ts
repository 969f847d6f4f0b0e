import { z } from 'zod';

export const EvidenceWorkspaceParams = z.object({ workspaceId: z.string() });
export const EvidenceRecordParams = z.object({
  workspaceId: z.string(),
  recordId: z.string().uuid('must be an evidence record id'),
});
// The position is checked by the use case, so a bad one is a 404 like a missing one.
export const EvidenceArtifactParams = EvidenceRecordParams.extend({ position: z.string() });
export const EvidenceListQuery = z.strictObject({ itemId: z.string().uuid('must be an item id') });
export const CaptureEvidenceBody = z.strictObject({
  itemId: z.string().uuid('must be an item id'),
  reason: z.string().trim().min(1, 'says why the evidence is captured').max(500),
});
