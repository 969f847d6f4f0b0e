/**
 * Auto-assignment: who takes a batch of new conversations. One query loads the on-duty responders
 * with their open workload; the batch is then balanced in memory, so ten conversations arriving
 * together spread over the team instead of all going to whoever had the fewest a moment ago.
 */
import type { Executor } from '../db/database.js';
import { loadAssignmentCandidates } from './responders.repository.js';

export interface AssignmentRequest {
  conversationId: string;
  channelId: string;
  language: string | null;
}

/** Languages responders declare; anything else (other, unknown) may go to anyone on duty. */
const DECLARED_LANGUAGES = new Set(['sv', 'nl', 'en']);

export async function pickAssignees(
  trx: Executor,
  workspaceId: string,
  items: AssignmentRequest[],
): Promise<Map<string, string>> {
  const assigned = new Map<string, string>();
  if (items.length === 0) return assigned;
  const candidates = await loadAssignmentCandidates(trx, workspaceId);
  if (candidates.length === 0) return assigned;

  for (const item of items) {
    if (assigned.has(item.conversationId)) continue; // several items of one conversation: one assignee
    const language = item.language && DECLARED_LANGUAGES.has(item.language) ? item.language : null;
    let best: (typeof candidates)[number] | null = null;
    for (const candidate of candidates) {
      if (candidate.openCount >= candidate.maxOpen) continue;
      if (language && !candidate.languages.includes(language)) continue;
      if (candidate.channelIds.length > 0 && !candidate.channelIds.includes(item.channelId)) continue;
      // Fewest open first; ties go to the user id order so the choice is deterministic.
      if (!best || candidate.openCount < best.openCount) best = candidate;
    }
    if (!best) continue;
    best.openCount += 1;
    assigned.set(item.conversationId, best.userId);
  }
  return assigned;
}
