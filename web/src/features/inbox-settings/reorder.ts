/** Moving a rule or policy one step: the two neighbours swap positions (two PATCHes). */
export function swapPositions<T extends { id: string; position: number }>(
  list: readonly T[],
  index: number,
  direction: -1 | 1,
): Array<{ id: string; body: { position: number } }> {
  const a = list[index];
  const b = list[index + direction];
  if (!a || !b) return [];
  // Equal positions (never reordered yet): fall back to the list order.
  const pa = a.position === b.position ? index : a.position;
  const pb = a.position === b.position ? index + direction : b.position;
  return [
    { id: a.id, body: { position: pb } },
    { id: b.id, body: { position: pa } },
  ];
}

export const byPosition = <T extends { position: number }>(list: readonly T[]) =>
  [...list].sort((x, y) => x.position - y.position);
