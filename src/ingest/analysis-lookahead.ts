/**
 * Analysis one page ahead, for backlog syncs with an analysis pool: while page n is written to the
 * database (main thread + PostgreSQL), the pool already analyses page n+1 (fetched again outside the
 * page's transaction; the feed read is cheap and the sync re-reads it under its lock anyway). Texts
 * the look-ahead did not see (the page changed meanwhile) are analysed on demand, so results never
 * depend on it. Only for sources where reading a page twice costs nothing (the sandbox, a replay).
 */
import type { Analysis } from '../analysis/analysis.types.js';
import type { InboundEvent } from '../channels/channel.js';
import type { IngestOptions } from './ingest.types.js';

type Analyze = (texts: string[]) => Analysis[] | Promise<Analysis[]>;
type Known = Promise<Map<string, Analysis> | null>;

export interface AnalysisLookahead {
  /** The analyzer for the page just fetched: uses what was analysed ahead for it. */
  forPage(): NonNullable<IngestOptions['analyze']>;
  /** Starts analysing the next page; its events come from `fetchNext`. */
  prefetch(fetchNext: () => Promise<readonly InboundEvent[]>): void;
}

export function analysisLookahead(analyze: Analyze): AnalysisLookahead {
  let ahead: Known = Promise.resolve(null);
  return {
    forPage() {
      const known = ahead;
      ahead = Promise.resolve(null);
      return async (texts) => {
        const map = (await known) ?? new Map<string, Analysis>();
        const missing = [...new Set(texts.filter((t) => !map.has(t)))];
        if (missing.length > 0) (await analyze(missing)).forEach((a, i) => map.set(missing[i]!, a));
        return texts.map((t) => map.get(t)!);
      };
    },
    prefetch(fetchNext) {
      ahead = fetchNext()
        .then(async (events) => {
          const texts = [...new Set(events.filter((e) => e.change !== 'deleted').map((e) => e.text))];
          const analyses = await analyze(texts);
          return new Map(texts.map((t, i) => [t, analyses[i]!]));
        })
        .catch(() => null); // the page's own analysis covers it
    },
  };
}
