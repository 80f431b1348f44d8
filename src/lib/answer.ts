/**
 * Reads a number a reader typed: accepts a leading Unicode minus, a decimal comma, spaces, a
 * trailing percent sign (÷ 100) and simple fractions like 3/4. Returns null if it is not a number.
 */
export function parseReaderNumber(text: string): number | null {
  const s = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/\s+/g, '');
  if (s === '' || s.length > 40) return null;
  const frac = /^(-?\d+(?:[.,]\d+)?)\/(\d+(?:[.,]\d+)?)$/.exec(s);
  if (frac) {
    const den = Number(frac[2]!.replace(',', '.'));
    return den === 0 ? null : Number(frac[1]!.replace(',', '.')) / den;
  }
  const pct = s.endsWith('%');
  const body = (pct ? s.slice(0, -1) : s).replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(body)) return null;
  const x = Number(body);
  if (!Number.isFinite(x)) return null;
  return pct ? x / 100 : x;
}

/** Whether a typed value is within `tolerance` of the computed answer. */
export function checkAnswer(
  typed: string,
  answer: number,
  tolerance: number,
): 'right' | 'wrong' | 'unreadable' {
  const x = parseReaderNumber(typed);
  if (x === null) return 'unreadable';
  return Math.abs(x - answer) <= tolerance ? 'right' : 'wrong';
}

/** The answer box's default accepted error: 0.5 % of the answer, at least 0.001. */
export function defaultTolerance(answer: number): number {
  return Math.max(1e-3, Math.abs(answer) * 0.005);
}
