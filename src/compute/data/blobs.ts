/** Gaussian blobs: two or three classes of 2-D points for classification. */
import { randomLcg, randomNormal } from 'd3-random';

/** Options of `blobs`. */
export interface BlobsOptions {
  /** Number of classes (default 2). */
  readonly classes?: 2 | 3;
  /** Points per class (default 50). */
  readonly nPerClass?: number;
  /** Standard deviation of each coordinate about its class centre (default 0.6). */
  readonly spread?: number;
  /** Seed of the d3 `randomLcg` source (default 1). */
  readonly seed?: number;
}

/** Points with class labels 0..K−1, and the centres they were drawn around. */
export interface Blobs {
  readonly points: [number, number][];
  readonly labels: number[];
  readonly centers: [number, number][];
}

/**
 * Blob centres: two classes at (−1, −1) and (1, 1); three on a circle of radius 1.5 at 90°, 210°
 * and 330°.
 */
export function blobCenters(classes: 2 | 3): [number, number][] {
  if (classes === 2) {
    return [
      [-1, -1],
      [1, 1],
    ];
  }
  return [90, 210, 330].map((deg) => {
    const t = (deg * Math.PI) / 180;
    return [1.5 * Math.cos(t), 1.5 * Math.sin(t)];
  });
}

/**
 * Samples `nPerClass` points per class from N(centre, spread²·I), class by class; a pure function
 * of the options.
 */
export function blobs({
  classes = 2,
  nPerClass = 50,
  spread = 0.6,
  seed = 1,
}: BlobsOptions = {}): Blobs {
  if (!(Number.isInteger(nPerClass) && nPerClass >= 0)) {
    throw new RangeError(`blobs: nPerClass must be a whole number, got ${nPerClass}`);
  }
  if (!(spread >= 0)) throw new RangeError(`blobs: spread must be ≥ 0, got ${spread}`);
  const centers = blobCenters(classes);
  const gaussian = randomNormal.source(randomLcg(seed))(0, spread);
  const points: [number, number][] = [];
  const labels: number[] = [];
  centers.forEach(([cx, cy], k) => {
    for (let i = 0; i < nPerClass; i++) {
      points.push([cx + gaussian(), cy + gaussian()]);
      labels.push(k);
    }
  });
  return { points, labels, centers };
}

/** Maps binary labels {0, 1} to the margin losses' {−1, +1} (any label > 0 becomes +1). */
export function toSignedLabels(labels: readonly number[]): number[] {
  return labels.map((l) => (l > 0 ? 1 : -1));
}
