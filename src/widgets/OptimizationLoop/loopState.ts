/**
 * State of OptimizationLoop: one weight w, one example (x, y), a learning rate and a step through
 * the cycle predict → loss → gradient → update. Every number comes from compute (`mseLinear1D`
 * for ŷ, L and ∂L/∂w; the site's SGD optimizer for the update). Pure: no DOM, no Preact.
 */

import { createOptimizer, mseLinear1D } from '~/compute';
import { fmt } from '~/lib/format';
import { parseUrlState, type UrlSchema, type UrlStateOf } from '../kit/urlState';

/** The one example the loop trains on: input x and target y (the model is ŷ = w·x). */
export const LOOP_X = 2;
export const LOOP_Y = 3;
/** The starting weight. */
export const LOOP_W0 = 0.5;

/** The learning rates on offer; 1/(2x²) = 0.125 lands in one step, 2/(2x²) = 0.25 bounces. */
export const LOOP_RATES = [0.01, 0.02, 0.05, 0.1, 0.125, 0.2, 0.25, 0.3] as const;
export const LOOP_RATE_DEFAULT = 0.05;

/** How many turns of the loop the reader can step through. */
export const LOOP_TURNS = 25;

/** The four phases, in order. */
export const PHASES = ['predict', 'loss', 'gradient', 'update'] as const;
export type Phase = (typeof PHASES)[number];

/** The last step: the update of the last turn. */
export const LOOP_MAX_STEP = PHASES.length * LOOP_TURNS - 1;

/** One full turn of the loop, every number kept. */
export interface Turn {
  /** The weight the turn starts from. */
  readonly w: number;
  /** ŷ = w·x. */
  readonly prediction: number;
  /** L = (ŷ − y)². */
  readonly loss: number;
  /** ∂L/∂ŷ = 2(ŷ − y). */
  readonly dLdyhat: number;
  /** ∂L/∂w = ∂L/∂ŷ · x. */
  readonly grad: number;
  /** w − η·∂L/∂w. */
  readonly next: number;
}

/** The turns of gradient descent from w0 with learning rate lr (LOOP_TURNS of them). */
export function loopTurns(lr: number, w0 = LOOP_W0, count = LOOP_TURNS): Turn[] {
  const optimizer = createOptimizer('sgd', { lr });
  const data = { x: [LOOP_X], y: [LOOP_Y] };
  const turns: Turn[] = [];
  let w = w0;
  for (let t = 0; t < count; t++) {
    const r = mseLinear1D(w, 0, data);
    const next = optimizer.step([w], [r.dLdw])[0]!;
    turns.push({
      w,
      prediction: r.predictions[0]!,
      loss: r.loss,
      dLdyhat: r.dLdyhat[0]!,
      grad: r.dLdw,
      next,
    });
    // A run that has blown up stops; the widget offers no step past it.
    if (!Number.isFinite(next) || Math.abs(next) > 1e6) break;
    w = next;
  }
  return turns;
}

/** The turn (0-based) and phase of a step. */
export function phaseOf(step: number): { turn: number; phase: Phase; index: number } {
  const s = Math.max(0, Math.floor(step));
  const index = s % PHASES.length;
  return { turn: Math.floor(s / PHASES.length), phase: PHASES[index]!, index };
}

/** The formula of a phase, with the turn's numbers plugged in. */
export function phaseFormula(phase: Phase, turn: Turn, lr: number): string {
  const d = (v: number) => fmt(v, 3);
  switch (phase) {
    case 'predict':
      return `ŷ = w · x = ${d(turn.w)} × ${LOOP_X} = ${d(turn.prediction)}`;
    case 'loss':
      return `L = (ŷ − y)² = (${d(turn.prediction)} − ${LOOP_Y})² = ${d(turn.loss)}`;
    case 'gradient':
      return `∂L/∂w = 2(ŷ − y) · x = 2 × (${d(turn.prediction - LOOP_Y)}) × ${LOOP_X} = ${d(turn.grad)}`;
    case 'update':
      return `w ← w − η · ∂L/∂w = ${d(turn.w)} − ${fmt(lr, 3)} × (${d(turn.grad)}) = ${d(turn.next)}`;
  }
}

/** What each phase does, in one sentence. */
export const PHASE_TEXT: Readonly<Record<Phase, string>> = {
  predict: 'Predict: run the model forward on the input.',
  loss: 'Loss: score the prediction against the target.',
  gradient: 'Gradient: how the loss changes as w changes (the chain rule through ŷ).',
  update: 'Update: move w a step of size η against the gradient.',
};

/** How the run is going after the turns completed so far, in words. */
export function describeRun(turns: readonly Turn[], completed: number, lr: number): string {
  if (completed === 0) return `Learning rate η = ${lr}. Step through the first turn.`;
  const done = turns.slice(0, completed);
  const last = done[done.length - 1]!;
  const lossAfter = mseLinear1D(last.next, 0, { x: [LOOP_X], y: [LOOP_Y] }).loss;
  const first = done[0]!;
  if (lossAfter > last.loss * (1 + 1e-9))
    return `Diverging: the loss went up this turn (${fmt(last.loss, 3)} → ${fmt(lossAfter, 3)}) and each step overshoots further. η = ${lr} is too large.`;
  if (Math.abs(lossAfter - last.loss) <= 1e-12 * Math.max(1, last.loss) && lossAfter > 1e-9)
    return `Bouncing: w jumps across the minimum and back, and the loss stays at ${fmt(lossAfter, 3)}.`;
  const crossed = Math.sign(last.next * LOOP_X - LOOP_Y) * Math.sign(last.prediction - LOOP_Y) < 0;
  return `After ${completed} ${completed === 1 ? 'turn' : 'turns'} the loss fell from ${fmt(first.loss, 3)} to ${fmt(lossAfter, 3)}${crossed ? ', zig-zagging across the minimum' : ''}.`;
}

/** The URL schema: learning rate and step. */
export const LOOP_SCHEMA = {
  lr: {
    kind: 'enum',
    label: 'learning rate',
    values: LOOP_RATES.map(String),
    default: String(LOOP_RATE_DEFAULT),
  },
  s: { kind: 'number', label: 'step', default: 0, min: 0, max: LOOP_MAX_STEP, step: 1 },
} as const satisfies UrlSchema;

/** The loop's settings. */
export interface LoopSettings {
  readonly lr: number;
  readonly step: number;
}

export const LOOP_DEFAULTS: LoopSettings = { lr: LOOP_RATE_DEFAULT, step: 0 };

/** Settings → the URL schema's flat shape. */
export function loopToUrl(s: LoopSettings): UrlStateOf<typeof LOOP_SCHEMA> {
  return { lr: String(s.lr), s: s.step };
}

/** Reads the settings from URL parameters `<prefix>…`; malformed values fall back with a notice. */
export function loopFromUrl(
  params: URLSearchParams,
  prefix: string,
): { settings: LoopSettings; notices: string[] } {
  const { state, notices } = parseUrlState(LOOP_SCHEMA, params, prefix);
  return { settings: { lr: Number(state.lr), step: state.s }, notices };
}

/** The last step a run offers (fewer when it blew up early). */
export function maxStepOf(turns: readonly Turn[]): number {
  return Math.max(0, PHASES.length * turns.length - 1);
}
