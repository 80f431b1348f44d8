import { describe, expect, it } from 'vitest';
import {
  ANNOUNCE_INTERVAL_MS,
  MAX_FRAME_MS,
  PLAYER_SPEEDS,
  REDUCED_MOTION_JUMP_MS,
  advanceStep,
  clampStep,
  formatSpeed,
  formatStepCounter,
  frameSteps,
  parseSpeed,
  shouldAnnounce,
} from '~/widgets/kit/player';

/** Runs `frames` frames of `frameMs` each and sums the steps they advance. */
function run(frames: number, frameMs: number, speed: number, reducedMotion: boolean, rate = 20) {
  let carryMs = 0;
  const perFrame: number[] = [];
  for (let i = 0; i < frames; i++) {
    const due = frameSteps({ carryMs, frameMs, stepsPerSecond: rate, speed, reducedMotion });
    carryMs = due.carryMs;
    perFrame.push(due.steps);
  }
  return { total: perFrame.reduce((a, b) => a + b, 0), perFrame };
}

describe('player logic', () => {
  it('PLAYER_SPEEDS are 0.25×, 1× and 4×; parseSpeed(text) falls back to 1', () => {
    expect(PLAYER_SPEEDS.map(formatSpeed)).toEqual(['0.25×', '1×', '4×']);
    expect(parseSpeed('4')).toBe(4);
    expect(parseSpeed('0.25')).toBe(0.25);
    expect(parseSpeed('2')).toBe(1);
    expect(parseSpeed('NaN')).toBe(1);
  });

  it('clampStep(step, maxStep) is a whole step in [0, maxStep], never NaN', () => {
    expect(clampStep(3.4, 10)).toBe(3);
    expect(clampStep(-2, 10)).toBe(0);
    expect(clampStep(12, 10)).toBe(10);
    expect(clampStep(Number.NaN, 10)).toBe(0);
    expect(clampStep(5, Number.NaN)).toBe(0);
    expect(clampStep(Infinity, 10)).toBe(0);
  });

  it('formatStepCounter(step, maxStep) reads "Step 12 of 200"', () => {
    expect(formatStepCounter(12, 200)).toBe('Step 12 of 200');
    expect(formatStepCounter(500, 200)).toBe('Step 200 of 200');
  });

  it('frameSteps at 60 fps advances rate × speed steps a second, one at a time', () => {
    for (const speed of PLAYER_SPEEDS) {
      const { total, perFrame } = run(60, 1000 / 60, speed, false);
      expect(total, `speed ${speed}`).toBe(Math.round(20 * speed));
      // 80 steps a second at 60 fps needs up to 2 per frame; never a leap.
      expect(Math.max(...perFrame)).toBeLessThanOrEqual(Math.ceil((20 * speed) / 60));
    }
  });

  it('frameSteps under reduced motion keeps the pace but jumps once a second', () => {
    const { total, perFrame } = run(180, 1000 / 60, 1, true);
    expect(total).toBe(60);
    const moves = perFrame.filter((n) => n > 0);
    expect(moves).toEqual([20, 20, 20]);
    expect(REDUCED_MOTION_JUMP_MS).toBe(1000);
    // At 0.25× a jump is 5 steps; never less than 1 even for a very slow rate.
    expect(run(60, 1000 / 60, 0.25, true).total).toBe(5);
    expect(run(230, 1000 / 60, 0.25, true, 1).total).toBe(0);
    expect(run(250, 1000 / 60, 0.25, true, 1).total).toBe(1);
  });

  it('frameSteps caps a long frame (hidden tab) at MAX_FRAME_MS and ignores bad input', () => {
    const long = frameSteps({
      carryMs: 0,
      frameMs: 60_000,
      stepsPerSecond: 20,
      speed: 1,
      reducedMotion: false,
    });
    expect(long.steps).toBe(Math.floor((MAX_FRAME_MS * 20) / 1000));
    const bad = frameSteps({
      carryMs: 0,
      frameMs: Number.NaN,
      stepsPerSecond: 0,
      speed: 1,
      reducedMotion: false,
    });
    expect(bad).toEqual({ steps: 0, carryMs: 0 });
  });

  it('advanceStep(step, steps, maxStep) holds at the end and says done', () => {
    expect(advanceStep(3, 2, 10)).toEqual({ step: 5, done: false });
    expect(advanceStep(9, 4, 10)).toEqual({ step: 10, done: true });
  });

  it('shouldAnnounce speaks at once when paused, at most every ANNOUNCE_INTERVAL_MS when playing', () => {
    expect(shouldAnnounce(1000, 1001, false)).toBe(true);
    expect(shouldAnnounce(undefined, 5, true)).toBe(true);
    expect(shouldAnnounce(1000, 1000 + ANNOUNCE_INTERVAL_MS - 1, true)).toBe(false);
    expect(shouldAnnounce(1000, 1000 + ANNOUNCE_INTERVAL_MS, true)).toBe(true);
  });
});
