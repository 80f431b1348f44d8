/** Helpers that keep non-finite numbers away from Plot, and count what they left out. */

/** A point of a curve: the variable u and a value there. */
export interface CurvePoint {
  readonly u: number;
  readonly value: number;
}

/** The finite points of a curve, with each value clamped to [lo, hi], and how many were dropped. */
export function finitePoints(
  points: readonly CurvePoint[],
  lo = -Number.MAX_VALUE,
  hi = Number.MAX_VALUE,
): { points: CurvePoint[]; dropped: number } {
  const out: CurvePoint[] = [];
  for (const p of points) {
    if (Number.isFinite(p.u) && Number.isFinite(p.value)) {
      out.push({ u: p.u, value: Math.min(hi, Math.max(lo, p.value)) });
    }
  }
  return { points: out, dropped: points.length - out.length };
}

/** The smallest and largest finite values, or undefined when there is none. */
export function finiteExtent(values: Iterable<number>): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : undefined;
}
