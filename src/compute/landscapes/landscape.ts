/** The shape every optimization landscape shares: a function of two weights with its gradient. */

/** A point (w₁, w₂) of a landscape. */
export type Point = readonly [number, number];

/** The rectangle a landscape is drawn over. */
export interface Domain {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/** An adjustable parameter of a landscape (κ, a, b, …), with the range a slider may offer. */
export interface LandscapeParameter {
  readonly id: string;
  readonly name: string;
  readonly latex: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** The landscapes the site draws. */
export type LandscapeId = 'bowl' | 'rosenbrock' | 'beale' | 'himmelblau' | 'saddle';

/** A two-weight loss surface, travelling with its gradient, domain and known minima. */
export interface Landscape {
  readonly id: LandscapeId;
  readonly name: string;
  /** One plain-English sentence on what the landscape teaches. */
  readonly summary: string;
  /** f(x, y) in LaTeX, with the parameters as symbols. */
  readonly latex: string;
  value(p: Point): number;
  gradient(p: Point): [number, number];
  readonly domain: Domain;
  /** Every global (and listed local) minimum inside the domain. */
  readonly minima: readonly Point[];
  /** Saddle points worth marking, where the landscape has them. */
  readonly saddlePoints?: readonly Point[];
  readonly defaultStart: Point;
  /** The adjustable parameters' definitions ([] when there are none). */
  readonly parameters: readonly LandscapeParameter[];
  /** The parameter values this instance was built with. */
  readonly params: Readonly<Record<string, number>>;
}

/**
 * Resolves `given` against `parameters`' defaults; throws a RangeError for an unknown id or a
 * value outside [min, max].
 */
export function resolveParams(
  landscape: string,
  parameters: readonly LandscapeParameter[],
  given: Readonly<Record<string, number>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(given)) {
    if (!parameters.some((p) => p.id === key)) {
      throw new RangeError(`${landscape}: unknown parameter ${JSON.stringify(key)}.`);
    }
  }
  for (const p of parameters) {
    const v = Object.hasOwn(given, p.id) ? given[p.id] : p.default;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < p.min || v > p.max) {
      throw new RangeError(
        `${landscape}: invalid ${p.id} ${String(v)}; it must be a finite number in [${p.min}, ${p.max}].`,
      );
    }
    out[p.id] = v;
  }
  return out;
}
