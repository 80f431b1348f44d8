/** Every quantity of the chain rule for MSE on a one-feature line ŷ = w·x + b. */
import { mseLoss } from '../losses/mse';

/** The forward and backward pass of MSE on ŷ = w·x + b, piece by piece. */
export interface MseLinear1D {
  /** L = (1/N) Σ (ŷᵢ − yᵢ)². */
  readonly loss: number;
  /** ∂L/∂w = Σ ∂L/∂ŷᵢ · xᵢ = (2/N) Σ (ŷᵢ − yᵢ) xᵢ. */
  readonly dLdw: number;
  /** ∂L/∂b = Σ ∂L/∂ŷᵢ = (2/N) Σ (ŷᵢ − yᵢ). */
  readonly dLdb: number;
  /** ŷᵢ = w·xᵢ + b. */
  readonly predictions: number[];
  /** rᵢ = ŷᵢ − yᵢ. */
  readonly residuals: number[];
  /** ∂L/∂ŷᵢ = (2/N)(ŷᵢ − yᵢ), from `mseLoss`. */
  readonly dLdyhat: number[];
}

/** MSE of the line ŷ = w·x + b on (x, y) with its gradient and per-sample pieces. */
export function mseLinear1D(
  w: number,
  b: number,
  data: { readonly x: readonly number[]; readonly y: readonly number[] },
): MseLinear1D {
  const predictions = data.x.map((x) => w * x + b);
  const { loss, grad } = mseLoss(predictions, data.y);
  let dLdw = 0;
  let dLdb = 0;
  grad.forEach((g, i) => {
    dLdw += g * (data.x[i] as number);
    dLdb += g;
  });
  const residuals = predictions.map((p, i) => p - (data.y[i] as number));
  return { loss, dLdw, dLdb, predictions, residuals, dLdyhat: grad };
}
