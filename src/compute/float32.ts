/**
 * Naive and stable log-sigmoid, binary cross-entropy and log-softmax in emulated float32, for the
 * numerical-stability lab. JavaScript has no float32 exp or log: every operation here is done in
 * float64 and its result rounded to float32 with Math.fround. That is an emulation — one rounding
 * per operation, as a float32 library that rounds correctly would give — not bit-exact to any
 * particular libm's expf, but it overflows and underflows exactly where float32 does
 * (e^x is Infinity in float32 past x ≈ 88.72).
 */

const f = Math.fround;

/** What kind of number a result is, for the lab's readouts. */
export type FloatClass = 'finite' | 'NaN' | 'Infinity' | '-Infinity';

/** Classifies a number as finite, NaN, +Infinity or −Infinity. */
export function classifyFloat(x: number): FloatClass {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return 'finite';
}

/** σ(x) = 1 / (1 + e^(−x)) as written, in float32 (an intermediate of the naive forms). */
function naiveSigmoid32(x: number): number {
  return f(1 / f(1 + f(Math.exp(f(-f(x))))));
}

/** log σ(x) = log(1 / (1 + e^(−x))) as written, in float32: −Infinity once e^(−x) overflows. */
export function naiveLogSigmoid32(x: number): number {
  return f(Math.log(naiveSigmoid32(x)));
}

/** log σ(x) = min(x, 0) − log1p(e^(−|x|)) in float32: finite for every finite x. */
export function stableLogSigmoid32(x: number): number {
  const x32 = f(x);
  return f(f(Math.min(x32, 0)) - f(Math.log1p(f(Math.exp(f(-Math.abs(x32)))))));
}

/**
 * BCE −(y log p + (1 − y) log(1 − p)) through p = σ(logit) as written, in float32: p rounds to
 * exactly 0 or 1 for moderate logits, and a log of 0 gives Infinity, or NaN when times y = 0.
 */
export function naiveBce32(logit: number, y: number): number {
  const p = naiveSigmoid32(logit);
  const y32 = f(y);
  const pos = f(y32 * f(Math.log(p)));
  const neg = f(f(1 - y32) * f(Math.log(f(1 - p))));
  return f(-f(pos + neg));
}

/** BCE from a logit as max(x, 0) − x·y + log1p(e^(−|x|)) (torch's form), in float32: finite. */
export function stableBce32(logit: number, y: number): number {
  const x = f(logit);
  const y32 = f(y);
  const tail = f(Math.log1p(f(Math.exp(f(-Math.abs(x))))));
  return f(f(f(Math.max(x, 0)) - f(x * y32)) + tail);
}

/** log softmax(v)ᵢ = log(e^(vᵢ) / Σ e^(vⱼ)) as written, in float32: NaN once some e^(vⱼ) overflows. */
export function naiveLogSoftmax32(v: readonly number[]): number[] {
  const e = v.map((x) => f(Math.exp(f(x))));
  let s = 0;
  for (const x of e) s = f(s + x);
  return e.map((x) => f(Math.log(f(x / s))));
}

/** log softmax(v)ᵢ = (vᵢ − m) − log Σ e^(vⱼ − m), m = max v, in float32: finite for finite v. */
export function stableLogSoftmax32(v: readonly number[]): number[] {
  const v32 = v.map(f);
  let m = -Infinity;
  for (const x of v32) if (x > m) m = x;
  let s = 0;
  for (const x of v32) s = f(s + f(Math.exp(f(x - m))));
  const logS = f(Math.log(s));
  return v32.map((x) => f(f(x - m) - logS));
}
