/**
 * Response-time targets when new inbound items arrive. Pure; the policy and schedule come from
 * loadSlaContext. The first inbound item starts the first-response clock; an item arriving when
 * nothing was waiting (we had answered) starts the next-response clock. An item that makes a
 * stricter policy apply (a threat in a calm conversation) pulls the pending target in, never out.
 */
import type { SlaPolicy } from '../db/schema.js';
import { policyTargets } from '../sla/sla.repository.js';
import { businessCalendar, type BusinessCalendar } from '../sla/business-calendar.js';
import { firstResponseDue, nextResponseDue, pickPolicy, resolutionDue } from '../sla/sla-targets.js';
import type { BusinessSchedule } from '../sla/schedule.js';
import type { ConversationDraft } from './conversation-aggregate.js';

export interface SlaInputs {
  policies: SlaPolicy[];
  schedule: BusinessSchedule;
  /** The schedule's open spans, shared by the whole batch (one is made if missing). */
  calendar?: BusinessCalendar;
}

const min = (dates: Array<Date | null>) =>
  dates.reduce<Date | null>((best, d) => (d && (!best || d < best) ? d : best), null);

export function applySlaOnIngest(draft: ConversationDraft, channelId: string, sla: SlaInputs): void {
  const before = draft.before;
  const policy = pickPolicy(sla.policies, { channelId, severity: draft.severity, sentiment: draft.sentiment });
  if (policy) {
    const calendar = (sla.calendar ??= businessCalendar(sla.schedule));
    const targets = { policy: policyTargets(policy), schedule: sla.schedule, calendar };
    const startsNew = before.awaiting_since === null || draft.created;
    let tightened = false;
    if (before.first_responded_at === null) {
      const due = firstResponseDue(targets, draft.awaiting_since!);
      if (!draft.first_response_due_at || startsNew || due < draft.first_response_due_at) {
        draft.first_response_due_at = due;
        tightened = true;
      }
    } else {
      const since = startsNew ? draft.earliestNew : draft.awaiting_since!;
      const due = nextResponseDue(targets, since);
      if (!draft.next_response_due_at || startsNew || due < draft.next_response_due_at) {
        draft.next_response_due_at = due;
        tightened = true;
      }
    }
    if (!draft.resolution_due_at || draft.created || before.status === 'resolved' || before.status === 'closed') {
      // A reopened conversation gets a fresh resolution target from now on.
      const paused = draft.created || draft.reopened ? 0 : Number(before.sla_paused_ms);
      draft.resolution_due_at = resolutionDue(targets, draft.earliestNew, paused);
    }
    if (tightened || !draft.sla_policy_id) draft.sla_policy_id = policy.id;
    if (startsNew || draft.sla_state === 'none') draft.sla_state = 'ok';
  }
  const pendingResponse = before.first_responded_at === null ? draft.first_response_due_at : draft.next_response_due_at;
  draft.due_at = min([pendingResponse, draft.resolution_due_at]);
}
