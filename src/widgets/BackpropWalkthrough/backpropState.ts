/**
 * State of BackpropWalkthrough: the 2-2-1 sigmoid network's inputs, target, weights and biases,
 * the learning rate and the stage shown; the URL schema; and the stages' captions with the
 * numbers of compute's trace (`network.backpropStep`) plugged in. Pure: no DOM, no Preact.
 */

import { network } from '~/compute';
import { fmt } from '~/lib/format';
import { parseUrlState, snapToField, type NumberField, type UrlStateOf } from '../kit/urlState';

/** Every editable value, by its URL key. */
export interface BackpropValues {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  /** W1 (rows = hidden neurons): w11 = W1[1,1] (x1 → h1), w12 = W1[1,2] (x2 → h1), … */
  readonly w11: number;
  readonly w12: number;
  readonly w21: number;
  readonly w22: number;
  /** b1 = (b11, b12). */
  readonly b11: number;
  readonly b12: number;
  /** W2 = (v1, v2): h1 → out, h2 → out. */
  readonly v1: number;
  readonly v2: number;
  readonly b2: number;
  readonly lr: number;
}

/** The chapter's example: x = (1, 0), y = 1, W1 = [[0.2, 0.4], [0.3, 0.1]], b1 = (0.1, 0.2), W2 = (0.7, 0.5), b2 = 0.3, η = 0.5. */
export const BP_DEFAULTS: BackpropValues = {
  x1: 1,
  x2: 0,
  y: 1,
  w11: 0.2,
  w12: 0.4,
  w21: 0.3,
  w22: 0.1,
  b11: 0.1,
  b12: 0.2,
  v1: 0.7,
  v2: 0.5,
  b2: 0.3,
  lr: 0.5,
};

/** The editable fields: URL key, visible label (also the accessible name), range. */
export const VALUE_KEYS = [
  'x1',
  'x2',
  'y',
  'w11',
  'w12',
  'w21',
  'w22',
  'b11',
  'b12',
  'v1',
  'v2',
  'b2',
  'lr',
] as const;
export type ValueKey = (typeof VALUE_KEYS)[number];

const LABELS: Readonly<Record<ValueKey, string>> = {
  x1: 'x1',
  x2: 'x2',
  y: 'Target y',
  w11: 'W1[1,1]',
  w12: 'W1[1,2]',
  w21: 'W1[2,1]',
  w22: 'W1[2,2]',
  b11: 'b1[1]',
  b12: 'b1[2]',
  v1: 'W2[1]',
  v2: 'W2[2]',
  b2: 'b2',
  lr: 'Learning rate η',
};

const field = (key: ValueKey, min: number, max: number): NumberField => ({
  kind: 'number',
  label: LABELS[key],
  default: BP_DEFAULTS[key],
  min,
  max,
  step: 0.01,
});

/** The stages: 0 the network, 1–3 forward, 4 loss, 5–6 backward δ, 7–8 gradients, 9 update. */
export const STAGES = [
  'The network',
  'Forward: hidden neuron 1',
  'Forward: hidden neuron 2',
  'Forward: output neuron',
  'Loss',
  'Backward: output δ',
  'Backward: hidden δ',
  'Gradients: output layer',
  'Gradients: hidden layer',
  'Update',
] as const;
export const LAST_STAGE = STAGES.length - 1;

/** The URL schema: every editable value (short keys) and the stage `s`. */
export const BP_SCHEMA = {
  x1: field('x1', -10, 10),
  x2: field('x2', -10, 10),
  y: field('y', 0, 1),
  w11: field('w11', -10, 10),
  w12: field('w12', -10, 10),
  w21: field('w21', -10, 10),
  w22: field('w22', -10, 10),
  b11: field('b11', -10, 10),
  b12: field('b12', -10, 10),
  v1: field('v1', -10, 10),
  v2: field('v2', -10, 10),
  b2: field('b2', -10, 10),
  lr: field('lr', 0.01, 10),
  s: { kind: 'number', label: 'step', default: 0, min: 0, max: LAST_STAGE, step: 1 },
} as const;

/** The visible label of a value. */
export function labelOf(key: ValueKey): string {
  return LABELS[key];
}

/** A typed value clamped to its field's range and snapped to 0.01; undefined when not a number. */
export function clampValue(key: ValueKey, raw: string): number | undefined {
  const x = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(x)) return undefined;
  return snapToField(BP_SCHEMA[key], x);
}

/** The settings: values and stage. */
export interface BackpropSettings {
  readonly values: BackpropValues;
  readonly stage: number;
}

export const BP_SETTINGS: BackpropSettings = { values: BP_DEFAULTS, stage: 0 };

/** Settings → the URL schema's flat shape. */
export function bpToUrl(s: BackpropSettings): UrlStateOf<typeof BP_SCHEMA> {
  return { ...s.values, s: s.stage };
}

/** Reads the settings from URL parameters `<prefix>…`; malformed values fall back with a notice. */
export function bpFromUrl(
  params: URLSearchParams,
  prefix: string,
): { settings: BackpropSettings; notices: string[] } {
  const { state, notices } = parseUrlState(BP_SCHEMA, params, prefix);
  const { s, ...values } = state;
  return { settings: { values, stage: s }, notices };
}

/** The network of the values (sigmoid hidden and output layers), from compute. */
export function networkOf(v: BackpropValues): network.Network {
  return network.createNetworkFromWeights(2, [
    {
      weights: [
        [v.w11, v.w12],
        [v.w21, v.w22],
      ],
      biases: [v.b11, v.b12],
      activation: 'sigmoid',
    },
    { weights: [[v.v1, v.v2]], biases: [v.b2], activation: 'sigmoid' },
  ]);
}

/** One training step with binary cross-entropy, every number of the trace (compute). */
export function traceOf(v: BackpropValues): network.BackpropStep {
  return network.backpropStep(networkOf(v), [v.x1, v.x2], [v.y], {
    loss: 'bce',
    learningRate: v.lr,
  });
}

/** The numbers of a trace the widget shows, by name. */
export interface TraceNumbers {
  readonly z: readonly [number, number, number];
  readonly a: readonly [number, number, number];
  /** σ′(z) of each neuron (h1, h2, out). */
  readonly sp: readonly [number, number, number];
  readonly loss: number;
  readonly lossAfter: number;
  /** δ of h1, h2, out. */
  readonly delta: readonly [number, number, number];
  /** ∂L/∂W1 (rows = hidden neurons), ∂L/∂b1, ∂L/∂W2, ∂L/∂b2. */
  readonly gW1: readonly (readonly number[])[];
  readonly gb1: readonly number[];
  readonly gW2: readonly number[];
  readonly gb2: number;
  /** The updated network's W1, b1, W2, b2. */
  readonly W1: readonly (readonly number[])[];
  readonly b1: readonly number[];
  readonly W2: readonly number[];
  readonly b2: number;
}

/** Reads the numbers out of compute's trace. */
export function numbersOf(step: network.BackpropStep): TraceNumbers {
  const [hidden, out] = step.forward.layers as [network.LayerTrace, network.LayerTrace];
  const z: [number, number, number] = [hidden.z[0]!, hidden.z[1]!, out.z[0]!];
  const a: [number, number, number] = [hidden.a[0]!, hidden.a[1]!, out.a[0]!];
  const sp = z.map((zi, i) => network.activationDerivative('sigmoid', zi, a[i]!)) as [
    number,
    number,
    number,
  ];
  const { deltas, gradients } = step.backward;
  const [upHidden, upOut] = step.updated.layers as [network.Layer, network.Layer];
  return {
    z,
    a,
    sp,
    loss: step.backward.loss,
    lossAfter: step.lossAfter,
    delta: [deltas[0]![0]!, deltas[0]![1]!, deltas[1]![0]!],
    gW1: gradients.weights[0]!,
    gb1: gradients.biases[0]!,
    gW2: gradients.weights[1]![0]!,
    gb2: gradients.biases[1]![0]!,
    W1: upHidden.weights,
    b1: upHidden.biases,
    W2: upOut.weights[0]!,
    b2: upOut.biases[0]!,
  };
}

const f = (x: number) => fmt(x, 4);
/** A factor in a product: negative numbers in parentheses. */
const p = (x: number) => (x < 0 || Object.is(x, -0) ? `(${f(x)})` : f(x));

/** The caption of a stage: the formulas with the numbers plugged in, one line each. */
export function stageLines(stage: number, v: BackpropValues, n: TraceNumbers): string[] {
  switch (stage) {
    case 0:
      return [
        `Input x = (${f(v.x1)}, ${f(v.x2)}), target y = ${f(v.y)}. Both layers use the sigmoid σ; the loss is binary cross-entropy; η = ${f(v.lr)}.`,
        'Press “Step” to run the forward pass one neuron at a time.',
      ];
    case 1:
    case 2: {
      const j = stage - 1;
      const w = j === 0 ? [v.w11, v.w12] : [v.w21, v.w22];
      const b = j === 0 ? v.b11 : v.b12;
      return [
        `z${j + 1} = W1[${j + 1},1]·x1 + W1[${j + 1},2]·x2 + b1[${j + 1}] = ${p(w[0]!)} × ${p(v.x1)} + ${p(w[1]!)} × ${p(v.x2)} + ${p(b)} = ${f(n.z[j]!)}`,
        `a${j + 1} = σ(z${j + 1}) = σ(${f(n.z[j]!)}) = ${f(n.a[j]!)}`,
      ];
    }
    case 3:
      return [
        `z = W2[1]·a1 + W2[2]·a2 + b2 = ${p(v.v1)} × ${f(n.a[0])} + ${p(v.v2)} × ${f(n.a[1])} + ${p(v.b2)} = ${f(n.z[2])}`,
        `ŷ = a = σ(z) = ${f(n.a[2])}`,
      ];
    case 4:
      return [
        `L = −[y·log a + (1 − y)·log(1 − a)] = −[${f(v.y)} × log ${f(n.a[2])} + ${f(1 - v.y)} × log ${f(1 - n.a[2])}] = ${f(n.loss)}`,
      ];
    case 5:
      return [
        `δ = ∂L/∂z = a − y = ${f(n.a[2])} − ${f(v.y)} = ${f(n.delta[2])}`,
        'Sigmoid and cross-entropy together: σ′ cancels, leaving a − y.',
      ];
    case 6:
      return [0, 1].map(
        (j) =>
          `δ${j + 1} = W2[${j + 1}]·δ·σ′(z${j + 1}) = ${p(j === 0 ? v.v1 : v.v2)} × ${p(n.delta[2])} × ${f(n.sp[j]!)} = ${f(n.delta[j]!)}`,
      );
    case 7:
      return [
        `∂L/∂W2[1] = δ·a1 = ${p(n.delta[2])} × ${f(n.a[0])} = ${f(n.gW2[0]!)}`,
        `∂L/∂W2[2] = δ·a2 = ${p(n.delta[2])} × ${f(n.a[1])} = ${f(n.gW2[1]!)}`,
        `∂L/∂b2 = δ = ${f(n.gb2)}`,
      ];
    case 8:
      return [0, 1].flatMap((j) => [
        `∂L/∂W1[${j + 1},1] = δ${j + 1}·x1 = ${p(n.delta[j]!)} × ${p(v.x1)} = ${f(n.gW1[j]![0]!)}; ∂L/∂W1[${j + 1},2] = δ${j + 1}·x2 = ${p(n.delta[j]!)} × ${p(v.x2)} = ${f(n.gW1[j]![1]!)}`,
        `∂L/∂b1[${j + 1}] = δ${j + 1} = ${f(n.gb1[j]!)}`,
      ]);
    default:
      return [
        `Every weight and bias: w ← w − η·∂L/∂w, all from the gradients at the old weights. For example W2[1] ← ${f(v.v1)} − ${f(v.lr)} × ${p(n.gW2[0]!)} = ${f(n.W2[0]!)}.`,
        `The same example through the updated network: loss ${f(n.loss)} → ${f(n.lossAfter)} (${n.lossAfter < n.loss ? 'lower' : n.lossAfter > n.loss ? 'higher: η is too large for this step' : 'unchanged'}).`,
      ];
  }
}
