import { describe, expect, it } from 'vitest';
import { getLoss } from '~/compute';
import {
  LOGISTIC_BASE2,
  boundSummary,
  clampZ,
  logisticBase2,
  marginCurves,
  marginRegion,
  marginRows,
  marginStateFromUrl,
} from '~/widgets/MarginLossView/marginLossState';

describe('marginLossState', () => {
  it('marginRegion(z) splits at 0 and 1: [−∞, 0), [0, 1), [1, ∞)', () => {
    expect(marginRegion(-0.01).id).toBe('wrong-side');
    expect(marginRegion(0).id).toBe('inside-margin');
    expect(marginRegion(0.999).id).toBe('inside-margin');
    expect(marginRegion(1).id).toBe('confident');
  });

  it('logisticBase2(z) is log₂(1 + e^(−z)): 1 at z = 0, and its derivative −σ(−z)/ln 2', () => {
    expect(logisticBase2(0).value).toBeCloseTo(1, 15);
    expect(logisticBase2(2).value).toBeCloseTo(Math.log2(1 + Math.exp(-2)), 14);
    expect(logisticBase2(2).derivative).toBeCloseTo(-1 / (1 + Math.exp(2)) / Math.LN2, 14);
  });

  it('marginRows(z, base2) checks ℓ(z) ≥ 1[z ≤ 0] for each surrogate', () => {
    const at = (z: number, b2: boolean) =>
      Object.fromEntries(marginRows(z, b2).map((r) => [r.id, r.bounds]));
    expect(at(-0.3, true)).toEqual({
      'zero-one': null,
      hinge: true,
      'squared-hinge': true,
      logistic: false,
      [LOGISTIC_BASE2]: true,
      exponential: true,
    });
    // The natural-log logistic crosses 1 at z = −ln(e − 1) ≈ −0.5413.
    const cross = -Math.log(Math.E - 1);
    expect(at(cross - 0.01, false)['logistic']).toBe(true);
    expect(at(cross + 0.01, false)['logistic']).toBe(false);
    expect(at(0.01, false)['logistic']).toBe(true);
    expect(marginRows(0.5, false).map((r) => r.value)).toEqual(
      ['zero-one', 'hinge', 'squared-hinge', 'logistic', 'exponential'].map((id) =>
        getLoss(id).value(0.5),
      ),
    );
  });

  it('boundSummary(z, rows) says when the natural-log logistic fails and why', () => {
    expect(boundSummary(-0.3, marginRows(-0.3, false))).toMatch(/ln 2/);
    expect(boundSummary(-1, marginRows(-1, false))).toMatch(/at least 1 here/);
    expect(boundSummary(2, marginRows(2, false))).toMatch(/0\/1 loss is 0 here/);
  });

  it('marginCurves(base2) samples every loss over [−3, 3], with z = 0 on the grid of the step', () => {
    const curves = marginCurves(true);
    expect(curves.map((c) => c.id)).toEqual([
      'zero-one',
      'hinge',
      'squared-hinge',
      'logistic',
      'exponential',
      LOGISTIC_BASE2,
    ]);
    const step = curves[0]!;
    expect(step.step).toBe(true);
    expect(step.points.find((p) => p.u === 0)?.value).toBe(1);
    expect(curves.every((c) => c.points.every((p) => Number.isFinite(p.value)))).toBe(true);
  });

  it('clampZ and marginStateFromUrl keep z on the slider grid and never throw', () => {
    expect(clampZ(9)).toBe(3);
    expect(clampZ(0.123)).toBe(0.12);
    expect(clampZ(Number.NaN)).toBe(getLoss('hinge').domain.initial);
    const parsed = marginStateFromUrl(new URLSearchParams('m.z=-3.5&m.base2=1'), 'm.');
    expect(parsed.state).toEqual({ z: getLoss('hinge').domain.initial, base2: true });
    expect(parsed.notices).toHaveLength(1);
  });
});
