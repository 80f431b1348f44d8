/** Parameter helpers for registry entries: defaults and clamping for sliders and URL state. */

import type { LossEntry } from './types';

/** The entry's parameters at their defaults, keyed by parameter id. */
export function defaultParams(entry: LossEntry): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of entry.params) out[p.id] = p.default;
  return out;
}

/**
 * The entry's parameters from untrusted input (a URL, a form): each is clamped to [min, max];
 * a missing, non-numeric or non-finite one takes its default; unknown keys are dropped.
 */
export function clampParams(
  entry: LossEntry,
  params: Readonly<Record<string, unknown>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of entry.params) {
    const v = Object.hasOwn(params, p.id) ? params[p.id] : undefined;
    out[p.id] =
      typeof v === 'number' && Number.isFinite(v) ? Math.min(p.max, Math.max(p.min, v)) : p.default;
  }
  return out;
}
