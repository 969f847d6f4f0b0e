/** Items under legal hold: evidence exists for them, so retention and erasure leave them alone. */
export interface HoldRow {
  id: string;
  record_ids: string[] | null;
  hold_reason: string | null;
}

export interface HeldItem {
  itemId: string;
  evidenceRecordIds: string[];
  legalHoldReason: string;
}

export function splitByHold(rows: HoldRow[]): { free: string[]; held: HeldItem[] } {
  const free: string[] = [];
  const held: HeldItem[] = [];
  for (const row of rows) {
    if (row.record_ids && row.record_ids.length > 0)
      held.push({ itemId: row.id, evidenceRecordIds: row.record_ids, legalHoldReason: row.hold_reason ?? '' });
    else free.push(row.id);
  }
  return { free, held };
}
