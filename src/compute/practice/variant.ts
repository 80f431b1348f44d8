import { seededRandom } from '../data/seededRandom';
import type { PracticeProblem, PracticeSpec } from './types';

/** The largest variant seed a link may carry. */
export const MAX_VARIANT_SEED = 999_999_999;

/**
 * Scrambles a seed (MurmurHash3's 32-bit finalizer). An LCG started from consecutive seeds gives
 * nearly equal first draws (they differ by the multiplier / 2³², about 0.0004), so "New numbers"
 * on seeds 1, 2, 3… would barely change a number drawn first; hashing the seed spreads them.
 */
export function mixSeed(seed: number): number {
  let h = seed >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The seeded uniform source of variant `seed`. */
export function variantRandom(seed: number): () => number {
  return seededRandom(mixSeed(seed));
}

/** Whether `seed` names a variant: an integer from 0 (the printed numbers) to MAX_VARIANT_SEED. */
export function isVariantSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_VARIANT_SEED;
}

/** Adds `params(seed)`, `variant(seed)` and `next(seed)` to a problem's spec. */
export function defineProblem<P>(spec: PracticeSpec<P>): PracticeProblem<P> {
  const params = (seed: number): P => {
    if (!isVariantSeed(seed)) throw new RangeError(`${spec.id}: no variant ${seed}`);
    return seed === 0 ? spec.base : spec.draw(variantRandom(seed));
  };
  const variant = (seed: number) => spec.solve(params(seed));
  return { ...spec, params, variant, next: (seed) => nextVariantSeed({ variant }, seed) };
}

/**
 * The seed "New numbers" moves to from `seed`: the next one whose answer differs, so a click
 * always changes the problem (some problems have few distinct variants). Gives up after 100.
 */
export function nextVariantSeed(problem: Pick<PracticeProblem, 'variant'>, seed: number): number {
  const current = problem.variant(seed).answer;
  let next = seed + 1;
  while (next < seed + 100 && problem.variant(next).answer === current) next++;
  return next > MAX_VARIANT_SEED ? 1 : next;
}

const decimalsOf = (step: number) => {
  const s = String(step);
  return s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
};

/**
 * A uniform choice among min, min + step, …, max, rounded to step's decimals so the value prints
 * short (0.1 + 0.2 comes back as 0.3).
 */
export function pickStep(random: () => number, min: number, max: number, step: number): number {
  const n = Math.round((max - min) / step);
  const k = Math.min(n, Math.floor(random() * (n + 1)));
  return Number((min + k * step).toFixed(decimalsOf(step)));
}

/** A uniform choice from a list. */
export function pickFrom<T>(random: () => number, options: readonly T[]): T {
  return options[Math.min(options.length - 1, Math.floor(random() * options.length))] as T;
}

/** −1 or +1 with equal chance. */
export function pickSign(random: () => number): -1 | 1 {
  return random() < 0.5 ? -1 : 1;
}
