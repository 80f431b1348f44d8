/**
 * Optimizer paths over a landscape chart, in pixels: the geometry (computed once per path and
 * chart) and the cheap per-frame prefix "path drawn up to step k", so a race can be played
 * without rebuilding the chart.
 */

/** A point (w₁, w₂). */
export type PathPoint = readonly [number, number];

/** A marker at the head of a path; the shapes tell racers apart beside colour and dash. */
export type PathMarker =
  'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'cross' | 'star';

/** A path in pixels: its `d` text, where each point's segment ends in it, and each point. */
export interface PathGeometry {
  /** 'M…L…L…' for every point; the prefix up to point k is d.slice(0, ends[k]). */
  readonly d: string;
  /** ends[k] = length of the `d` prefix through point k. */
  readonly ends: readonly number[];
  /** The points in pixels. */
  readonly px: readonly (readonly [number, number])[];
}

const r1 = (v: number): number => Math.round(v * 10) / 10 || 0;

/**
 * The path through `points` mapped by `x` and `y` (data → pixels), with pixel values held within
 * ±`reach` of the frame (a far-flung diverging point must not produce absurd numbers; the chart's
 * clip hides what lies outside). Non-finite points end the path there.
 */
export function pathGeometry(
  points: readonly PathPoint[],
  x: (v: number) => number,
  y: (v: number) => number,
  reach = 1e4,
): PathGeometry {
  const ends: number[] = [];
  const px: [number, number][] = [];
  let d = '';
  for (const [a, b] of points) {
    const X = x(a);
    const Y = y(b);
    if (!Number.isFinite(X) || !Number.isFinite(Y)) break;
    const p: [number, number] = [
      r1(Math.min(reach, Math.max(-reach, X))),
      r1(Math.min(reach, Math.max(-reach, Y))),
    ];
    d += `${px.length === 0 ? 'M' : 'L'}${p[0]},${p[1]}`;
    px.push(p);
    ends.push(d.length);
  }
  return { d, ends, px };
}

/** The `d` of the path drawn through point k (clamped to the path); '' for an empty path. */
export function pathPrefix(geometry: PathGeometry, k: number): string {
  const n = geometry.ends.length;
  if (n === 0) return '';
  const i = Math.min(n - 1, Math.max(0, Math.floor(Number.isFinite(k) ? k : 0)));
  const d = geometry.d.slice(0, geometry.ends[i]);
  // A lone point draws nothing as a path; a zero-length segment makes its round cap visible.
  return i === 0 ? `${d}l0,0` : d;
}

/** The marker's outline as a `d` centred on (0, 0), about `size` px across. */
export function markerPath(shape: PathMarker, size = 9): string {
  const h = size / 2;
  const n = (v: number) => r1(v);
  switch (shape) {
    case 'circle':
      return `M${n(h)},0A${n(h)},${n(h)} 0 1 1 ${n(-h)},0A${n(h)},${n(h)} 0 1 1 ${n(h)},0Z`;
    case 'square':
      return `M${n(-h * 0.85)},${n(-h * 0.85)}h${n(1.7 * h)}v${n(1.7 * h)}h${n(-1.7 * h)}Z`;
    case 'diamond':
      return `M0,${n(-h * 1.2)}L${n(h)},0L0,${n(h * 1.2)}L${n(-h)},0Z`;
    case 'triangle':
      return `M0,${n(-h * 1.15)}L${n(h)},${n(h * 0.75)}L${n(-h)},${n(h * 0.75)}Z`;
    case 'triangle-down':
      return `M0,${n(h * 1.15)}L${n(h)},${n(-h * 0.75)}L${n(-h)},${n(-h * 0.75)}Z`;
    case 'cross': {
      const t = n(h * 0.38);
      return `M${-t},${n(-h)}h${n(2 * t)}v${n(h - t)}h${n(h - t)}v${n(2 * t)}h${n(t - h)}v${n(h - t)}h${n(-2 * t)}v${n(t - h)}h${n(t - h)}v${n(-2 * t)}h${n(h - t)}Z`;
    }
    case 'star': {
      let d = '';
      for (let k = 0; k < 10; k++) {
        const r = k % 2 === 0 ? h * 1.2 : h * 0.5;
        const a = (Math.PI / 5) * k - Math.PI / 2;
        d += `${k === 0 ? 'M' : 'L'}${n(r * Math.cos(a))},${n(r * Math.sin(a))}`;
      }
      return `${d}Z`;
    }
  }
}
