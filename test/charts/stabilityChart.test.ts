import { describe, expect, it } from 'vitest';
import { naiveBce32, naiveLogSigmoid32, stableBce32, stableLogSigmoid32 } from '~/compute';
import { brokenSpans, stabilityChart, type StabilitySample } from '~/charts/stabilityChart';
import { createTestDocument, expectGolden } from './golden';

const document = createTestDocument();

/** Logits −1000…1000 on a coarse symmetric grid. */
const grid = [0, 0.5, 1, 2, 5, 10, 16, 17, 20, 50, 88, 89, 100, 200, 500, 1000];
const xs = [
  ...grid
    .slice(1)
    .map((v) => -v)
    .reverse(),
  ...grid,
];

const bce1 = (): StabilitySample[] =>
  xs.map((x) => ({ x, naive: naiveBce32(x, 1), stable: stableBce32(x, 1) }));
const logSigmoid = (): StabilitySample[] =>
  xs.map((x) => ({ x, naive: naiveLogSigmoid32(x), stable: stableLogSigmoid32(x) }));

describe('stabilityChart(options) golden SVGs', () => {
  it('stabilityChart(BCE with y = 1, x = 89)', () => {
    expectGolden(
      'stability-bce',
      stabilityChart({
        samples: bce1(),
        formName: 'BCE(x, y = 1)',
        current: { x: 89, naive: naiveBce32(89, 1), stable: stableBce32(89, 1) },
        className: 'golden',
        idPrefix: 'golden',
        document,
      }),
    );
  });
  it('stabilityChart(log σ, x = −5, 360 px)', () => {
    expectGolden(
      'stability-log-sigmoid-narrow',
      stabilityChart({
        samples: logSigmoid(),
        formName: 'log σ(x)',
        current: { x: -5, naive: naiveLogSigmoid32(-5), stable: stableLogSigmoid32(-5) },
        width: 360,
        className: 'golden',
        idPrefix: 'golden',
        document,
      }),
    );
  });
});

describe('brokenSpans(samples)', () => {
  it('shades where the naive form is not finite, halfway to the finite neighbours', () => {
    const spans = brokenSpans(bce1());
    // naive BCE(x, 1) is not finite for x ≤ −89 (σ rounds to 0) and for x ≥ 17 (σ rounds to 1).
    expect(spans).toEqual([
      { x1: -1000, x2: -88.5 },
      { x1: 16.5, x2: 1000 },
    ]);
  });
  it('is empty when every naive value is finite', () => {
    expect(brokenSpans([{ x: 0, naive: 1, stable: 1 }])).toEqual([]);
  });
});

describe('stabilityChart(options)', () => {
  it('plots only finite values, says what is missing, and never writes NaN or Infinity', () => {
    const svg = stabilityChart({
      samples: bce1(),
      formName: 'BCE',
      current: { x: 1000, naive: naiveBce32(1000, 1), stable: stableBce32(1000, 1) },
      document,
    });
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
    const missing = bce1().filter((s) => !Number.isFinite(s.naive)).length;
    expect(svg.getAttribute('data-nonfinite')).toBe(String(missing));
    expect(svg.getAttribute('aria-description')).toMatch(
      new RegExp(`${missing} of ${xs.length} sampled logits`),
    );
    // The naive ring is not drawn where the naive value is not finite; the stable dot is.
    const layer = svg.querySelector('g[data-layer="current"]')!;
    expect(layer.querySelectorAll('circle')).toHaveLength(1);
  });
});
