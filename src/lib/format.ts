/**
 * Formats a computed number for a page: fixed decimals, a true minus sign (U+2212), and words
 * instead of NaN or Infinity so that a page never prints either.
 */
export function fmt(x: number, digits = 3): string {
  if (Number.isNaN(x)) return 'undefined';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  let s = x.toFixed(digits);
  // -0.000 would read as a negative number; show it as 0.
  if (/^-0\.?0*$/.test(s)) s = s.slice(1);
  return s.replace(/^-/, '−');
}

/** Formats with `digits` significant figures, switching to ×10ⁿ notation for very large or small values. */
export function fmtSig(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return fmt(x);
  if (x === 0) return '0';
  const ax = Math.abs(x);
  if (ax >= 1e-3 && ax < 1e6)
    return fmt(Number(x.toPrecision(digits)), Math.max(0, digits - 1 - Math.floor(Math.log10(ax))));
  const [mantissa, exponent] = x.toExponential(digits - 1).split('e');
  const sup = Number(exponent)
    .toString()
    .replace(/[-0-9]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]!);
  return `${fmt(Number(mantissa), digits - 1)}×10${sup}`;
}
