/**
 * Widget settings in the page URL: a small typed schema, a parser that never throws (anything
 * malformed falls back to the field's default with a notice in words), a serializer that writes
 * only non-default values, and a debounced `history.replaceState` writer.
 */

/** A number in [min, max]; with a step, parsed values snap to the grid min + k·step. */
export interface NumberField {
  readonly kind: 'number';
  /** Plain-text name for notices, e.g. 'δ (delta)'. */
  readonly label: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
}

/** One of a fixed list of strings. */
export interface EnumField<T extends string = string> {
  readonly kind: 'enum';
  readonly label: string;
  readonly values: readonly T[];
  readonly default: T;
}

/** true or false, written '1' or '0'. */
export interface BooleanField {
  readonly kind: 'boolean';
  readonly label: string;
  readonly default: boolean;
}

export type UrlField = NumberField | EnumField | BooleanField;

/** Field name (the URL key after the prefix) → field. */
export type UrlSchema = Readonly<Record<string, UrlField>>;

/** The value a field holds (distributes over a union of fields). */
export type UrlValueOf<F> = F extends NumberField
  ? number
  : F extends EnumField<infer T>
    ? T
    : F extends BooleanField
      ? boolean
      : never;

/** The state a schema describes. */
export type UrlStateOf<S extends UrlSchema> = { -readonly [K in keyof S]: UrlValueOf<S[K]> };

/** A parsed state and what could not be used, in words. */
export interface ParsedUrlState<S extends UrlSchema> {
  readonly state: UrlStateOf<S>;
  readonly notices: string[];
}

/** Longest value read at all; anything longer is refused unread (a pasted essay, an attack). */
export const MAX_URL_VALUE_LENGTH = 40;

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Number helpers: decimals of a step, so 0.1 + 0.2 snaps to 0.3 and not 0.30000000000000004. */
function decimalsOf(step: number): number {
  const s = String(step);
  const e = s.match(/e-(\d+)$/);
  if (e) return Number(e[1]);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Snaps x to the field's step grid (when it has one) and keeps it within [min, max]. */
export function snapToField(field: NumberField, x: number): number {
  let v = Math.min(field.max, Math.max(field.min, x));
  if (field.step !== undefined && field.step > 0) {
    const k = Math.round((v - field.min) / field.step);
    const digits = Math.min(20, Math.max(decimalsOf(field.step), decimalsOf(field.min)));
    v = Number((field.min + k * field.step).toFixed(digits));
    v = Math.min(field.max, Math.max(field.min, v));
  }
  return v;
}

/** A value safe to quote in a notice: short, printable. */
function quote(raw: string): string {
  const shown = raw.length > 16 ? `${raw.slice(0, 16)}…` : raw;
  return `“${shown.replace(/[^\x20-\x7e\u00a0-\uffff]/g, '?')}”`;
}

/** Formats a default for a notice. */
function formatDefault(field: UrlField): string {
  if (field.kind === 'boolean') return field.default ? 'on' : 'off';
  return String(field.default);
}

type FieldResult = { ok: true; value: number | string | boolean } | { ok: false; why: string };

function parseField(field: UrlField, raw: string): FieldResult {
  if (raw.length > MAX_URL_VALUE_LENGTH) return { ok: false, why: 'is too long' };
  const text = raw.trim();
  switch (field.kind) {
    case 'number': {
      if (!NUMBER.test(text)) return { ok: false, why: `(${quote(raw)}) is not a number` };
      const x = Number(text);
      if (!Number.isFinite(x)) return { ok: false, why: `(${quote(raw)}) is not a finite number` };
      if (x < field.min || x > field.max) {
        return {
          ok: false,
          why: `(${quote(raw)}) is outside ${field.min} to ${field.max}`,
        };
      }
      return { ok: true, value: snapToField(field, x) };
    }
    case 'enum':
      return field.values.includes(text)
        ? { ok: true, value: text }
        : { ok: false, why: `(${quote(raw)}) is not one of the choices` };
    case 'boolean':
      if (text === '1' || text === 'true') return { ok: true, value: true };
      if (text === '0' || text === 'false') return { ok: true, value: false };
      return { ok: false, why: `(${quote(raw)}) is not 1 or 0` };
  }
}

/** The schema's defaults. */
export function defaultUrlState<S extends UrlSchema>(schema: S): UrlStateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema)) out[key] = field.default;
  return out as UrlStateOf<S>;
}

/**
 * Reads `<prefix><key>` for every field of the schema. A missing key takes its default silently;
 * a malformed, out-of-range, wrong-typed or huge one takes its default and adds a notice. Keys
 * not in the schema are ignored. Never throws.
 */
export function parseUrlState<S extends UrlSchema>(
  schema: S,
  params: URLSearchParams,
  prefix: string,
): ParsedUrlState<S> {
  const state: Record<string, unknown> = {};
  const notices: string[] = [];
  for (const [key, field] of Object.entries(schema)) {
    const raw = params.get(prefix + key);
    if (raw === null) {
      state[key] = field.default;
      continue;
    }
    const result = parseField(field, raw);
    if (result.ok) {
      state[key] = result.value;
    } else {
      state[key] = field.default;
      notices.push(
        `The link’s ${field.label} ${result.why}; using the default, ${formatDefault(field)}.`,
      );
    }
  }
  return { state: state as UrlStateOf<S>, notices };
}

/** Formats one value for the URL. */
function formatValue(field: UrlField, value: unknown): string {
  if (field.kind === 'boolean') return value ? '1' : '0';
  if (field.kind === 'number') return String(snapToField(field, Number(value)));
  return String(value);
}

/**
 * `base` with every `<prefix>…` key replaced by the state's non-default values (in schema order);
 * other keys (other widgets, the search query) are kept as they were.
 */
export function serializeUrlState<S extends UrlSchema>(
  schema: S,
  state: UrlStateOf<S>,
  prefix: string,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of base) if (!k.startsWith(prefix)) out.append(k, v);
  const values = state as Record<string, unknown>;
  for (const [key, field] of Object.entries(schema)) {
    const value = values[key];
    if (value === undefined) continue;
    const text = formatValue(field, value);
    if (text !== formatValue(field, field.default)) out.set(prefix + key, text);
  }
  return out;
}

/** The page's URL with the state written in (what "Copy link" copies). */
export function urlWithState<S extends UrlSchema>(
  href: string,
  schema: S,
  state: UrlStateOf<S>,
  prefix: string,
): string {
  const url = new URL(href);
  const search = serializeUrlState(schema, state, prefix, url.searchParams).toString();
  url.search = search === '' ? '' : `?${search}`;
  return url.toString();
}

/** Writes state into the address bar with `history.replaceState`, at most once per `delayMs`. */
export function createUrlWriter(delayMs = 250): {
  schedule: <S extends UrlSchema>(schema: S, state: UrlStateOf<S>, prefix: string) => void;
  flush: () => void;
  cancel: () => void;
} {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: (() => void) | undefined;
  const flush = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const run = pending;
    pending = undefined;
    run?.();
  };
  return {
    schedule(schema, state, prefix) {
      pending = () => {
        if (typeof window === 'undefined') return;
        const next = urlWithState(window.location.href, schema, state, prefix);
        if (next !== window.location.href)
          window.history.replaceState(window.history.state, '', next);
      };
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
  };
}
