/**
 * Learning-rate schedules as pure functions of the step (torch's `last_epoch`, 0 before the
 * first `scheduler.step()`), in the closed forms of torch.optim.lr_scheduler's documentation.
 */

function check(schedule: string, name: string, value: number, ok: boolean, rule: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok) {
    throw new RangeError(`${schedule}: invalid ${name} ${String(value)}; it must be ${rule}.`);
  }
}

function checkStep(schedule: string, step: number): void {
  check(schedule, 'step', step, step >= 0, 'a finite number ≥ 0');
}

function checkLr(schedule: string, name: string, lr: number): void {
  check(schedule, name, lr, lr >= 0, 'a finite number ≥ 0');
}

/** StepLR: lr0 · γ^⌊step / stepSize⌋ (torch.optim.lr_scheduler.StepLR). */
export function stepLR(
  step: number,
  { lr0, stepSize, gamma = 0.1 }: { lr0: number; stepSize: number; gamma?: number },
): number {
  checkStep('stepLR', step);
  checkLr('stepLR', 'lr0', lr0);
  check(
    'stepLR',
    'stepSize',
    stepSize,
    Number.isInteger(stepSize) && stepSize >= 1,
    'an integer ≥ 1',
  );
  check('stepLR', 'gamma', gamma, gamma >= 0, 'a finite number ≥ 0');
  return lr0 * gamma ** Math.floor(step / stepSize);
}

/** ExponentialLR: lr0 · γ^step (torch.optim.lr_scheduler.ExponentialLR). */
export function exponentialLR(
  step: number,
  { lr0, gamma }: { lr0: number; gamma: number },
): number {
  checkStep('exponentialLR', step);
  checkLr('exponentialLR', 'lr0', lr0);
  check('exponentialLR', 'gamma', gamma, gamma >= 0, 'a finite number ≥ 0');
  return lr0 * gamma ** step;
}

/**
 * CosineAnnealingLR's closed form (Loshchilov & Hutter 2017, SGDR without restarts):
 * ηmin + ½(lr0 − ηmin)(1 + cos(π·step / tMax)); past tMax it rises again, as torch's does.
 */
export function cosineAnnealingLR(
  step: number,
  { lr0, tMax, etaMin = 0 }: { lr0: number; tMax: number; etaMin?: number },
): number {
  checkStep('cosineAnnealingLR', step);
  checkLr('cosineAnnealingLR', 'lr0', lr0);
  check('cosineAnnealingLR', 'tMax', tMax, tMax > 0, 'a finite number > 0');
  checkLr('cosineAnnealingLR', 'etaMin', etaMin);
  return etaMin + ((lr0 - etaMin) * (1 + Math.cos((Math.PI * step) / tMax))) / 2;
}

/** Where `step` falls in SGDR's cycles: the step within the current cycle and that cycle's length. */
export function warmRestartCycle(
  step: number,
  { t0, tMult = 1 }: { t0: number; tMult?: number },
): { tCur: number; tI: number; cycle: number } {
  checkStep('cosineAnnealingWarmRestarts', step);
  check('cosineAnnealingWarmRestarts', 't0', t0, Number.isInteger(t0) && t0 >= 1, 'an integer ≥ 1');
  check(
    'cosineAnnealingWarmRestarts',
    'tMult',
    tMult,
    Number.isInteger(tMult) && tMult >= 1,
    'an integer ≥ 1',
  );
  if (tMult === 1) {
    const cycle = Math.floor(step / t0);
    return { tCur: step - cycle * t0, tI: t0, cycle };
  }
  // torch takes n = ⌊log_tMult(step/t0·(tMult − 1) + 1)⌋; walking the cycles is the same n
  // without the floating-point logarithm landing just below an integer at a restart.
  let start = 0;
  let tI = t0;
  let cycle = 0;
  while (step >= start + tI) {
    start += tI;
    tI *= tMult;
    cycle += 1;
  }
  return { tCur: step - start, tI, cycle };
}

/**
 * CosineAnnealingWarmRestarts (SGDR, Loshchilov & Hutter 2017): ηmin + ½(lr0 − ηmin)(1 +
 * cos(π·Tcur / Ti)), restarting after t0, t0·tMult, t0·tMult², … steps.
 */
export function cosineAnnealingWarmRestarts(
  step: number,
  { lr0, t0, tMult = 1, etaMin = 0 }: { lr0: number; t0: number; tMult?: number; etaMin?: number },
): number {
  checkLr('cosineAnnealingWarmRestarts', 'lr0', lr0);
  checkLr('cosineAnnealingWarmRestarts', 'etaMin', etaMin);
  const { tCur, tI } = warmRestartCycle(step, { t0, tMult });
  return etaMin + ((lr0 - etaMin) * (1 + Math.cos((Math.PI * tCur) / tI))) / 2;
}
