import { randomLcg, randomUniform } from 'd3-random';
import { describe, expect, it } from 'vitest';
import {
  createLandscape,
  landscapeGrid,
  landscapeIds,
  type Landscape,
  type Point,
} from '~/compute/landscapes';
import { assertInDelta, centralDifference } from '../helpers/assert';

const variants: Landscape[] = [
  ...landscapeIds.map((id) => createLandscape(id)),
  createLandscape('bowl', { kappa: 37, angle: 30 }),
  createLandscape('bowl', { kappa: 1, angle: -75 }),
  createLandscape('rosenbrock', { a: 0.5, b: 20 }),
  createLandscape('rosenbrock', { a: -1.2, b: 150 }),
];
const label = (l: Landscape): string => `${l.id} ${JSON.stringify(l.params)}`;

describe('landscape.gradient(p)', () => {
  it.each(variants.map((l) => [label(l), l] as const))(
    '%s: gradient(p) matches central differences at 300 seeded points',
    (_, land) => {
      const rx = randomUniform.source(randomLcg(11))(...land.domain.x);
      const ry = randomUniform.source(randomLcg(12))(...land.domain.y);
      for (let k = 0; k < 300; k++) {
        const x = rx();
        const y = ry();
        const h = 1e-5;
        const fd = [
          centralDifference((t) => land.value([t, y]), x, h),
          centralDifference((t) => land.value([x, t]), y, h),
        ];
        // Rounding in f (|f| ≤ 2e5 on Beale's domain) over 2h bounds the error near 1e-5·|f|·1e-11.
        const scale = Math.max(1, Math.abs(land.value([x, y])));
        assertInDelta(land.gradient([x, y]), fd, 1e-6 * scale);
      }
    },
  );
});

describe('landscape.value(p) at hand-worked points', () => {
  it('createLandscape("rosenbrock").value(p) is (1 − x)² + 100(y − x²)²', () => {
    const f = createLandscape('rosenbrock');
    // (0, 0): 1; (−1.2, 1): 2.2² + 100·(1 − 1.44)² = 4.84 + 19.36 = 24.2.
    assertInDelta(f.value([0, 0]), 1, 1e-15);
    assertInDelta(f.value([-1.2, 1]), 24.2, 1e-12);
  });

  it('createLandscape("beale").value([0, 0]) is 1.5² + 2.25² + 2.625² = 14.203125', () => {
    assertInDelta(createLandscape('beale').value([0, 0]), 14.203125, 1e-15);
  });

  it('createLandscape("himmelblau").value([0, 0]) is 11² + 7² = 170', () => {
    assertInDelta(createLandscape('himmelblau').value([0, 0]), 170, 1e-15);
  });

  it('createLandscape("saddle").value([1, 2]) is 1 − 4 = −3', () => {
    assertInDelta(createLandscape('saddle').value([1, 2]), -3, 1e-15);
    expect(createLandscape('saddle').minima).toEqual([]);
    expect(createLandscape('saddle').saddlePoints).toEqual([[0, 0]]);
  });

  it('createLandscape("bowl", { kappa, angle }).value(p) is ½(u² + κv²) in rotated axes', () => {
    // θ = 0: ½(1 + 10·4) = 20.5 at (1, 2). θ = 90°: u = y, v = −x, so ½(4 + 10·1) = 7.
    // θ = 45°, κ = 3 at (1, 1): u = √2, v = 0 → 1; at (−1, 1): u = 0, v = √2 → 3.
    assertInDelta(createLandscape('bowl', { kappa: 10 }).value([1, 2]), 20.5, 1e-12);
    assertInDelta(createLandscape('bowl', { kappa: 10, angle: 90 }).value([1, 2]), 7, 1e-12);
    const b = createLandscape('bowl', { kappa: 3, angle: 45 });
    assertInDelta(b.value([1, 1]), 1, 1e-12);
    assertInDelta(b.value([-1, 1]), 3, 1e-12);
  });
});

describe('landscape.minima', () => {
  const inside = (l: Landscape, [x, y]: Point): boolean =>
    x >= l.domain.x[0] && x <= l.domain.x[1] && y >= l.domain.y[0] && y <= l.domain.y[1];

  it.each(variants.map((l) => [label(l), l] as const))(
    '%s: every minimum has value 0, gradient ≈ 0 and lies inside the domain, as does the start',
    (_, land) => {
      for (const m of land.minima) {
        assertInDelta(land.value(m), 0, 1e-24);
        assertInDelta(land.gradient(m), [0, 0], 1e-12);
        expect(inside(land, m)).toBe(true);
        // A strict local minimum: every nearby point on a small circle is higher.
        for (let k = 0; k < 16; k++) {
          const a = (k * Math.PI) / 8;
          expect(
            land.value([m[0] + 1e-3 * Math.cos(a), m[1] + 1e-3 * Math.sin(a)]),
          ).toBeGreaterThan(0);
        }
      }
      expect(inside(land, land.defaultStart)).toBe(true);
    },
  );

  it('createLandscape("rosenbrock", { a, b }).minima is [(a, a²)]', () => {
    expect(createLandscape('rosenbrock').minima).toEqual([[1, 1]]);
    expect(createLandscape('rosenbrock', { a: 0.5, b: 20 }).minima).toEqual([[0.5, 0.25]]);
  });

  it('createLandscape("beale").minima is [(3, 0.5)]', () => {
    expect(createLandscape('beale').minima).toEqual([[3, 0.5]]);
  });

  it('createLandscape("himmelblau").minima are its four known minima', () => {
    // Published coordinates (Himmelblau 1972; to 6 decimals), (3, 2) exact.
    const known = [
      [3, 2],
      [-2.805118, 3.131312],
      [-3.77931, -3.283186],
      [3.584428, -1.848126],
    ];
    const minima = createLandscape('himmelblau').minima;
    expect(minima[0]).toEqual([3, 2]);
    assertInDelta(minima as unknown as number[][], known, 1e-6);
  });
});

describe('createLandscape(id, params)', () => {
  it('createLandscape(id, params) rejects unknown ids, unknown parameters and out-of-range values', () => {
    expect(() => createLandscape('rosenbrock', { b: 0 })).toThrow(RangeError);
    expect(() => createLandscape('rosenbrock', { a: NaN })).toThrow(RangeError);
    expect(() => createLandscape('bowl', { kappa: 0.5 })).toThrow(/kappa/);
    expect(() => createLandscape('bowl', { c: 1 })).toThrow(/unknown parameter/);
    expect(() => createLandscape('beale', { a: 1 })).toThrow(RangeError);
    expect(() => createLandscape('nope' as 'bowl')).toThrow(RangeError);
  });

  it('createLandscape(id).parameters defaults are the params it was built with', () => {
    for (const id of landscapeIds) {
      const l = createLandscape(id);
      expect(l.id).toBe(id);
      expect(Object.fromEntries(l.parameters.map((p) => [p.id, p.default]))).toEqual(l.params);
      expect(l.latex.length).toBeGreaterThan(0);
    }
  });
});

describe('landscapeGrid(landscape, nx, ny, domain?)', () => {
  it('landscapeGrid(saddle, 3, 3) samples x² − y² row by row', () => {
    // x, y ∈ {−2, 0, 2}; rows are y: y = −2 → (0, −4, 0); y = 0 → (4, 0, 4); y = 2 → (0, −4, 0).
    const g = landscapeGrid(createLandscape('saddle'), 3, 3);
    expect([...g.x]).toEqual([-2, 0, 2]);
    expect([...g.y]).toEqual([-2, 0, 2]);
    expect([...g.values]).toEqual([0, -4, 0, 4, 0, 4, 0, -4, 0]);
    expect([g.min, g.max]).toEqual([-4, 4]);
    // ε = 8·1e-6; log10(v − (−4) + ε).
    assertInDelta(g.logEps, 8e-6, 1e-18);
    assertInDelta(g.logValues[1] as number, Math.log10(8e-6), 1e-12);
    assertInDelta(g.logValues[4] as number, Math.log10(4 + 8e-6), 1e-12);
    assertInDelta([g.logMin, g.logMax], [Math.log10(8e-6), Math.log10(8 + 8e-6)], 1e-12);
  });

  it('landscapeGrid(rosenbrock, 200, 200, domain) covers the given domain', () => {
    const g = landscapeGrid(createLandscape('rosenbrock'), 200, 200, { x: [0, 2], y: [0, 2] });
    expect(g.values.length).toBe(40000);
    expect([g.x[0], g.x[199], g.y[0], g.y[199]]).toEqual([0, 2, 0, 2]);
    // Max at (2, 0): 1 + 100·16 = 1601.
    expect(g.max).toBe(1601);
    expect(g.logValues.every(Number.isFinite)).toBe(true);
  });

  it('landscapeGrid(landscape, 1, 10) throws a RangeError', () => {
    const l = createLandscape('beale');
    expect(() => landscapeGrid(l, 1, 10)).toThrow(RangeError);
    expect(() => landscapeGrid(l, 10, 10, { x: [1, 0], y: [0, 1] })).toThrow(RangeError);
  });
});
