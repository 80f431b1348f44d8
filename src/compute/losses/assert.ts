/** Shape and domain checks shared by the batch losses; each throws a RangeError naming the loss. */

/** A batch of rows, one row of class scores per example. */
export type Matrix = readonly (readonly number[])[];

/** Checks that two batches are non-empty and of equal length; returns that length. */
export function assertSameLength(
  loss: string,
  a: readonly unknown[],
  b: readonly unknown[],
  aName: string,
  bName: string,
): number {
  if (a.length !== b.length) {
    throw new RangeError(
      `${loss}: ${aName} has ${a.length} elements but ${bName} has ${b.length}; they must match`,
    );
  }
  if (a.length === 0) {
    // PyTorch returns NaN for the mean of an empty batch; we refuse rather than produce NaN.
    throw new RangeError(`${loss}: ${aName} is empty, and the mean of no elements is undefined`);
  }
  return a.length;
}

/** Checks that a matrix is non-empty and rectangular; returns its number of columns. */
export function assertMatrix(loss: string, m: Matrix, name: string): number {
  const first = m[0];
  if (first === undefined) {
    throw new RangeError(`${loss}: ${name} is empty, and the mean of no rows is undefined`);
  }
  const columns = first.length;
  if (columns === 0) throw new RangeError(`${loss}: ${name} rows must have at least one class`);
  m.forEach((row, i) => {
    if (row.length !== columns) {
      throw new RangeError(
        `${loss}: ${name} row ${i} has ${row.length} entries but row 0 has ${columns}; rows must match`,
      );
    }
  });
  return columns;
}

/** Checks that every label is −1 or +1 (a 0/1 label would silently give a wrong margin). */
export function assertSignLabels(loss: string, labels: readonly number[]): void {
  labels.forEach((y, i) => {
    if (y !== 1 && y !== -1) {
      throw new RangeError(`${loss}: labels[${i}] is ${y}; margin losses take labels in {-1, +1}`);
    }
  });
}
