import { randomLcg } from 'd3-random';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_URL_VALUE_LENGTH,
  createUrlWriter,
  defaultUrlState,
  parseUrlState,
  serializeUrlState,
  snapToField,
  urlWithState,
  type UrlSchema,
} from '~/widgets/kit/urlState';

const schema = {
  delta: { kind: 'number', label: 'δ (delta)', default: 1, min: 0.1, max: 3, step: 0.1 },
  r: { kind: 'number', label: 'Residual r', default: 1, min: -3, max: 3, step: 0.01 },
  loss: { kind: 'enum', label: 'loss', values: ['mse', 'huber', 'mae'], default: 'huber' },
  deriv: { kind: 'boolean', label: 'Show derivative', default: false },
} as const satisfies UrlSchema;

const parse = (search: string) => parseUrlState(schema, new URLSearchParams(search), 'lce.');

describe('parseUrlState(schema, params, prefix)', () => {
  it('reads well-formed values under the prefix', () => {
    const { state, notices } = parse('lce.delta=2.5&lce.r=-0.75&lce.loss=mae&lce.deriv=1');
    expect(state).toEqual({ delta: 2.5, r: -0.75, loss: 'mae', deriv: true });
    expect(notices).toEqual([]);
  });

  it('takes defaults silently for missing keys and ignores other prefixes and unknown keys', () => {
    const { state, notices } = parse('other.delta=2&lce.unknown=5&q=loss');
    expect(state).toEqual(defaultUrlState(schema));
    expect(notices).toEqual([]);
  });

  it('falls back to the default, with a notice naming the setting, for malformed values', () => {
    const cases: [string, keyof typeof schema][] = [
      ['lce.delta=abc', 'delta'],
      ['lce.delta=', 'delta'],
      ['lce.delta=1e999', 'delta'],
      ['lce.delta=NaN', 'delta'],
      ['lce.delta=Infinity', 'delta'],
      ['lce.delta=0x10', 'delta'],
      ['lce.delta=1,5', 'delta'],
      ['lce.delta=99', 'delta'],
      ['lce.r=-3.5', 'r'],
      ['lce.loss=hinge', 'loss'],
      ['lce.loss=HUBER', 'loss'],
      ['lce.deriv=yes', 'deriv'],
      [`lce.r=${'1'.repeat(MAX_URL_VALUE_LENGTH + 1)}`, 'r'],
    ];
    for (const [search, key] of cases) {
      const { state, notices } = parse(search);
      expect(state[key], search).toEqual(schema[key].default);
      expect(notices, search).toHaveLength(1);
      expect(notices[0], search).toContain(schema[key].label);
      expect(notices[0], search).toMatch(/using the default/);
    }
  });

  it('snaps numbers to the step grid (0.30000000000000004 → 0.3; 1.234 → 1.23)', () => {
    expect(parse('lce.delta=0.30000000000000004').state.delta).toBe(0.3);
    expect(parse('lce.r=1.234').state.r).toBe(1.23);
    expect(parse('lce.r=-0').state.r).toBe(0);
    expect(parse('lce.delta=3').state.delta).toBe(3);
  });

  it('quotes a hostile value shortened and printable, never raw', () => {
    const { notices } = parse('lce.loss=' + encodeURIComponent('<script>\u0000'));
    expect(notices[0]).toContain('“<script>?”');
  });
});

describe('serializeUrlState(schema, state, prefix, base)', () => {
  it('writes only non-default values and keeps other parameters', () => {
    const state = { ...defaultUrlState(schema), delta: 2, deriv: true };
    const out = serializeUrlState(schema, state, 'lce.', new URLSearchParams('q=x&lce.r=2&b.r=1'));
    expect(out.toString()).toBe('q=x&b.r=1&lce.delta=2&lce.deriv=1');
  });

  it('round-trips through parseUrlState', () => {
    const state = { delta: 0.7, r: -2.05, loss: 'mse', deriv: true } as const;
    const out = serializeUrlState(schema, { ...state }, 'lce.');
    expect(parse(out.toString())).toEqual({ state, notices: [] });
  });

  it('urlWithState(href, …) drops the "?" when nothing is left', () => {
    expect(urlWithState('http://x/a/?lce.r=2#h', schema, defaultUrlState(schema), 'lce.')).toBe(
      'http://x/a/#h',
    );
  });
});

describe('snapToField(field, x)', () => {
  it('clamps into [min, max] and rounds to the step', () => {
    expect(snapToField(schema.delta, 10)).toBe(3);
    expect(snapToField(schema.delta, -1)).toBe(0.1);
    expect(snapToField(schema.r, 0.005)).toBe(0.01);
  });
});

describe('parseUrlState fuzz (seeded)', () => {
  const random = randomLcg(20240611);
  const alphabet = [
    '0',
    '1',
    '9',
    '.',
    '-',
    '+',
    'e',
    'E',
    'x',
    ' ',
    '%',
    '&',
    '=',
    '\u0000',
    'é',
    '𝛿',
    '∞',
    ',',
    'N',
    'a',
  ];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const randomValue = (): string => {
    const r = random();
    if (r < 0.1) return String((random() - 0.5) * 10 ** Math.floor(random() * 400 - 200));
    if (r < 0.15)
      return pick(['NaN', 'Infinity', '-Infinity', 'true', 'null', 'undefined', '[]', '{}']);
    if (r < 0.2) return 'x'.repeat(Math.floor(random() * 20_000));
    if (r < 0.3) return pick(['mse', 'huber', 'mae']);
    const n = Math.floor(random() * 30);
    return Array.from({ length: n }, () => pick(alphabet)).join('');
  };

  it('2000 random, huge, truncated and hostile query strings always give a valid state', () => {
    const keys = ['lce.delta', 'lce.r', 'lce.loss', 'lce.deriv', 'lce.', 'lce.x', 'delta'];
    for (let i = 0; i < 2000; i++) {
      const params = new URLSearchParams();
      const count = Math.floor(random() * 6);
      for (let j = 0; j < count; j++) params.append(pick(keys), randomValue());
      let search = params.toString();
      if (random() < 0.2) search = search.slice(0, Math.floor(random() * search.length));
      const { state, notices } = parse(search);
      expect(Number.isFinite(state.delta) && state.delta >= 0.1 && state.delta <= 3).toBe(true);
      expect(Number.isFinite(state.r) && state.r >= -3 && state.r <= 3).toBe(true);
      expect(schema.loss.values).toContain(state.loss);
      expect(typeof state.deriv).toBe('boolean');
      for (const n of notices) expect(n.length).toBeLessThan(200);
    }
  });
});

describe('createUrlWriter(delayMs)', () => {
  afterEach(() => {
    vi.useRealTimers();
    window.history.replaceState(null, '', '/');
  });

  it('writes the last scheduled state once, after the delay, with replaceState', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/chapters/x/?q=1');
    const spy = vi.spyOn(window.history, 'replaceState');
    const writer = createUrlWriter(200);
    writer.schedule(schema, { ...defaultUrlState(schema), delta: 2 }, 'lce.');
    writer.schedule(schema, { ...defaultUrlState(schema), delta: 2.5 }, 'lce.');
    expect(spy).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?q=1&lce.delta=2.5');
    spy.mockRestore();
  });
});
