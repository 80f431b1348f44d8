import type { ExpressionError } from './types';

/** A lexical token; `index` is where it starts in the source. */
export type Token =
  | { readonly kind: 'number'; readonly value: number; readonly index: number }
  | { readonly kind: 'name'; readonly name: string; readonly index: number }
  | { readonly kind: 'symbol'; readonly symbol: Punctuator; readonly index: number }
  | { readonly kind: 'end'; readonly index: number };

/** Operators and punctuation, after normalizing − · × and **. */
export type Punctuator = '+' | '-' | '*' | '/' | '^' | '(' | ')' | ',';

/** The outcome of tokenizing: tokens ending with an `end` token, or the first error. */
export type TokenizeResult =
  | { readonly ok: true; readonly tokens: readonly Token[] }
  | { readonly ok: false; readonly error: ExpressionError };

// Why the extra spellings: the site's prose writes − (U+2212), · and ×, and readers paste them;
// Python writers type ** for powers.
const SYMBOLS = new Map<string, Punctuator>([
  ['+', '+'],
  ['-', '-'],
  ['\u2212', '-'],
  ['*', '*'],
  ['\u00b7', '*'],
  ['\u22c5', '*'],
  ['\u00d7', '*'],
  ['/', '/'],
  ['^', '^'],
  ['(', '('],
  [')', ')'],
  [',', ','],
]);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isNameStart = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_');
const isNamePart = (c: string | undefined): boolean => isNameStart(c) || isDigit(c);
const isSpace = (c: string): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

/** A character quoted for a message: 'x' when printable, U+XXXX otherwise. */
export function formatCharacter(source: string, index: number): string {
  const code = source.codePointAt(index) ?? 0;
  if (code > 0x20 && code < 0x7f) return `'${String.fromCodePoint(code)}'`;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Splits a formula into numbers, names and symbols, or reports the first bad character. */
export function tokenize(source: string): TokenizeResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (isSpace(c)) {
      i += 1;
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(source[i + 1]))) {
      const start = i;
      while (isDigit(source[i])) i += 1;
      if (source[i] === '.') {
        i += 1;
        while (isDigit(source[i])) i += 1;
      }
      if (source[i] === 'e' || source[i] === 'E') {
        i += 1;
        if (source[i] === '+' || source[i] === '-') i += 1;
        if (!isDigit(source[i])) {
          const message = `Expected the digits of an exponent at ${i}, as in 1e-3`;
          return { ok: false, error: { message, index: i } };
        }
        while (isDigit(source[i])) i += 1;
      }
      // The text matches decimal (\d*\.?\d*)([eE][+-]?\d+)?, which Number parses exactly.
      const value = Number(source.slice(start, i));
      if (!Number.isFinite(value)) {
        return { ok: false, error: { message: `Number too large at ${start}`, index: start } };
      }
      tokens.push({ kind: 'number', value, index: start });
      continue;
    }
    if (isNameStart(c)) {
      const start = i;
      while (isNamePart(source[i])) i += 1;
      tokens.push({ kind: 'name', name: source.slice(start, i), index: start });
      continue;
    }
    if (c === '*' && source[i + 1] === '*') {
      tokens.push({ kind: 'symbol', symbol: '^', index: i });
      i += 2;
      continue;
    }
    const symbol = SYMBOLS.get(c);
    if (symbol !== undefined) {
      tokens.push({ kind: 'symbol', symbol, index: i });
      i += 1;
      continue;
    }
    const message = `Unexpected character ${formatCharacter(source, i)} at ${i}`;
    return { ok: false, error: { message, index: i } };
  }
  tokens.push({ kind: 'end', index: source.length });
  return { ok: true, tokens };
}
