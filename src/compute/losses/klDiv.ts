import type { LossResult } from '../types';
import { assertMatrix, assertSameLength, type Matrix } from './assert';

/**
 * Kullback–Leibler divergence KL(target ‖ input) = Σᵢ Σ_c tᵢ,c(log tᵢ,c − logProbsᵢ,c) / N, as
 * torch.nn.functional.kl_div(logProbs, targetProbs, reduction='batchmean'): the input is
 * log-probabilities, the target probabilities, and terms with t = 0 contribute 0 (their gradient
 * too). The gradient w.r.t. logProbs is −t/N.
 */
export function klDiv(logProbs: Matrix, targetProbs: Matrix): LossResult<number[][]> {
  const name = 'klDiv';
  const classes = assertMatrix(name, logProbs, 'logProbs');
  const n = assertSameLength(name, logProbs, targetProbs, 'logProbs', 'targetProbs');
  let sum = 0;
  const grad = new Array<number[]>(n);
  for (let i = 0; i < n; i++) {
    const lp = logProbs[i] as readonly number[];
    const t = targetProbs[i] as readonly number[];
    if (t.length !== classes) {
      throw new RangeError(`${name}: targetProbs row ${i} has ${t.length} entries, not ${classes}`);
    }
    const g = new Array<number>(classes);
    for (let c = 0; c < classes; c++) {
      const tc = t[c] as number;
      if (!(tc >= 0)) {
        throw new RangeError(`${name}: targetProbs[${i}][${c}] is ${tc}; probabilities are ≥ 0`);
      }
      if (tc > 0) {
        sum += tc * (Math.log(tc) - (lp[c] as number));
        g[c] = -tc / n;
      } else {
        g[c] = 0;
      }
    }
    grad[i] = g;
  }
  return { loss: sum / n, grad };
}
