import { describe, expect, it } from 'vitest';
import {
  binaryCrossEntropy,
  crossEntropy,
  huberLoss,
  klDiv,
  logSoftmax,
  mseLoss,
  smoothL1Loss,
  softmax,
} from '~/compute';
import {
  frameworkCall,
  initialTranslatorState,
  parseBatch,
  perElement,
  reduce,
  translatorStateFromUrl,
  translatorStateToUrl,
  withLoss,
  type Batch,
  type TranslatorLoss,
} from '~/widgets/FrameworkTranslator/translatorState';

const batchOf = (loss: TranslatorLoss, p: string, t: string): Batch => {
  const r = parseBatch(loss, p, t);
  if (!r.ok) throw new Error(r.message);
  return r.batch;
};
const scalar = (v: ReturnType<typeof reduce>) => (v.kind === 'scalar' ? v.value : Number.NaN);

// The chapter's worked example: ((1.5, 2, 0.5), (3, 2, 4)) against ((1, 2, 1), (2, 2, 2)).
const P = [1.5, 2, 0.5, 3, 2, 4];
const T = [1, 2, 1, 2, 2, 2];
const mse = batchOf('mse', '1.5, 2, 0.5; 3, 2, 4', '1, 2, 1; 2, 2, 2');

describe('reduce(loss, framework, reduction, perElement(...))', () => {
  const el = (fw: 'pytorch' | 'keras' | 'optax') => perElement('mse', mse, 1, fw);
  it('PyTorch mean and Optax .mean() are mseLoss over all 6 elements; sum is 6 × that', () => {
    const all = mseLoss(P, T).loss;
    expect(scalar(reduce('mse', 'pytorch', 'mean', el('pytorch')))).toBeCloseTo(all, 12);
    expect(scalar(reduce('mse', 'optax', 'mean', el('optax')))).toBeCloseTo(all, 12);
    expect(scalar(reduce('mse', 'pytorch', 'sum', el('pytorch')))).toBeCloseTo(6 * all, 12);
  });
  it('Keras sum_over_batch_size averages per-sample means; Keras sum adds them', () => {
    const rows = [mseLoss(P.slice(0, 3), T.slice(0, 3)).loss, mseLoss(P.slice(3), T.slice(3)).loss];
    expect(scalar(reduce('mse', 'keras', 'sum_over_batch_size', el('keras')))).toBeCloseTo(
      (rows[0]! + rows[1]!) / 2,
      12,
    );
    expect(scalar(reduce('mse', 'keras', 'sum', el('keras')))).toBeCloseTo(rows[0]! + rows[1]!, 12);
  });
  it("'none' returns the six per-element squared errors", () => {
    const v = reduce('mse', 'pytorch', 'none', el('pytorch'));
    expect(v.kind === 'values' && v.values).toEqual(P.map((p, i) => mseLoss([p], [T[i]!]).loss));
  });
  it('optax l2_loss (the mistake) is half of squared_error', () => {
    const right = scalar(reduce('mse', 'optax', 'mean', el('optax')));
    const wrong = scalar(
      reduce('mse', 'optax', 'mean', perElement('mse', mse, 1, 'optax', 'l2Loss')),
    );
    expect(wrong).toBeCloseTo(right / 2, 12);
  });
});

describe('the mistakes against src/compute', () => {
  it('softmax before cross-entropy', () => {
    const b = batchOf('cross-entropy', '2, 0, -1', '0');
    const right = scalar(
      reduce('cross-entropy', 'pytorch', 'mean', perElement('cross-entropy', b, 1, 'pytorch')),
    );
    const wrong = scalar(
      reduce(
        'cross-entropy',
        'pytorch',
        'mean',
        perElement('cross-entropy', b, 1, 'pytorch', 'softmax'),
      ),
    );
    expect(right).toBeCloseTo(crossEntropy([[2, 0, -1]], [0]).loss, 12);
    expect(wrong).toBeCloseTo(crossEntropy([softmax([2, 0, -1])], [0]).loss, 12);
  });
  it("KL: 'batchmean' is klDiv, 'mean' divides by all elements, probabilities give another number", () => {
    const b = batchOf('kl-div', '2, 0, -1; 0, 1, 0', '0.7, 0.2, 0.1; 0.2, 0.5, 0.3');
    const lq = [logSoftmax([2, 0, -1]), logSoftmax([0, 1, 0])];
    const tp = [
      [0.7, 0.2, 0.1],
      [0.2, 0.5, 0.3],
    ];
    const el = perElement('kl-div', b, 1, 'pytorch');
    expect(scalar(reduce('kl-div', 'pytorch', 'batchmean', el))).toBeCloseTo(
      klDiv(lq, tp).loss,
      12,
    );
    expect(scalar(reduce('kl-div', 'pytorch', 'mean', el))).toBeCloseTo(klDiv(lq, tp).loss / 3, 12);
    const bad = perElement('kl-div', b, 1, 'pytorch', 'klProbs');
    const q = [softmax([2, 0, -1]), softmax([0, 1, 0])];
    expect(scalar(reduce('kl-div', 'pytorch', 'batchmean', bad))).toBeCloseTo(
      klDiv(q, tp).loss,
      12,
    );
  });
  it('Keras from_logits=False on logits clips to [1e-7, 1 − 1e-7]', () => {
    const b = batchOf('bce-with-logits', '2.5', '1');
    const wrong = scalar(
      reduce(
        'bce-with-logits',
        'keras',
        'sum_over_batch_size',
        perElement('bce-with-logits', b, 1, 'keras', 'fromLogits'),
      ),
    );
    expect(wrong).toBeCloseTo(binaryCrossEntropy([1 - 1e-7], [1]).loss, 12);
  });
  it('Huber(δ = 2) is 2 × SmoothL1(β = 2)', () => {
    const b = batchOf('huber', '3, 0.5', '0, 0');
    const h = scalar(reduce('huber', 'pytorch', 'mean', perElement('huber', b, 2, 'pytorch')));
    const s = scalar(
      reduce('huber', 'pytorch', 'mean', perElement('huber', b, 2, 'pytorch', 'swapHuber')),
    );
    expect(h).toBeCloseTo(huberLoss([3, 0.5], [0, 0], { delta: 2 }).loss, 12);
    expect(s).toBeCloseTo(smoothL1Loss([3, 0.5], [0, 0], { beta: 2 }).loss, 12);
    expect(h / s).toBeCloseTo(2, 12);
  });
});

describe('parseBatch(loss, predictions, targets)', () => {
  it.each([
    ['mse', '1, x', '1, 2', /“x” in row 1 is not a number/],
    ['mse', '1, 2; 3', '1, 2; 3', /row 2 has 1 numbers/],
    ['mse', '1, 2', '1, 2, 3', /shapes must match/],
    ['bce', '1.5', '1', /probabilities/],
    ['hinge', '1', '0', /−1 and \+1/],
    ['cross-entropy', '1, 2', '2', /0 to 1/],
    ['kl-div', '1, 2', '0.5, 0.6', /does not sum to 1/],
    ['mse', '', '1', /type some numbers/],
  ] as const)('%s %s | %s → %s', (loss, p, t, message) => {
    const r = parseBatch(loss, p, t);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('frameworkCall(state) and the URL', () => {
  it('writes the reduction into the registry call', () => {
    const s = initialTranslatorState();
    expect(frameworkCall({ ...s, reduction: 'sum' })).toBe(
      "torch.nn.functional.mse_loss(input, target, reduction='sum')",
    );
    expect(frameworkCall({ ...s, framework: 'keras', reduction: 'sum' })).toBe(
      "keras.losses.MeanSquaredError(reduction='sum')(y_true, y_pred)",
    );
    expect(frameworkCall({ ...s, framework: 'optax', reduction: 'none' })).toBe(
      'optax.losses.squared_error(predictions, targets)',
    );
    const kl = withLoss(s, 'kl-div');
    expect(frameworkCall({ ...kl, reduction: 'mean' })).toContain("reduction='mean'");
  });
  it('round-trips through the URL; a bad batch falls back to the example with a notice', () => {
    const s = {
      ...withLoss(initialTranslatorState(), 'huber'),
      param: 2,
      predictions: '4, 1',
      targets: '0, 0',
    };
    const back = translatorStateFromUrl(translatorStateToUrl(s, 'ft.'), 'ft.');
    expect(back.state).toEqual(s);
    expect(back.notices).toEqual([]);
    const bad = translatorStateFromUrl(new URLSearchParams('ft.p=abc&ft.fw=nope'), 'ft.');
    expect(bad.state).toEqual(initialTranslatorState());
    expect(bad.notices.length).toBe(2);
  });
});
