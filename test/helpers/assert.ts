import { expect } from 'vitest';

type Nested = number | readonly Nested[];

/**
 * Asserts that `actual` equals `expected` within `delta`, recursing into arrays (after d3-shape's
 * assertInDelta). With `relative`, the tolerance is delta · max(1, |expected|).
 */
export function assertInDelta(
  actual: Nested,
  expected: Nested,
  delta = 1e-9,
  { relative = false }: { relative?: boolean } = {},
): void {
  const walk = (a: Nested, e: Nested, path: string): void => {
    if (Array.isArray(e)) {
      expect(Array.isArray(a), `${path} should be an array`).toBe(true);
      const aa = a as readonly Nested[];
      expect(aa.length, `${path}.length`).toBe(e.length);
      e.forEach((ei, i) => walk(aa[i] as Nested, ei, `${path}[${i}]`));
      return;
    }
    const av = a as number;
    const ev = e as number;
    expect(typeof av, `${path} should be a number`).toBe('number');
    if (!Number.isFinite(ev)) {
      expect(av, path).toBe(ev);
      return;
    }
    const tol = relative ? delta * Math.max(1, Math.abs(ev)) : delta;
    expect(
      Math.abs(av - ev) <= tol,
      `${path}: expected ${ev} ± ${tol}, got ${av} (off by ${Math.abs(av - ev)})`,
    ).toBe(true);
  };
  walk(actual, expected, 'value');
}

/** Central finite difference of f at x with step h. */
export function centralDifference(f: (x: number) => number, x: number, h = 1e-6): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}
