/** The batch loss and gradient of a linear score s = w·x + b under any pointwise loss. */
import { sigmoid } from '../activations';
import type { LossParams } from '../types';
import { featureAt, pointwiseVariable } from './features';
import type { Dataset, FitLoss, ParamLossResult } from './types';

/**
 * Mean loss and gradient over rows `indices` (default all) for params [w₁ … w_d, b], by the chain
 * rule through s = w·x + b:
 * - 'residual' r = s − y: ∂L/∂w = (1/N) Σ ℓ′(rᵢ)·xᵢ, ∂L/∂b = (1/N) Σ ℓ′(rᵢ);
 * - 'margin' z = y·s with y = ±1 (a label y > 0 counts as +1, else −1): ∂L/∂w = (1/N) Σ ℓ′(zᵢ)·yᵢ·xᵢ;
 * - 'probability' p = σ(z), the probability given to the true class: ℓ′(p)·σ(z)(1 − σ(z))·yᵢ·xᵢ;
 * - 'logits' (a loss of the score s itself with a `target` parameter, as the registry's BCE with
 *   logits): ℓ(s; target = 1 if y > 0 else 0), ∂L/∂w = (1/N) Σ ℓ′(sᵢ)·xᵢ.
 */
export function linearGradient(
  params: readonly number[],
  data: Dataset,
  loss: FitLoss,
  lossParams?: LossParams,
  indices?: readonly number[],
): ParamLossResult {
  const d = params.length - 1;
  const variable = pointwiseVariable(loss);
  if (
    variable !== 'residual' &&
    variable !== 'margin' &&
    variable !== 'probability' &&
    variable !== 'logits'
  ) {
    throw new RangeError(
      `A linear model takes residual, margin, probability or logit losses; this loss reads its ${variable}.`,
    );
  }
  // Per-label parameters of a 'logits' loss, made once rather than per row.
  const withTarget = (target: number): LossParams => ({ ...lossParams, target });
  const logitParams = variable === 'logits' ? [withTarget(0), withTarget(1)] : [];
  const n = indices === undefined ? data.y.length : indices.length;
  if (n === 0) throw new RangeError('The batch is empty, and the mean of no losses is undefined.');
  const b = params[d] as number;
  const grad = new Array<number>(d + 1).fill(0);
  let sum = 0;
  // Scalar accumulators for the common one-feature case (the line widgets).
  let gw = 0;
  let gb = 0;
  for (let k = 0; k < n; k++) {
    const i = indices === undefined ? k : (indices[k] as number);
    const x = data.x[i] as number | readonly number[];
    const y = data.y[i] as number;
    let s = b;
    if (d === 1) s += (params[0] as number) * featureAt(x, 0);
    else for (let j = 0; j < d; j++) s += (params[j] as number) * featureAt(x, j);
    // g = dℓ/ds for this row.
    let g: number;
    if (variable === 'residual') {
      const r = s - y;
      sum += loss.value(r, lossParams);
      g = loss.derivative(r, lossParams);
    } else if (variable === 'logits') {
      const p = logitParams[y > 0 ? 1 : 0];
      sum += loss.value(s, p);
      g = loss.derivative(s, p);
    } else {
      const sign = y > 0 ? 1 : -1;
      const z = sign * s;
      if (variable === 'margin') {
        sum += loss.value(z, lossParams);
        g = loss.derivative(z, lossParams) * sign;
      } else {
        const p = sigmoid(z);
        // σ(z)(1 − σ(z)) as σ(z)σ(−z), which keeps its precision when p is near 1.
        sum += loss.value(p, lossParams);
        g = loss.derivative(p, lossParams) * p * sigmoid(-z) * sign;
      }
    }
    if (d === 1) gw += g * featureAt(x, 0);
    else for (let j = 0; j < d; j++) grad[j] = (grad[j] as number) + g * featureAt(x, j);
    gb += g;
  }
  if (d === 1) grad[0] = gw;
  grad[d] = gb;
  for (let j = 0; j <= d; j++) grad[j] = (grad[j] as number) / n;
  return { loss: sum / n, grad };
}
