/** Builds a registry entry from a spec whose functions see every parameter resolved. */

import type { LossParams } from '../types';
import type { LossEntry, LossParamSpec } from './types';

/** A parameter spec whose id is one of the entry's literal parameter ids. */
export interface TypedParamSpec<K extends string> extends LossParamSpec {
  readonly id: K;
}

/** The spec of an entry: like `LossEntry`, but its functions receive resolved parameters. */
export interface LossSpec<K extends string> extends Omit<
  LossEntry,
  'value' | 'derivative' | 'perfectPrediction' | 'params'
> {
  readonly params: readonly TypedParamSpec<K>[];
  value(u: number, p: Readonly<Record<K, number>>): number;
  derivative(u: number, p: Readonly<Record<K, number>>): number;
  perfectPrediction(p: Readonly<Record<K, number>>): number | null;
}

/**
 * Wraps a spec into a `LossEntry`: a parameter that is missing or not finite falls back to its
 * default (no clamping, so callers may go past a slider's range on purpose).
 */
export function createLossEntry<K extends string>(spec: LossSpec<K>): LossEntry {
  const resolveFresh = (params: LossParams | undefined): Record<K, number> => {
    const out = {} as Record<K, number>;
    for (const s of spec.params) {
      const v = params?.[s.id];
      out[s.id] = typeof v === 'number' && Number.isFinite(v) ? v : s.default;
    }
    return out;
  };
  // Training loops call value/derivative hundreds of thousands of times with the same params
  // object; resolving it once (params are readonly by contract) keeps those loops allocation-free.
  const defaults = resolveFresh(undefined);
  let lastParams: LossParams | undefined;
  let lastResolved = defaults;
  const resolve = (params: LossParams | undefined): Record<K, number> => {
    if (params === undefined) return defaults;
    if (params !== lastParams) {
      lastResolved = resolveFresh(params);
      lastParams = params;
    }
    return lastResolved;
  };
  return {
    ...spec,
    value: (u, params) => spec.value(u, resolve(params)),
    derivative: (u, params) => spec.derivative(u, resolve(params)),
    perfectPrediction: (params) => spec.perfectPrediction(resolve(params)),
  };
}
