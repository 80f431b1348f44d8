import { afterAll } from 'vitest';

const samples = new Map<string, number[]>();

/** The q-quantile of samples (nearest rank). */
export const quantile = (xs: readonly number[], q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

/**
 * Wraps one input event's work for `bench`, recording each run's duration under `name`; the
 * file's p50 and p95 per event are printed when it ends (the budget is stated per event, and
 * Vitest's own table gives means).
 */
export function timed(name: string, run: () => void): () => void {
  const list: number[] = [];
  samples.set(name, list);
  return () => {
    const t0 = performance.now();
    run();
    list.push(performance.now() - t0);
  };
}

afterAll(() => {
  for (const [name, xs] of samples) {
    console.log(
      `${name}: n = ${xs.length}, p50 = ${quantile(xs, 0.5).toFixed(2)} ms, p95 = ${quantile(xs, 0.95).toFixed(2)} ms`,
    );
  }
});
