import { describe, expect, it } from 'vitest';
import { defaultTolerance } from '~/lib/answer';
import { formatParam, parseVariantSeed, variantQueryKey } from '~/lib/variants';

describe('formatParam(value, format)', () => {
  it('prints a number with fixed decimals, a true minus sign and no −0', () => {
    expect(formatParam(-1.122, { digits: 3 })).toBe('−1.122');
    expect(formatParam(2, { digits: 2 })).toBe('2.00');
    expect(formatParam(-0.0001, { digits: 2 })).toBe('0.00');
    expect(formatParam(Math.PI)).toBe('3.142');
  });

  it('trims trailing zeros only when asked, and never the zeros of a whole number', () => {
    expect(formatParam(0.5, { digits: 2, trim: true })).toBe('0.5');
    expect(formatParam(20.000000000000004, { digits: 1, trim: true })).toBe('20');
    expect(formatParam(100, { digits: 0, trim: true })).toBe('100');
    expect(formatParam(-0.05, { digits: 2, trim: true })).toBe('−0.05');
  });

  it('joins a list, wraps it as a vector, or picks one element', () => {
    expect(formatParam([1.5, 3, -1], { digits: 1 })).toBe('1.5, 3.0, −1.0');
    expect(formatParam([1, 5, -2], { digits: 0, vector: true })).toBe('(1, 5, −2)');
    expect(formatParam([2, 3.8, 5.42], { digits: 2, index: 2 })).toBe('5.42');
    expect(() => formatParam([1, 2], { index: 2 })).toThrow(RangeError);
  });
});

describe('parseVariantSeed(text)', () => {
  it('reads whole numbers written in plain digits, up to nine of them', () => {
    expect(parseVariantSeed('0')).toBe(0);
    expect(parseVariantSeed('42')).toBe(42);
    expect(parseVariantSeed('999999999')).toBe(999999999);
  });

  it('returns null for anything else, so the page keeps its printed numbers', () => {
    for (const bad of [
      null,
      '',
      ' 4',
      '-3',
      '+3',
      '2.5',
      '1e5',
      '0x10',
      'abc',
      '1234567890',
      '٣',
    ]) {
      expect(parseVariantSeed(bad), String(bad)).toBeNull();
    }
  });

  it('variantQueryKey(id) names the query parameter', () => {
    expect(variantQueryKey('op-p1')).toBe('p-op-p1');
  });
});

describe('defaultTolerance(answer)', () => {
  it('is 0.5 % of the answer, never below 0.001', () => {
    expect(defaultTolerance(10)).toBeCloseTo(0.05, 12);
    expect(defaultTolerance(-4)).toBeCloseTo(0.02, 12);
    expect(defaultTolerance(0.01)).toBe(0.001);
  });
});
