import type { Domain, Landscape } from './landscape';

/** A landscape sampled on a regular grid, ready for a heatmap or contours. */
export interface LandscapeGrid {
  readonly nx: number;
  readonly ny: number;
  readonly domain: Domain;
  /** The nx sample abscissas, from domain.x[0] to domain.x[1] inclusive. */
  readonly x: Float64Array;
  /** The ny sample ordinates, from domain.y[0] to domain.y[1] inclusive. */
  readonly y: Float64Array;
  /** Row-major values: values[j·nx + i] = f(x[i], y[j]). */
  readonly values: Float64Array;
  readonly min: number;
  readonly max: number;
  /** log10(value − min + logEps) per sample, for a log colour scale that handles 0 and negatives. */
  readonly logValues: Float64Array;
  readonly logMin: number;
  readonly logMax: number;
  /** The offset inside the log: (max − min)·1e-6, or 1e-12 on a flat grid. */
  readonly logEps: number;
}

/** Samples `landscape` on an nx × ny grid over `domain` (its own by default). */
export function landscapeGrid(
  landscape: Landscape,
  nx: number,
  ny: number,
  domain: Domain = landscape.domain,
): LandscapeGrid {
  for (const [name, n] of [
    ['nx', nx],
    ['ny', ny],
  ] as const) {
    if (!Number.isInteger(n) || n < 2 || n > 4096) {
      throw new RangeError(`landscapeGrid: ${name} must be an integer in [2, 4096], got ${n}.`);
    }
  }
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  if (![x0, x1, y0, y1].every(Number.isFinite) || !(x1 > x0) || !(y1 > y0)) {
    throw new RangeError('landscapeGrid: the domain must be finite with min < max on both axes.');
  }
  const x = new Float64Array(nx);
  const y = new Float64Array(ny);
  for (let i = 0; i < nx; i++) x[i] = x0 + ((x1 - x0) * i) / (nx - 1);
  for (let j = 0; j < ny; j++) y[j] = y0 + ((y1 - y0) * j) / (ny - 1);
  const values = new Float64Array(nx * ny);
  const point: [number, number] = [0, 0];
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < ny; j++) {
    point[1] = y[j] as number;
    for (let i = 0; i < nx; i++) {
      point[0] = x[i] as number;
      const v = landscape.value(point);
      values[j * nx + i] = v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  const logEps = max > min ? (max - min) * 1e-6 : 1e-12;
  const logValues = new Float64Array(values.length);
  for (let k = 0; k < values.length; k++) {
    logValues[k] = Math.log10((values[k] as number) - min + logEps);
  }
  return {
    nx,
    ny,
    domain,
    x,
    y,
    values,
    min,
    max,
    logValues,
    logMin: Math.log10(logEps),
    logMax: Math.log10(max - min + logEps),
    logEps,
  };
}
