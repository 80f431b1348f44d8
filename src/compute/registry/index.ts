/** The loss registry: every loss the site teaches, in catalog order, and lookups over it. */

import { marginLosses } from './margin';
import { multiclassLosses } from './multiclass';
import { probabilisticLosses } from './probabilistic';
import { regressionLosses } from './regression';
import type { LossEntry, LossFamily } from './types';

export type {
  ChapterId,
  FrameworkRef,
  LossCurvePoint,
  LossDomain,
  LossEntry,
  LossFamily,
  LossParamSpec,
  LossProperties,
  OutputActivation,
  PointwiseVariable,
} from './types';
export { clampParams, defaultParams } from './params';
export { evaluateLossCurve } from './evaluateLossCurve';

/** The families in catalog order. */
export const lossFamilies: readonly LossFamily[] = [
  'regression',
  'margin',
  'probabilistic',
  'multiclass',
];

/** Every registry entry, ordered by family and then as the chapters introduce them. */
export const lossRegistry: readonly LossEntry[] = [
  ...regressionLosses,
  ...marginLosses,
  ...probabilisticLosses,
  ...multiclassLosses,
];

/** The ids of `lossRegistry`, in the same order. */
export const lossIds: readonly string[] = lossRegistry.map((e) => e.id);

/** The registry's entries grouped by family, each group in registry order. */
export const lossesByFamily: Readonly<Record<LossFamily, readonly LossEntry[]>> = {
  regression: lossRegistry.filter((e) => e.family === 'regression'),
  margin: lossRegistry.filter((e) => e.family === 'margin'),
  probabilistic: lossRegistry.filter((e) => e.family === 'probabilistic'),
  multiclass: lossRegistry.filter((e) => e.family === 'multiclass'),
};

const byId = new Map(lossRegistry.map((e) => [e.id, e]));

/** The entry with this id, or undefined (for untrusted input such as a URL). */
export function findLoss(id: string): LossEntry | undefined {
  return byId.get(id);
}

/** The entry with this id; throws an Error naming the known ids when there is none. */
export function getLoss(id: string): LossEntry {
  const entry = byId.get(id);
  if (entry === undefined) {
    throw new Error(`Unknown loss id "${id}". Known ids: ${lossIds.join(', ')}.`);
  }
  return entry;
}
