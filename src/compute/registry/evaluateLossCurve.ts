/** Samples a registry entry's loss and derivative across its plot domain. */

import type { LossParams } from '../types';
import type { LossCurvePoint, LossEntry } from './types';

/**
 * n evenly spaced points over the entry's domain, endpoints included, plus the kinks inside it
 * (so a plotted corner is sharp), sorted by u. n is clamped to at least 2.
 */
export function evaluateLossCurve(
  entry: LossEntry,
  params: LossParams = {},
  n = 201,
): LossCurvePoint[] {
  const { min, max } = entry.domain;
  const count = Math.max(2, Math.floor(Number.isFinite(n) ? n : 2));
  const us: number[] = [];
  for (let i = 0; i < count; i++) {
    // The last point is exactly max, not min + (count − 1)·step with rounding error.
    us.push(i === count - 1 ? max : min + ((max - min) * i) / (count - 1));
  }
  for (const k of entry.kinks) if (k > min && k < max && !us.includes(k)) us.push(k);
  us.sort((a, b) => a - b);
  return us.map((u) => ({
    u,
    value: entry.value(u, params),
    derivative: entry.derivative(u, params),
  }));
}
