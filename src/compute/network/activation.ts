import { sigmoid } from '../activations';
import type { NetworkActivation } from './types';

/** f(z) for a layer's activation. */
export function activate(kind: NetworkActivation, z: number): number {
  switch (kind) {
    case 'sigmoid':
      return sigmoid(z);
    case 'tanh':
      return Math.tanh(z);
    case 'relu':
      return z > 0 ? z : 0;
    case 'linear':
      return z;
  }
}

/** f′(z), written with a = f(z) where that is how it is taught (σ′ = a(1 − a)); relu′(0) = 0. */
export function activationDerivative(kind: NetworkActivation, z: number, a: number): number {
  switch (kind) {
    case 'sigmoid':
      return a * (1 - a);
    case 'tanh':
      return 1 - a * a;
    case 'relu':
      return z > 0 ? 1 : 0;
    case 'linear':
      return 1;
  }
}
