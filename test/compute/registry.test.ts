import { randomLcg, randomUniform } from 'd3-random';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import {
  clampParams,
  defaultParams,
  evaluateLossCurve,
  findLoss,
  getLoss,
  lossesByFamily,
  lossFamilies,
  lossIds,
  lossRegistry,
  type LossEntry,
} from '~/compute/registry';
import { assertInDelta, centralDifference } from '../helpers/assert';

/** A seeded uniform generator: r(a, b) draws from [a, b). */
function seeded(seed: number): (a: number, b: number) => number {
  const uniform = randomUniform.source(randomLcg(seed));
  return (a, b) => uniform(a, b)();
}

/** Random parameters within each spec's [min, max]. */
function randomParams(entry: LossEntry, r: (a: number, b: number) => number) {
  const out: Record<string, number> = {};
  for (const p of entry.params) out[p.id] = r(p.min, p.max);
  return out;
}

/** Parameters all at their minimum, or all at their maximum. */
function edgeParams(entry: LossEntry, edge: 'min' | 'max') {
  const out: Record<string, number> = {};
  for (const p of entry.params) out[p.id] = p[edge];
  return out;
}

/** A point strictly inside the entry's domain (0.1% of its width away from each end). */
function interior(entry: LossEntry, r: (a: number, b: number) => number): number {
  const { min, max } = entry.domain;
  const pad = 1e-3 * (max - min);
  return r(min + pad, max - pad);
}

const byId = (id: string): LossEntry => getLoss(id);

describe('lossRegistry', () => {
  it('lossIds are unique, kebab-case, and include every loss of issue 3', () => {
    expect(new Set(lossIds).size).toBe(lossIds.length);
    for (const id of lossIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const required = [
      'mse',
      'mae',
      'huber',
      'smooth-l1',
      'log-cosh',
      'quantile',
      'zero-one',
      'perceptron',
      'hinge',
      'squared-hinge',
      'logistic',
      'exponential',
      'modified-huber',
      'bce',
      'bce-with-logits',
      'focal',
      'cross-entropy',
      'kl-div',
      'poisson-nll',
      'gaussian-nll',
    ];
    for (const id of required) expect(lossIds, id).toContain(id);
    expect(lossIds).toEqual(lossRegistry.map((e) => e.id));
  });

  it('entry.params: default within [min, max], min < max, step > 0, ids unique', () => {
    for (const e of lossRegistry) {
      expect(new Set(e.params.map((p) => p.id)).size, e.id).toBe(e.params.length);
      for (const p of e.params) {
        expect(p.min < p.max, `${e.id}.${p.id}`).toBe(true);
        expect(p.step > 0 && p.step <= p.max - p.min, `${e.id}.${p.id}`).toBe(true);
        expect(p.default >= p.min && p.default <= p.max, `${e.id}.${p.id}`).toBe(true);
        expect(p.label.length > 0 && p.description.length > 0, `${e.id}.${p.id}`).toBe(true);
      }
    }
  });

  it('entry.domain: min < max, initial inside, variable fits the family', () => {
    for (const e of lossRegistry) {
      const d = e.domain;
      expect(d.min < d.max, e.id).toBe(true);
      expect(d.initial >= d.min && d.initial <= d.max, e.id).toBe(true);
      if (d.variable === 'probability') {
        // Never evaluate at p = 0, where −log p is singular.
        expect(d.min > 0 && d.max <= 1, e.id).toBe(true);
      }
      if (e.family === 'margin') expect(d.variable, e.id).toBe('margin');
    }
    expect(lossesByFamily.regression.filter((e) => e.domain.variable !== 'residual')).toEqual([
      byId('poisson-nll'),
    ]);
  });

  it('katex.renderToString(entry.latex.*, { throwOnError: true }) succeeds for every string', () => {
    for (const e of lossRegistry) {
      const strings = [
        e.latex.value,
        e.latex.derivative,
        e.domain.symbol,
        ...e.params.map((p) => p.symbol),
      ];
      for (const tex of strings) {
        expect(tex.trim().length, e.id).toBeGreaterThan(0);
        expect(
          () => katex.renderToString(tex, { throwOnError: true, strict: 'error' }),
          `${e.id}: ${tex}`,
        ).not.toThrow();
      }
    }
  });

  it('entry prose and framework refs are filled in; chapters come from the known list', () => {
    const chapters = new Set([
      'what-is-a-loss',
      'regression-losses',
      'margin-losses',
      'cross-entropy',
      'custom-losses',
      'choosing-a-loss',
      'gradient-descent',
    ]);
    for (const e of lossRegistry) {
      for (const s of [
        e.name,
        e.shortName,
        e.summary,
        e.typicalTask,
        e.minimizer,
        e.subgradientNote,
        e.properties.notes,
      ]) {
        expect(s.trim().length, e.id).toBeGreaterThan(0);
      }
      expect(e.whenToUse.length, e.id).toBeGreaterThan(0);
      expect(e.whenNotToUse.length, e.id).toBeGreaterThan(0);
      expect(e.references.length, e.id).toBeGreaterThan(0);
      expect(e.relatedChapters.length, e.id).toBeGreaterThan(0);
      for (const c of e.relatedChapters) expect(chapters.has(c), `${e.id}: ${c}`).toBe(true);
      for (const ref of [e.frameworks.pytorch, e.frameworks.keras, e.frameworks.optax]) {
        expect(ref.call.trim().length, e.id).toBeGreaterThan(0);
        // A missing built-in must say how to write the loss by hand.
        if (ref.name === null) expect(ref.notes.length, e.id).toBeGreaterThan(0);
      }
    }
  });

  it('properties: differentiable ⇔ no kinks; robustToOutliers coincides with boundedGradient', () => {
    for (const e of lossRegistry) {
      expect(e.properties.differentiable, e.id).toBe(e.kinks.length === 0);
      for (const k of e.kinks) expect(k > e.domain.min && k < e.domain.max, e.id).toBe(true);
      expect(e.properties.robustToOutliers, e.id).toBe(e.properties.boundedGradient);
    }
  });
});

describe('registry entries: derivatives', () => {
  it('entry.derivative(u, params) matches a central difference (h = 1e-6) at 2100 seeded points away from kinks', () => {
    const r = seeded(20240611);
    const perEntry = Math.ceil(2100 / lossRegistry.length);
    let checked = 0;
    for (const e of lossRegistry) {
      let n = 0;
      while (n < perEntry) {
        const u = interior(e, r);
        if (e.kinks.some((k) => Math.abs(u - k) < 1e-4)) continue;
        const params = randomParams(e, r);
        const d = e.derivative(u, params);
        const fd = centralDifference((x) => e.value(x, params), u, 1e-6);
        // Tolerance: 1e-5 relative to max(1, |d|); the difference's own error is far smaller.
        assertInDelta(d, fd, 1e-5, { relative: true });
        n++;
      }
      checked += n;
    }
    expect(checked).toBeGreaterThanOrEqual(2100);
  });

  it('entry.derivative(kink) is the documented subgradient, inside the one-sided slopes', () => {
    // The choices stated in each entry's subgradientNote.
    const documented: Record<string, Record<number, number>> = {
      mae: { 0: 0 },
      quantile: { 0: 0 },
      'zero-one': { 0: 0 },
      perceptron: { 0: -1 },
      hinge: { 1: 0 },
    };
    const withKinks = lossRegistry.filter((e) => e.kinks.length > 0).map((e) => e.id);
    expect(withKinks.sort()).toEqual(Object.keys(documented).sort());
    const r = seeded(7);
    for (const e of lossRegistry.filter((x) => x.kinks.length > 0)) {
      for (const k of e.kinks) {
        for (let i = 0; i < 20; i++) {
          const params = randomParams(e, r);
          const d = e.derivative(k, params);
          expect(d, `${e.id} at ${k}`).toBe(documented[e.id]?.[k]);
          if (e.properties.convex) {
            const h = 1e-7;
            const f = (x: number) => e.value(x, params);
            const left = (f(k) - f(k - h)) / h;
            const right = (f(k + h) - f(k)) / h;
            expect(
              d >= left - 1e-6 && d <= right + 1e-6,
              `${e.id}: ${left} ≤ ${d} ≤ ${right}`,
            ).toBe(true);
          }
        }
      }
    }
  });

  it('bce-with-logits derivative(s, { target: t }) = σ(s) − t when posWeight = 1', () => {
    const e = byId('bce-with-logits');
    const r = seeded(99);
    for (let i = 0; i < 200; i++) {
      const s = r(-20, 20);
      const t = r(0, 1);
      const sigma = 1 / (1 + Math.exp(-s));
      assertInDelta(e.derivative(s, { target: t, posWeight: 1 }), sigma - t, 1e-12);
    }
  });

  it('huber(r, { delta: β }) = β · smooth-l1(r, { beta: β }), as PyTorch documents', () => {
    const huber = byId('huber');
    const smooth = byId('smooth-l1');
    const r = seeded(3);
    for (let i = 0; i < 300; i++) {
      const beta = r(0.1, 3);
      const x = r(-5, 5);
      assertInDelta(huber.value(x, { delta: beta }), beta * smooth.value(x, { beta }), 1e-12, {
        relative: true,
      });
      assertInDelta(
        huber.derivative(x, { delta: beta }),
        beta * smooth.derivative(x, { beta }),
        1e-12,
        {
          relative: true,
        },
      );
    }
  });
});

describe('registry entries: properties', () => {
  it('entry.value(u, params) ≥ 0 on the domain for every entry claiming nonNegative', () => {
    const r = seeded(11);
    for (const e of lossRegistry.filter((x) => x.properties.nonNegative)) {
      for (let i = 0; i < 300; i++) {
        const params = randomParams(e, r);
        const u = r(e.domain.min, e.domain.max);
        expect(e.value(u, params), `${e.id} at ${u}`).toBeGreaterThanOrEqual(0);
      }
      for (const u of [e.domain.min, e.domain.max]) {
        expect(e.value(u, defaultParams(e)), e.id).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('gaussian-nll and poisson-nll, claimed not non-negative, go below zero', () => {
    expect(lossRegistry.filter((e) => !e.properties.nonNegative).map((e) => e.id)).toEqual([
      'gaussian-nll',
      'poisson-nll',
    ]);
    // ½ ln 0.25 = −ln 2 ≈ −0.693 (python3: 0.5*math.log(0.25)).
    assertInDelta(byId('gaussian-nll').value(0, { var: 0.25 }), -Math.LN2, 1e-12);
    // Minimum at x = ln 3: 3 − 3 ln 3 ≈ −0.29584 (python3: 3-3*math.log(3) = -0.2958368660043291).
    assertInDelta(
      byId('poisson-nll').value(Math.log(3), { target: 3 }),
      -0.2958368660043291,
      1e-12,
    );
  });

  it('entry.value(entry.perfectPrediction(params), params) is 0; null only where no point gives 0', () => {
    const r = seeded(5);
    for (const e of lossRegistry) {
      for (let i = 0; i < 20; i++) {
        const params = randomParams(e, r);
        const u = e.perfectPrediction(params);
        if (u !== null) expect(e.value(u, params), `${e.id} at ${u}`).toBe(0);
      }
    }
    // Logistic, exponential and BCE-with-logits only tend to 0; the two NLLs have non-zero minima.
    const neverZero = lossRegistry.filter((e) => e.perfectPrediction() === null).map((e) => e.id);
    expect(neverZero.sort()).toEqual(
      ['bce-with-logits', 'exponential', 'gaussian-nll', 'logistic', 'poisson-nll'].sort(),
    );
    for (const id of ['logistic', 'exponential']) {
      const e = byId(id);
      for (const z of [3, 10, 30]) expect(e.value(z), `${id} at ${z}`).toBeGreaterThan(0);
    }
    // Residual losses are zero at r = 0; the zero-margin losses are zero at z = 1.
    for (const e of lossesByFamily.regression.filter((x) => x.perfectPrediction() !== null)) {
      expect(e.perfectPrediction(), e.id).toBe(0);
    }
  });

  it('convex entries satisfy f((a + b)/2) ≤ (f(a) + f(b))/2 on 300 seeded pairs each', () => {
    const r = seeded(42);
    for (const e of lossRegistry.filter((x) => x.properties.convex)) {
      for (let i = 0; i < 300; i++) {
        const params = randomParams(e, r);
        const a = r(e.domain.min, e.domain.max);
        const b = r(e.domain.min, e.domain.max);
        const fa = e.value(a, params);
        const fb = e.value(b, params);
        const fm = e.value((a + b) / 2, params);
        // Tolerance 1e-12 relative, for rounding only.
        const tol = 1e-12 * Math.max(1, Math.abs(fa), Math.abs(fb));
        expect(fm <= (fa + fb) / 2 + tol, `${e.id}: a=${a}, b=${b}`).toBe(true);
      }
    }
  });

  it('entries claimed non-convex fail the midpoint test on some seeded pair', () => {
    const nonConvex = lossRegistry.filter((x) => !x.properties.convex);
    expect(nonConvex.map((e) => e.id)).toEqual(['zero-one']);
    const r = seeded(8);
    for (const e of nonConvex) {
      let found = false;
      for (let i = 0; i < 1000 && !found; i++) {
        const a = r(e.domain.min, e.domain.max);
        const b = r(e.domain.min, e.domain.max);
        found = e.value((a + b) / 2) > (e.value(a) + e.value(b)) / 2;
      }
      expect(found, e.id).toBe(true);
    }
    // By hand: 1[0 ≤ 0] = 1 > (1[−1 ≤ 0] + 1[1 ≤ 0]) / 2 = 0.5.
    const zeroOne = byId('zero-one');
    expect(zeroOne.value(0)).toBeGreaterThan((zeroOne.value(-1) + zeroOne.value(1)) / 2);
  });

  it('boundedGradient: |derivative| ≤ 10 far out for bounded entries, > 100 somewhere for the rest', () => {
    const r = seeded(13);
    for (const e of lossRegistry) {
      const wide: number[] = [];
      if (e.domain.variable === 'probability') {
        const top = e.domain.max < 1 ? 1 - 1e-12 : 1;
        for (let i = 0; i < 400; i++) wide.push(Math.min(top, Math.pow(10, r(-12, 0))));
        wide.push(1e-12, top);
      } else {
        for (let i = 0; i < 400; i++) wide.push(r(-1e3, 1e3));
      }
      let sup = 0;
      for (const edge of ['min', 'max'] as const) {
        const params = edgeParams(e, edge);
        for (const u of wide) sup = Math.max(sup, Math.abs(e.derivative(u, params)));
      }
      // The largest bound in the registry is bce-with-logits at pos_weight = 10.
      if (e.properties.boundedGradient) expect(sup, e.id).toBeLessThanOrEqual(10 + 1e-9);
      else expect(sup, e.id).toBeGreaterThan(100);
    }
  });

  it('hinge, squared-hinge, exponential, modified-huber and logistic / ln 2 bound 1[z ≤ 0] from above', () => {
    const zeroOne = byId('zero-one');
    const r = seeded(17);
    const zs = [0, -1e-12, 1e-12, -1, 1];
    for (let i = 0; i < 1000; i++) zs.push(r(-10, 10));
    for (const id of ['hinge', 'squared-hinge', 'exponential', 'modified-huber']) {
      const e = byId(id);
      for (const z of zs)
        expect(e.value(z), `${id} at ${z}`).toBeGreaterThanOrEqual(zeroOne.value(z));
    }
    const logistic = byId('logistic');
    // In base 2, log2(1 + e^(−z)) = ln(1 + e^(−z)) / ln 2.
    for (const z of zs) {
      expect(logistic.value(z) / Math.LN2 + 1e-15, `logistic at ${z}`).toBeGreaterThanOrEqual(
        zeroOne.value(z),
      );
    }
    // The natural-log form is ln 2 ≈ 0.693 < 1 at z = 0: it needs the 1/ln 2 rescaling.
    assertInDelta(logistic.value(0), Math.LN2, 1e-15);
    expect(logistic.value(0)).toBeLessThan(zeroOne.value(0));
    // The perceptron loss is no upper bound: 0 at z = 0, where the 0/1 loss is 1.
    expect(byId('perceptron').value(0)).toBeLessThan(zeroOne.value(0));
  });

  it('entry.value and entry.derivative never return NaN, and stay finite at extreme inputs', () => {
    const overflow = Math.log(Number.MAX_VALUE); // 709.78…: e^u overflows double beyond it
    for (const e of lossRegistry) {
      const us =
        e.domain.variable === 'probability'
          ? [1e-300, 1e-12, 0.5, 1 - 1e-12, ...(e.domain.max === 1 ? [1] : [])]
          : [-1e3, -800, -745, -1e-300, 0, 1e-300, 745, 800, 1e3];
      for (const params of [defaultParams(e), edgeParams(e, 'min'), edgeParams(e, 'max')]) {
        for (const u of us) {
          for (const y of [e.value(u, params), e.derivative(u, params)]) {
            expect(Number.isNaN(y), `${e.id}(${u})`).toBe(false);
            if (!Number.isFinite(y)) {
              // Only a true value beyond the double range may be infinite: e^(−z) and e^x.
              const genuine =
                (e.id === 'exponential' && -u > overflow) ||
                (e.id === 'poisson-nll' && u > overflow);
              expect(genuine, `${e.id}(${u}) = ${y}`).toBe(true);
            }
          }
        }
      }
    }
  });
});

describe('registry entries: known values by hand', () => {
  // [id, u, params, value, derivative]; each value derived by hand or with python3's math module.
  const cases: [string, number, Record<string, number>, number, number][] = [
    // (−1.5)² = 2.25; 2·(−1.5) = −3.
    ['mse', -1.5, {}, 2.25, -3],
    ['mae', -2, {}, 2, -1],
    // δ = 1, r = 2 > δ: 1·(2 − 0.5) = 1.5, slope δ·sign(r) = 1.
    ['huber', 2, { delta: 1 }, 1.5, 1],
    // Inside: ½·0.5² = 0.125, slope 0.5.
    ['huber', 0.5, { delta: 1 }, 0.125, 0.5],
    // δ = 2, r = −3: 2·(3 − 1) = 4, slope −2.
    ['huber', -3, { delta: 2 }, 4, -2],
    // β = 2, r = 1 < β: 1²/(2·2) = 0.25, slope 1/2.
    ['smooth-l1', 1, { beta: 2 }, 0.25, 0.5],
    // β = 2, r = 3: 3 − 1 = 2, slope 1.
    ['smooth-l1', 3, { beta: 2 }, 2, 1],
    // python3: math.log(math.cosh(1)) = 0.4337808304830271, math.tanh(1) = 0.7615941559557649.
    ['log-cosh', 1, {}, 0.4337808304830271, 0.7615941559557649],
    // Large r: |r| − ln 2 = 799.3068528194401 (python3: 800 - math.log(2)); tanh = 1.
    ['log-cosh', 800, {}, 799.3068528194401, 1],
    // τ = 0.9, r = ŷ − y = −1 (under-prediction): τ·1 = 0.9, slope −τ.
    ['quantile', -1, { tau: 0.9 }, 0.9, -0.9],
    // τ = 0.9, r = 2 (over-prediction): 0.1·2 = 0.2, slope 1 − τ = 0.1.
    ['quantile', 2, { tau: 0.9 }, 0.2, 0.1],
    // python3: 0.5*(math.log(2) + 4/2) = 1.3465735902799727; slope r/σ² = 1.
    ['gaussian-nll', 2, { var: 2 }, 1.3465735902799727, 1],
    // e^0 − 2·0 = 1; slope e^0 − 2 = −1.
    ['poisson-nll', 0, { target: 2 }, 1, -1],
    ['zero-one', 0, {}, 1, 0],
    ['zero-one', -0.5, {}, 1, 0],
    ['zero-one', 0.5, {}, 0, 0],
    ['perceptron', -2, {}, 2, -1],
    // The hinge examples, as margins: (y, s) = (1, 2) → z = 2; (1, 0.2) → z = 0.2.
    ['hinge', 2, {}, 0, 0],
    ['hinge', 0.2, {}, 0.8, -1],
    // (y, s) = (−1, 0.3) → z = −0.3: 1.3; dℓ/ds = y·dℓ/dz = (−1)(−1) = +1, checked below.
    ['hinge', -0.3, {}, 1.3, -1],
    // (1 − 0.2)² = 0.64, slope −2·0.8 = −1.6.
    ['squared-hinge', 0.2, {}, 0.64, -1.6],
    ['squared-hinge', -1, {}, 4, -4],
    // ln 2 and −σ(0) = −½.
    ['logistic', 0, {}, Math.LN2, -0.5],
    // ln(1 + e^800) = 800 + ln(1 + e^−800) = 800 in double; slope −σ(800) = −1 in double.
    ['logistic', -800, {}, 800, -1],
    // python3: math.exp(2) = 7.38905609893065.
    ['exponential', -2, {}, 7.38905609893065, -7.38905609893065],
    ['exponential', 0, {}, 1, -1],
    // z = −2 < −1: −4·(−2) = 8, slope −4.
    ['modified-huber', -2, {}, 8, -4],
    ['modified-huber', 0, {}, 1, -2],
    ['modified-huber', 0.5, {}, 0.25, -1],
    ['modified-huber', 2, {}, 0, 0],
    // −ln 0.5 = ln 2; slope −1/0.5 = −2.
    ['bce', 0.5, {}, Math.LN2, -2],
    // −ln(1e−50) = 115.1 > 100: BCELoss's clamp holds it at 100, flat.
    ['bce', 1e-50, {}, 100, 0],
    ['bce', 0, {}, 100, 0],
    // s = 0, t = 1: ln 2, slope σ(0) − 1 = −½.
    ['bce-with-logits', 0, { target: 1, posWeight: 1 }, Math.LN2, -0.5],
    // python3: math.log1p(math.exp(2)) - 0.6 = 1.5269280110429726; 1/(1+math.exp(-2)) - 0.3 = 0.5807970779778824.
    ['bce-with-logits', 2, { target: 0.3, posWeight: 1 }, 1.5269280110429726, 0.5807970779778824],
    // pos_weight 3 at s = 0, t = 1: 3 ln 2, slope −3·½.
    ['bce-with-logits', 0, { target: 1, posWeight: 3 }, 3 * Math.LN2, -1.5],
    // Confident mistake stays finite: softplus(1000) = 1000, slope −1.
    ['bce-with-logits', -1000, { target: 1, posWeight: 1 }, 1000, -1],
    // python3: -0.25*0.25*math.log(0.5) = 0.04332169878499658;
    // 0.25*(2*0.5*math.log(0.5) - 0.25/0.5) = -0.29828679513998635.
    ['focal', 0.5, { alpha: 0.25, gamma: 2 }, 0.04332169878499658, -0.29828679513998635],
    // γ = 0, α = 1 is −ln p: at p = 0.5, ln 2 and −2.
    ['focal', 0.5, { alpha: 1, gamma: 0 }, Math.LN2, -2],
    // Limits at p_t = 1: 0 for γ > 0, −α for γ = 0.
    ['focal', 1, { alpha: 0.25, gamma: 2 }, 0, 0],
    ['focal', 1, { alpha: 0.5, gamma: 0 }, 0, -0.5],
    // softmax(2, 0, −1)[1] = 0.11419519938459446 (python3), and −ln of it = 2.1698460195562856.
    ['cross-entropy', 0.11419519938459446, {}, 2.1698460195562856, -1 / 0.11419519938459446],
    // p = 0.5, q = 0.25: ½ ln(4/3) = 0.14384103622589042 (python3); slope −2 + 2/3.
    ['kl-div', 0.25, { target: 0.5 }, 0.14384103622589042, -1.3333333333333335],
    // p = 1: KL = −ln q; at q = 0.5, ln 2 and −2.
    ['kl-div', 0.5, { target: 1 }, Math.LN2, -2],
  ];

  for (const [id, u, params, value, derivative] of cases) {
    it(`getLoss('${id}').value(${u}, ${JSON.stringify(params)}) = ${value}, derivative ${derivative}`, () => {
      const e = getLoss(id);
      // Tolerance 1e-12 relative to max(1, |expected|).
      assertInDelta(e.value(u, params), value, 1e-12, { relative: true });
      assertInDelta(e.derivative(u, params), derivative, 1e-12, { relative: true });
    });
  }

  it("hinge subgradient w.r.t. the score s is y·ℓ'(y·s): 0, −1, +1 for the issue's examples", () => {
    const hinge = byId('hinge');
    const grads = [
      [1, 2.0],
      [1, 0.2],
      [-1, 0.3],
    ].map(([y, s]) => (y as number) * hinge.derivative((y as number) * (s as number)));
    expect(grads.map((g) => g + 0)).toEqual([0, -1, 1]);
  });
});

describe('registry helpers', () => {
  it('getLoss(id) returns the entry; getLoss(unknown) throws naming the id', () => {
    expect(getLoss('huber').id).toBe('huber');
    expect(() => getLoss('hubber')).toThrow(/Unknown loss id "hubber"/);
    expect(findLoss('hubber')).toBeUndefined();
    expect(findLoss('mse')).toBe(getLoss('mse'));
  });

  it('lossesByFamily partitions lossRegistry in registry order', () => {
    const flat = lossFamilies.flatMap((f) => lossesByFamily[f]);
    expect(flat).toEqual([...lossRegistry]);
    for (const f of lossFamilies) for (const e of lossesByFamily[f]) expect(e.family).toBe(f);
  });

  it('defaultParams(entry) gives each default', () => {
    expect(defaultParams(getLoss('focal'))).toEqual({ alpha: 0.25, gamma: 2 });
    expect(defaultParams(getLoss('mse'))).toEqual({});
  });

  it('clampParams(entry, params) clamps, defaults non-finite or missing values, drops unknown keys', () => {
    const huber = getLoss('huber');
    expect(clampParams(huber, { delta: 99 })).toEqual({ delta: 3 });
    expect(clampParams(huber, { delta: -1 })).toEqual({ delta: 0.1 });
    expect(clampParams(huber, { delta: 2 })).toEqual({ delta: 2 });
    expect(clampParams(huber, { delta: Number.NaN })).toEqual({ delta: 1 });
    expect(clampParams(huber, { delta: Infinity })).toEqual({ delta: 1 });
    expect(clampParams(huber, { delta: '2' })).toEqual({ delta: 1 });
    expect(clampParams(huber, { other: 5 })).toEqual({ delta: 1 });
    expect(clampParams(huber, {})).toEqual({ delta: 1 });
  });

  it('entry.value(u, params) falls back to defaults for missing or non-finite params', () => {
    const huber = getLoss('huber');
    expect(huber.value(2)).toBe(huber.value(2, { delta: 1 }));
    expect(huber.value(2, { delta: Number.NaN })).toBe(huber.value(2, { delta: 1 }));
  });

  it('evaluateLossCurve(hinge, {}, 5) samples the domain evenly and adds the kink at 1', () => {
    const hinge = getLoss('hinge');
    const pts = evaluateLossCurve(hinge, {}, 5);
    expect(pts.map((p) => p.u)).toEqual([-3, -1.5, 0, 1, 1.5, 3]);
    // max(0, 1 − z) at those points, by hand.
    expect(pts.map((p) => p.value)).toEqual([4, 2.5, 1, 0, 0, 0]);
    expect(pts.map((p) => p.derivative + 0)).toEqual([-1, -1, -1, 0, 0, 0]);
  });

  it('evaluateLossCurve(entry, defaults, 101) is sorted, spans the domain and is finite for every entry', () => {
    for (const e of lossRegistry) {
      const pts = evaluateLossCurve(e, defaultParams(e), 101);
      expect(pts.length, e.id).toBeGreaterThanOrEqual(101);
      expect(pts[0]?.u, e.id).toBe(e.domain.min);
      expect(pts.at(-1)?.u, e.id).toBe(e.domain.max);
      for (let i = 1; i < pts.length; i++) {
        expect((pts[i]?.u ?? 0) > (pts[i - 1]?.u ?? 0), e.id).toBe(true);
      }
      for (const p of pts) {
        expect(Number.isFinite(p.value) && Number.isFinite(p.derivative), `${e.id}(${p.u})`).toBe(
          true,
        );
        expect(p.value).toBe(e.value(p.u, defaultParams(e)));
      }
    }
  });
});
