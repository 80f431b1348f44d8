/**
 * The Player's pure logic: the speeds on offer, how many steps a frame advances (smoothly, or in
 * coarse jumps under reduced motion), step clamping and the throttle of the live step counter.
 * No DOM, no Preact: the component wires these to requestAnimationFrame and the buttons.
 */

/** The speeds of the "Speed" menu, as multiples of the step rate. */
export const PLAYER_SPEEDS = [0.25, 1, 4] as const;

/** One of the Player's speeds. */
export type PlayerSpeed = (typeof PLAYER_SPEEDS)[number];

/** Default step rate: steps per second at 1× (a 200-step run plays in 10 s). */
export const DEFAULT_STEPS_PER_SECOND = 20;

/** Under reduced motion, Play shows one coarse jump this often instead of animating. */
export const REDUCED_MOTION_JUMP_MS = 1000;

/** While playing, the live step counter is announced at most this often. */
export const ANNOUNCE_INTERVAL_MS = 2000;

/** A frame longer than this (a hidden tab, a breakpoint) counts as this long: no sudden leap. */
export const MAX_FRAME_MS = 250;

/** The "Speed" menu's label for a speed: '0.25×', '1×', '4×'. */
export function formatSpeed(speed: number): string {
  return `${speed}×`;
}

/** Reads a speed from text (a menu value, a URL); anything else is 1×. */
export function parseSpeed(text: string): PlayerSpeed {
  const x = Number(text);
  return PLAYER_SPEEDS.find((s) => s === x) ?? 1;
}

/** A whole step in [0, maxStep] (a non-finite step is 0; a bad maxStep counts as 0). */
export function clampStep(step: number, maxStep: number): number {
  const max = Number.isFinite(maxStep) ? Math.max(0, Math.floor(maxStep)) : 0;
  if (!Number.isFinite(step)) return 0;
  return Math.min(max, Math.max(0, Math.round(step)));
}

/** The step counter's text, e.g. 'Step 12 of 200'. */
export function formatStepCounter(step: number, maxStep: number): string {
  return `Step ${clampStep(step, maxStep)} of ${clampStep(maxStep, maxStep)}`;
}

/** What `framesSteps` needs: time carried over from earlier frames and this frame's length. */
export interface PlayerClock {
  /** Milliseconds accumulated towards the next step (or jump), from earlier frames. */
  readonly carryMs: number;
  /** This frame's length in ms (from requestAnimationFrame timestamps). */
  readonly frameMs: number;
  /** Steps per second at 1×. */
  readonly stepsPerSecond: number;
  readonly speed: number;
  /** prefers-reduced-motion: advance in jumps of one second's worth of steps, once a second. */
  readonly reducedMotion: boolean;
}

/**
 * How many steps one animation frame advances, and the time carried to the next frame. Smooth
 * mode advances one step every 1000 / (rate × speed) ms; reduced motion keeps the same average
 * pace but moves only about once every `REDUCED_MOTION_JUMP_MS`, by that interval's worth of
 * steps (at least one step per jump, so a very slow pace jumps less often).
 */
export function frameSteps(clock: PlayerClock): { steps: number; carryMs: number } {
  const rate = clock.stepsPerSecond * clock.speed;
  if (!(rate > 0) || !Number.isFinite(rate)) return { steps: 0, carryMs: 0 };
  const frame = Number.isFinite(clock.frameMs)
    ? Math.min(MAX_FRAME_MS, Math.max(0, clock.frameMs))
    : 0;
  const total = Math.max(0, clock.carryMs) + frame;
  // Reduced motion: jumps of about a second's worth of steps (at least one), spaced so that the
  // average pace is still `rate` steps a second.
  const perTick = clock.reducedMotion
    ? Math.max(1, Math.round((rate * REDUCED_MOTION_JUMP_MS) / 1000))
    : 1;
  const interval = (perTick * 1000) / rate;
  // The epsilon keeps 60 frames of 1000 / 60 ms from summing to a hair under one second.
  const ticks = Math.floor(total / interval + 1e-9);
  const carryMs = Math.max(0, total - ticks * interval);
  return { steps: ticks * perTick, carryMs };
}

/**
 * The step after `steps` more while playing, held at maxStep; `done` when the run has reached
 * its end (the Player then pauses itself).
 */
export function advanceStep(
  step: number,
  steps: number,
  maxStep: number,
): { step: number; done: boolean } {
  const next = clampStep(step + steps, maxStep);
  return { step: next, done: next >= clampStep(maxStep, maxStep) };
}

/**
 * Whether the live counter should speak now: always when not playing (a button press deserves
 * an answer), and while playing only once `ANNOUNCE_INTERVAL_MS` has passed since the last time.
 */
export function shouldAnnounce(
  lastAnnounceMs: number | undefined,
  nowMs: number,
  playing: boolean,
) {
  if (!playing || lastAnnounceMs === undefined) return true;
  return nowMs - lastAnnounceMs >= ANNOUNCE_INTERVAL_MS;
}
