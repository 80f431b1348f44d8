/**
 * Helpers shared by the server (the <Param> component) and the browser ("New numbers"): how a
 * problem's changing numbers print, and how a variant travels in the URL.
 */
import { fmt } from './format';

/** How a <Param> prints its value. */
export interface ParamFormat {
  /** Decimals (default 3). */
  digits?: number;
  /** Drop trailing zeros: 0.50 prints 0.5, 2.00 prints 2. */
  trim?: boolean;
  /** For a list value, print only this element. */
  index?: number;
  /** For a list value, wrap it in parentheses like a vector: (1, 2, 3). */
  vector?: boolean;
}

const trimZeros = (s: string) => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);

/**
 * Formats a problem's number for the page, with `fmt` (true minus sign, no −0); lists are joined
 * with commas. Throws on a missing list element, so a typo in the MDX fails the build.
 */
export function formatParam(value: number | readonly number[], format: ParamFormat = {}): string {
  const { digits = 3, trim = false, index, vector = false } = format;
  const one = (x: number) => {
    const s = fmt(x, digits);
    return trim ? trimZeros(s) : s;
  };
  if (typeof value === 'number') return one(value);
  if (index !== undefined) {
    const x = value[index];
    if (x === undefined) throw new RangeError(`No element ${index} in a list of ${value.length}`);
    return one(x);
  }
  const list = value.map(one).join(', ');
  return vector ? `(${list})` : list;
}

/** The query parameter that carries problem `id`'s variant: `?p-<id>=<seed>`. */
export function variantQueryKey(id: string): string {
  return `p-${id}`;
}

/**
 * Reads a variant seed from a URL value: a whole number from 0 to 999 999 999 in plain digits.
 * Anything else (missing, signs, decimals, exponents, junk) is null, and the page shows the
 * printed numbers.
 */
export function parseVariantSeed(text: string | null): number | null {
  if (text === null || !/^\d{1,9}$/.test(text)) return null;
  return Number(text);
}
