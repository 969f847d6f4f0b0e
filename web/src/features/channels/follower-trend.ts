/** Followers over time, reduced to what the profile card shows: a change and the points of a sparkline. */
export interface FollowerPoint {
  takenAt: string;
  followers: number;
}

/** Oldest first, one point per day (the newest snapshot of each day). */
export function dailyPoints(history: FollowerPoint[]): FollowerPoint[] {
  const byDay = new Map<string, FollowerPoint>();
  for (const point of [...history].sort((a, b) => a.takenAt.localeCompare(b.takenAt)))
    byDay.set(point.takenAt.slice(0, 10), point);
  return [...byDay.values()];
}

/** The change from the first to the last point, or null with fewer than two. */
export function followerChange(points: FollowerPoint[]): number | null {
  if (points.length < 2) return null;
  return points.at(-1)!.followers - points[0]!.followers;
}

/** SVG polyline points in a width×height box; a flat line when nothing changed. */
export function sparklinePoints(points: FollowerPoint[], width: number, height: number): string {
  if (points.length < 2) return '';
  const values = points.map((p) => p.followers);
  const min = Math.min(...values);
  const span = Math.max(...values) - min;
  const step = width / (points.length - 1);
  return values
    .map((v, i) => {
      const y = span === 0 ? height / 2 : height - ((v - min) / span) * height;
      return `${round(i * step)},${round(y)}`;
    })
    .join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;
