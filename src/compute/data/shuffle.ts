/** Seeded shuffles and mini-batch orders, driven by a `[0, 1)` source such as d3's `randomLcg`. */

/**
 * A shuffled copy of `items` (Fisher–Yates, Knuth TAOCP vol. 2 §3.4.2 Algorithm P), drawing from
 * `random`, which returns numbers in [0, 1) like `randomLcg(seed)`.
 */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = out[i] as T;
    out[i] = out[j] as T;
    out[j] = t;
  }
  return out;
}

/** The indices 0..n−1 in a seeded random order. */
export function permutation(n: number, random: () => number): number[] {
  return shuffle(
    Array.from({ length: n }, (_, i) => i),
    random,
  );
}

/**
 * One epoch's mini-batches: a seeded permutation of 0..n−1 cut into batches of `batchSize`; the
 * last batch keeps the remainder (PyTorch's DataLoader with shuffle=True, drop_last=False).
 */
export function miniBatches(n: number, batchSize: number, random: () => number): number[][] {
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) {
    throw new RangeError(`miniBatches: batchSize must be a positive integer, got ${batchSize}`);
  }
  const order = permutation(n, random);
  const batches: number[][] = [];
  for (let i = 0; i < n; i += batchSize) batches.push(order.slice(i, i + batchSize));
  return batches;
}
