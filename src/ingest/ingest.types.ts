/** Shapes that travel between the steps of the ingestion pipeline (src/ingest/ingest-events.ts). */
import type { Analysis } from '../analysis/analysis.types.js';
import type { AppContext } from '../app/context.js';
import type { InboundEvent } from '../channels/channel.js';

/** The channel a batch came from: the parts the pipeline needs of its row. */
export interface IngestChannel {
  id: string;
  workspace_id: string;
  kind: string;
}

/** What the pipeline may use of the running process (the out-of-hours acknowledgement queues a reply). */
export type IngestContext = Pick<AppContext, 'db' | 'secrets' | 'channels'>;

export interface IngestResult {
  /** New inbound items stored. */
  inserted: number;
  /** Stored items changed by an edit or a deletion on the platform. */
  updated: number;
  /** Every conversation the batch touched. */
  conversationIds: string[];
}

export interface IngestOptions {
  /**
   * Analyses the texts of the items that are really new (redeliveries are never analysed). Defaults to
   * analyzeBatch inline; a caller with spare cores may pass a worker pool.
   */
  analyze?: (texts: string[]) => Analysis[] | Promise<Analysis[]>;
  now?: Date;
  /** Adds the milliseconds each stage took (benchmarks, profiling). */
  timings?: Record<string, number>;
}

export type ConversationKind = 'public' | 'private';

/** An event that becomes a new item, with its analysis and the conversation it belongs to. */
export interface FreshItem {
  event: InboundEvent;
  analysis: Analysis;
  language: string;
  conversationKey: string;
  conversationKind: ConversationKind;
  /** First seen already edited on the platform (the original never reached us). */
  editedAt: Date | null;
}

export interface InsertedItem extends FreshItem {
  id: string;
  conversationId: string;
}

/** An edit or deletion of an item we already have (or that arrives earlier in the same batch). */
export interface ItemChange {
  event: InboundEvent;
  change: 'edited' | 'deleted';
  at: Date;
  /** Edits only: the analysis of the new text. */
  analysis: Analysis | null;
  language: string | null;
}

export const SEVERITY_RANK: Record<string, number> = { low: 0, normal: 1, high: 2, critical: 3 };
export const PRIORITY_RANK: Record<string, number> = { low: 0, normal: 1, high: 2, urgent: 3 };

/** The platform's language when it names one of ours, else what the analysis found. */
export function itemLanguage(platformLanguage: string | undefined, analysis: Analysis): string {
  const reported = platformLanguage?.toLowerCase();
  return reported === 'sv' || reported === 'nl' || reported === 'en' ? reported : analysis.language;
}
