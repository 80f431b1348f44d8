import { describe, expect, it } from 'vitest';
import { createRiskDistribution, fitRidgePolynomial } from '~/compute';
import {
  GAP_NS,
  GAP_SEEDS,
  LAMBDA_OFF,
  formatLambda,
  gapCurve,
  lambdaOf,
  nextSeed,
  riskFit,
  withRisk,
  initialRiskState,
} from '~/widgets/RiskGapSimulator/riskGapState';

const dist = createRiskDistribution({ target: 'sine', noise: 0.3 });

describe('riskGapState', () => {
  it('lambdaOf(logLambda) is 0 at the slider’s lowest stop, else 10^logLambda', () => {
    expect(lambdaOf(LAMBDA_OFF)).toBe(0);
    expect(lambdaOf(-3)).toBeCloseTo(1e-3, 15);
    expect(formatLambda(LAMBDA_OFF)).toBe('0 (off)');
    expect(formatLambda(-3)).toBe('10⁻³');
    expect(formatLambda(-0.5)).toBe('0.32');
  });

  it('withRisk(state, key, value) snaps to the slider grid and ignores non-finite input', () => {
    expect(withRisk(initialRiskState, 'n', 1000).n).toBe(300);
    expect(withRisk(initialRiskState, 'degree', 4.6).degree).toBe(5);
    expect(withRisk(initialRiskState, 'logLambda', -2.3).logLambda).toBe(-2.5);
    expect(withRisk(initialRiskState, 'n', Number.NaN)).toBe(initialRiskState);
    expect(nextSeed(8)).toBe(9);
    expect(nextSeed(9999)).toBe(1);
  });

  it('riskFit(state) is compute’s fit, training loss and exact risk', () => {
    const view = riskFit({ n: 20, degree: 5, logLambda: -4, seed: 3 });
    const s = dist.sample(20, 3);
    const fit = fitRidgePolynomial(s.x, s.y, { degree: 5, lambda: 1e-4 });
    expect(view.trainLoss).toBeCloseTo(fit.trainLoss, 12);
    expect(view.expectedLoss).toBeCloseTo(dist.expectedRisk(fit.predict), 12);
    expect(view.gap).toBeCloseTo(view.expectedLoss - view.trainLoss, 12);
  });

  it('gapCurve(degree, logLambda) gives the median over the seeds at each N', () => {
    const curve = gapCurve(3, LAMBDA_OFF);
    expect(curve.map((p) => p.n)).toEqual([...GAP_NS]);
    const at50 = GAP_SEEDS.map((seed) => {
      const s = dist.sample(50, seed);
      const fit = fitRidgePolynomial(s.x, s.y, { degree: 3 });
      return dist.expectedRisk(fit.predict);
    }).sort((a, b) => a - b);
    expect(curve.find((p) => p.n === 50)!.expectedLoss).toBeCloseTo(at50[2]!, 12);
    // With 300 points a cubic is close to the noise floor on both counts.
    const last = curve[curve.length - 1]!;
    expect(last.expectedLoss).toBeGreaterThan(dist.bayesRisk);
    expect(last.expectedLoss).toBeLessThan(dist.bayesRisk * 1.3);
  });
});
