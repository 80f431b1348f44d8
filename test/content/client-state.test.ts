import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, serializeProgress, setCompleted } from '~/lib/progress';
import { nextThemePreference, parseThemePreference, resolveTheme } from '~/lib/theme';
import { checkAnswer, parseReaderNumber } from '~/lib/answer';
import { fmt, fmtSig } from '~/lib/format';
import { parseSearchParams, toSearchParams } from '~/lib/searchQuery';
import { renderInline } from '~/lib/inlineMath';

describe('progress', () => {
  it('parseProgress(serializeProgress(p)) round-trips', () => {
    const p = setCompleted(emptyProgress(), 'what-is-a-loss', true, 1234);
    expect(parseProgress(serializeProgress(p))).toEqual({ progress: p, repaired: false });
    expect(setCompleted(p, 'what-is-a-loss', false, 99).completed).toEqual({});
  });

  it.each([
    ['corrupt JSON', '{"version":1,'],
    ['an old version', '{"version":0,"completed":{"a":1}}'],
    ['a foreign shape', '["what-is-a-loss"]'],
    ['null', 'null'],
    ['completed as an array', '{"version":1,"completed":["a"]}'],
  ])('parseProgress(raw) ignores %s and asks for a repair, never throwing', (_, raw) => {
    expect(parseProgress(raw)).toEqual({ progress: emptyProgress(), repaired: true });
  });

  it('parseProgress(raw, knownIds) drops unknown ids and bad timestamps but keeps the rest', () => {
    const raw = JSON.stringify({ version: 1, completed: { a: 5, ghost: 6, b: 'x', __proto__: 1 } });
    const { progress, repaired } = parseProgress(raw, new Set(['a', 'b']));
    expect(progress.completed).toEqual({ a: 5 });
    expect(repaired).toBe(true);
  });

  it('parseProgress(null) is empty and needs no repair', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress(), repaired: false });
  });
});

describe('theme', () => {
  it('parseThemePreference(raw) accepts only light, dark and system', () => {
    expect(parseThemePreference('dark')).toBe('dark');
    expect(parseThemePreference('DARK')).toBe('system');
    expect(parseThemePreference(null)).toBe('system');
    expect(parseThemePreference('{"x":1}')).toBe('system');
  });

  it('resolveTheme(pref, systemDark) follows the system only for system', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('nextThemePreference(pref) cycles system → light → dark → system', () => {
    expect(nextThemePreference('system')).toBe('light');
    expect(nextThemePreference('light')).toBe('dark');
    expect(nextThemePreference('dark')).toBe('system');
  });
});

describe('answer checking', () => {
  it.each([
    ['0.25', 0.25],
    ['−1.5', -1.5],
    ['-1,5', -1.5],
    [' 3/4 ', 0.75],
    ['25%', 0.25],
    ['1e-3', 0.001],
    ['.5', 0.5],
  ])('parseReaderNumber(%j) reads %d', (text, value) => {
    expect(parseReaderNumber(text)).toBeCloseTo(value, 12);
  });

  it.each(['', 'abc', '1/0', '2..3', 'Infinity', 'NaN', '1e999', '0x10', '1+1'])(
    'parseReaderNumber(%j) is null',
    (text) => {
      expect(parseReaderNumber(text)).toBeNull();
    },
  );

  it('checkAnswer(typed, answer, tolerance) accepts within the tolerance and rejects outside it', () => {
    expect(checkAnswer('0.843', 0.8438, 0.001)).toBe('right');
    expect(checkAnswer('0.84', 0.8438, 0.001)).toBe('wrong');
    expect(checkAnswer('zero point eight', 0.8438, 0.001)).toBe('unreadable');
  });
});

describe('format', () => {
  it('fmt(x, digits) uses a true minus sign and never prints NaN or Infinity', () => {
    expect(fmt(-1.23456, 2)).toBe('−1.23');
    expect(fmt(2 / 3)).toBe('0.667');
    expect(fmt(-0.0001, 3)).toBe('0.000');
    expect(fmt(5, 0)).toBe('5');
    expect(fmt(NaN)).toBe('undefined');
    expect(fmt(Infinity)).toBe('∞');
    expect(fmt(-Infinity)).toBe('−∞');
  });

  it('fmtSig(x, digits) switches to powers of ten for tiny and huge values', () => {
    expect(fmtSig(0.0123456, 3)).toBe('0.0123');
    expect(fmtSig(1234.5678, 4)).toBe('1235');
    expect(fmtSig(-2.5e-7, 2)).toBe('−2.5×10⁻⁷');
    expect(fmtSig(3e12, 2)).toBe('3.0×10¹²');
    expect(fmtSig(0)).toBe('0');
  });
});

describe('search parameters', () => {
  it('parseSearchParams(toSearchParams(q, f)) round-trips and drops invalid filters', () => {
    const p = toSearchParams('hinge', { difficulty: ['2', '3'], tag: ['margin'] });
    expect(parseSearchParams(p)).toEqual({
      query: 'hinge',
      filters: { difficulty: ['2', '3'], tag: ['margin'] },
    });
    const hostile = new URLSearchParams('q=x&difficulty=9&difficulty=<script>&tag=A%20B');
    expect(parseSearchParams(hostile)).toEqual({ query: 'x', filters: {} });
  });
});

describe('renderInline', () => {
  it('renderInline(text) escapes text and renders $…$ with KaTeX', () => {
    const html = renderInline('a <b> & $x^2$');
    expect(html).toContain('a &lt;b&gt; &amp; ');
    expect(html).toContain('class="katex"');
    expect(() => renderInline('unbalanced $x')).toThrow(/Unbalanced/);
    expect(renderInline('costs \\$5')).toBe('costs $5');
  });
});
