/**
 * Four eyes: whether a reply must be approved before it is sent. The server decides from the
 * workspace's approval policy, never the browser.
 */
import type { Executor } from '../db/database.js';
import * as repo from './replies.repository.js';

export async function needsApproval(
  db: Executor,
  workspaceId: string,
  writerId: string | null,
  conversation: { sentiment: string | null; severity: string },
): Promise<boolean> {
  if (writerId === null) return false; // system replies (out-of-hours acknowledgement) are pre-written texts
  const policy = await repo.approvalPolicyOf(db, workspaceId);
  switch (policy) {
    case 'all':
      return true;
    case 'negative_or_critical':
      return conversation.sentiment === 'negative' || conversation.severity === 'critical';
    case 'in_training':
      return repo.isInTraining(db, workspaceId, writerId);
    case 'none':
      return false;
  }
}
