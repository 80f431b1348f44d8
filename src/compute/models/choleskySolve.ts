/** Solves a small symmetric positive-definite system by Cholesky factorization. */

/**
 * Solves A·x = b for symmetric positive-definite A by A = L·Lᵀ and two triangular solves (Golub &
 * Van Loan, Matrix Computations 4th ed., Algorithm 4.2.1); returns null when a pivot is not
 * positive, i.e. A is not numerically positive definite.
 */
export function choleskySolve(
  a: readonly (readonly number[])[],
  b: readonly number[],
): number[] | null {
  const m = b.length;
  const l: number[][] = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  for (let j = 0; j < m; j++) {
    const lj = l[j] as number[];
    let d = (a[j] as readonly number[])[j] as number;
    for (let k = 0; k < j; k++) d -= (lj[k] as number) ** 2;
    if (!(d > 0)) return null;
    const ljj = Math.sqrt(d);
    lj[j] = ljj;
    for (let i = j + 1; i < m; i++) {
      const li = l[i] as number[];
      let s = (a[i] as readonly number[])[j] as number;
      for (let k = 0; k < j; k++) s -= (li[k] as number) * (lj[k] as number);
      li[j] = s / ljj;
    }
  }
  // L·u = b, then Lᵀ·x = u.
  const u = new Array<number>(m);
  for (let i = 0; i < m; i++) {
    const li = l[i] as number[];
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= (li[k] as number) * (u[k] as number);
    u[i] = s / (li[i] as number);
  }
  const x = new Array<number>(m);
  for (let i = m - 1; i >= 0; i--) {
    let s = u[i] as number;
    for (let k = i + 1; k < m; k++) s -= ((l[k] as number[])[i] as number) * (x[k] as number);
    x[i] = s / ((l[i] as number[])[i] as number);
  }
  return x;
}
