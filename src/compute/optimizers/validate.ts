/** Option checks shared by the optimizers, raising where torch.optim raises ValueError. */

/**
 * Returns `value` if it is a finite number ≥ `min` and ≤ `max` (< `max` when `openMax`);
 * otherwise throws a RangeError naming the optimizer and the option.
 */
export function checkRange(
  optimizer: string,
  name: string,
  value: number,
  min: number,
  max = Infinity,
  openMax = false,
): number {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    (openMax ? value < max : value <= max);
  if (!ok) {
    const bound =
      max === Infinity
        ? min === -Infinity
          ? ''
          : ` ≥ ${min}`
        : ` in [${min}, ${max}${openMax ? ')' : ']'}`;
    throw new RangeError(
      `${optimizer}: invalid ${name} ${String(value)}; it must be a finite number${bound}.`,
    );
  }
  return value;
}

/** Throws a RangeError unless `params` and `grad` have equal lengths (equal to `size`, if set). */
export function checkShapes(
  optimizer: string,
  params: readonly number[],
  grad: readonly number[],
  size: number | undefined,
): void {
  if (params.length !== grad.length) {
    throw new RangeError(
      `${optimizer}: params has ${params.length} entries but grad has ${grad.length}.`,
    );
  }
  if (size !== undefined && params.length !== size) {
    throw new RangeError(
      `${optimizer}: params has ${params.length} entries but the optimizer's state holds ${size}; call reset() first.`,
    );
  }
}
