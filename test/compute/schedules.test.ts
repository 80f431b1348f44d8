import { describe, expect, it } from 'vitest';
import {
  cosineAnnealingLR,
  cosineAnnealingWarmRestarts,
  exponentialLR,
  stepLR,
  warmRestartCycle,
} from '~/compute/schedules';
import { assertInDelta } from '../helpers/assert';

/*
 * Expected values come from torch.optim.lr_scheduler's documented formulas, worked by hand; the
 * cosines that are not at a quarter turn were evaluated with python3's `math` module:
 *   η = ηmin + ½(η0 − ηmin)(1 + cos(π·Tcur/T)).
 */

describe('stepLR(step, { lr0, stepSize, gamma })', () => {
  it('stepLR(step, { lr0: 0.05, stepSize: 30, gamma: 0.1 }) matches torch’s StepLR example', () => {
    // torch docs: lr = 0.05 for epoch < 30, 0.005 for 30 ≤ epoch < 60, 0.0005 for 60 ≤ epoch < 90.
    const lr = (s: number): number => stepLR(s, { lr0: 0.05, stepSize: 30, gamma: 0.1 });
    assertInDelta(
      [0, 29, 30, 59, 60, 89].map(lr),
      [0.05, 0.05, 0.005, 0.005, 0.0005, 0.0005],
      1e-9,
      {
        relative: true,
      },
    );
  });

  it('stepLR(step, { lr0, stepSize }) defaults gamma to 0.1', () => {
    assertInDelta(stepLR(10, { lr0: 1, stepSize: 5 }), 0.01, 1e-15);
  });

  it('stepLR(step, { stepSize: 0 }) throws a RangeError', () => {
    expect(() => stepLR(1, { lr0: 1, stepSize: 0 })).toThrow(RangeError);
    expect(() => stepLR(-1, { lr0: 1, stepSize: 2 })).toThrow(RangeError);
    expect(() => stepLR(1, { lr0: -1, stepSize: 2 })).toThrow(RangeError);
  });
});

describe('exponentialLR(step, { lr0, gamma })', () => {
  it('exponentialLR(step, { lr0: 0.1, gamma: 0.9 }) is lr0·γ^step', () => {
    // 0.1, 0.09, 0.081, 0.0729.
    assertInDelta(
      [0, 1, 2, 3].map((s) => exponentialLR(s, { lr0: 0.1, gamma: 0.9 })),
      [0.1, 0.09, 0.081, 0.0729],
      1e-15,
    );
  });

  it('exponentialLR(step, { gamma: NaN }) throws a RangeError', () => {
    expect(() => exponentialLR(1, { lr0: 0.1, gamma: NaN })).toThrow(RangeError);
  });
});

describe('cosineAnnealingLR(step, { lr0, tMax, etaMin })', () => {
  it('cosineAnnealingLR(step, { lr0: 0.1, tMax: 10, etaMin: 0.001 }) follows the closed form', () => {
    // step 0: cos 0 = 1 → 0.1; step 5: cos(π/2) = 0 → 0.001 + 0.0495 = 0.0505; step 10: cos π = −1
    // → 0.001; step 2.5: 0.001 + 0.0495·(1 + √2/2) = 0.0855017856687341 (python);
    // step 15: cos(3π/2) = 0 → 0.0505 again; step 20: cos 2π = 1 → 0.1 (torch's closed form is periodic).
    const lr = (s: number): number => cosineAnnealingLR(s, { lr0: 0.1, tMax: 10, etaMin: 0.001 });
    assertInDelta(
      [0, 2.5, 5, 10, 15, 20].map(lr),
      [0.1, 0.0855017856687341, 0.0505, 0.001, 0.0505, 0.1],
      1e-12,
    );
  });

  it('cosineAnnealingLR(step, { lr0, tMax }) defaults etaMin to 0', () => {
    assertInDelta(cosineAnnealingLR(4, { lr0: 1, tMax: 4 }), 0, 1e-15);
    assertInDelta(cosineAnnealingLR(2, { lr0: 1, tMax: 4 }), 0.5, 1e-15);
  });

  it('cosineAnnealingLR(step, { tMax: 0 }) throws a RangeError', () => {
    expect(() => cosineAnnealingLR(1, { lr0: 1, tMax: 0 })).toThrow(RangeError);
  });
});

describe('cosineAnnealingWarmRestarts(step, { lr0, t0, tMult, etaMin })', () => {
  it('cosineAnnealingWarmRestarts(step, { lr0: 0.1, t0: 10 }) restarts every 10 steps', () => {
    // Tcur = step mod 10: steps 0, 5, 10, 15, 19 → Tcur 0, 5, 0, 5, 9.
    // cos(9π/10) = −0.9510565162951535 → 0.05·(1 − 0.95105651…) = 0.0024471741852423235.
    const lr = (s: number): number => cosineAnnealingWarmRestarts(s, { lr0: 0.1, t0: 10 });
    assertInDelta([0, 5, 10, 15, 19].map(lr), [0.1, 0.05, 0.1, 0.05, 0.0024471741852423235], 1e-12);
  });

  it('cosineAnnealingWarmRestarts(step, { lr0, t0: 1, tMult: 2, etaMin }) doubles each cycle', () => {
    // Cycles [0,1), [1,3), [3,7), [7,15): restarts at 1, 3, 7; step 2 is Tcur 1 of 2 and step 5
    // is Tcur 2 of 4 (both cos(π/2) → midpoint 0.0505); step 14 is Tcur 7 of 8:
    // 0.001 + 0.0495·(1 + cos(7π/8)) = 0.004767963140691307 (python).
    const lr = (s: number): number =>
      cosineAnnealingWarmRestarts(s, { lr0: 0.1, t0: 1, tMult: 2, etaMin: 0.001 });
    assertInDelta(
      [0, 1, 2, 3, 5, 7, 14, 15].map(lr),
      [0.1, 0.1, 0.0505, 0.1, 0.0505, 0.1, 0.004767963140691307, 0.1],
      1e-12,
    );
  });

  it('warmRestartCycle(step, { t0: 5, tMult: 3 }) lands exactly on each restart', () => {
    // Cycles of 5, 15, 45, 135, 405 steps start at 0, 5, 20, 65, 200, 605. At step 605,
    // torch's ⌊log₃(605/5·2 + 1)⌋ = ⌊log₃ 243⌋ evaluates to 4 (python: math.log(243, 3) =
    // 4.999999999999999); walking the cycles gives the restart, cycle 5.
    expect(warmRestartCycle(19, { t0: 5, tMult: 3 })).toEqual({ tCur: 14, tI: 15, cycle: 1 });
    expect(warmRestartCycle(20, { t0: 5, tMult: 3 })).toEqual({ tCur: 0, tI: 45, cycle: 2 });
    expect(warmRestartCycle(605, { t0: 5, tMult: 3 })).toEqual({ tCur: 0, tI: 1215, cycle: 5 });
    // Tcur 14 of 15: cos(14π/15) = −0.9781476007338057 → 0.05·(1 − 0.97814760…) = 0.0010926199633097156.
    assertInDelta(
      cosineAnnealingWarmRestarts(19, { lr0: 0.1, t0: 5, tMult: 3 }),
      0.0010926199633097156,
      1e-12,
    );
  });

  it('cosineAnnealingWarmRestarts(step, { t0: 1.5 | tMult: 0.5 }) throws a RangeError', () => {
    expect(() => cosineAnnealingWarmRestarts(1, { lr0: 1, t0: 1.5 })).toThrow(RangeError);
    expect(() => cosineAnnealingWarmRestarts(1, { lr0: 1, t0: 2, tMult: 0.5 })).toThrow(RangeError);
  });
});
