/**
 * Parameterized practice problems: each chapter problem whose numbers can change, with its
 * printed numbers (variant 0), a seeded draw of new ones and a solver that calls the compute
 * functions the chapter teaches. Chapters render variant 0 at build time; "New numbers" loads one
 * problem's module in the browser and renders other variants.
 */
import { problem as bpP2 } from './problems/bp-p2';
import { problem as ceP1 } from './problems/ce-p1';
import { problem as chP2 } from './problems/ch-p2';
import { problem as clP1 } from './problems/cl-p1';
import { problem as crP1 } from './problems/cr-p1';
import { problem as erP1 } from './problems/er-p1';
import { problem as gdP1 } from './problems/gd-p1';
import { problem as mlP1 } from './problems/ml-p1';
import { problem as opP1 } from './problems/op-p1';
import { problem as rlP2 } from './problems/rl-p2';
import { problem as walP1 } from './problems/wal-p1';
import type { PracticeProblem } from './types';

export type { PracticeProblem, PracticeSolution, PracticeSpec, PracticeValue } from './types';
export {
  MAX_VARIANT_SEED,
  defineProblem,
  isVariantSeed,
  mixSeed,
  nextVariantSeed,
  pickFrom,
  pickSign,
  pickStep,
  variantRandom,
} from './variant';

/** Every parameterized problem by id (its file in problems/ carries the same name). */
export const practiceProblems: Readonly<Record<string, PracticeProblem>> = Object.freeze(
  Object.fromEntries(
    [walP1, rlP2, ceP1, mlP1, gdP1, opP1, crP1, bpP2, chP2, clP1, erP1].map((p) => [
      p.id,
      p as PracticeProblem,
    ]),
  ),
);
