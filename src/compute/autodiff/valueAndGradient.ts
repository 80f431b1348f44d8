import { backward } from './backward';
import { variable, type Scalar } from './scalar';

/** The value of f at `point` and its gradient, by one forward pass and one reverse sweep. */
export function valueAndGradient(
  f: (...inputs: Scalar[]) => Scalar,
  point: readonly number[],
): { value: number; gradient: number[] } {
  const inputs = point.map((x) => variable(x));
  const output = f(...inputs);
  backward(output);
  return { value: output.value, gradient: inputs.map((input) => input.grad) };
}
