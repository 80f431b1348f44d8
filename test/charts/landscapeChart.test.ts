import { describe, expect, it } from 'vitest';
import { createLandscape, createOptimizer, descend, landscapeGrid } from '~/compute';
import {
  LANDSCAPE_MARGIN,
  applyLandscapeRace,
  landscapeBase,
  landscapeChart,
  landscapeHeight,
  landscapeThresholds,
  type LandscapeChartOptions,
  type LandscapeRacer,
} from '~/charts/landscapeChart';
import { markerPath, pathGeometry, pathPrefix } from '~/charts/landscapePaths';
import { createTestDocument, expectGolden } from './golden';

const document = createTestDocument();

/** Chart options for a landscape and a race, every number from src/compute. */
function raceOptions(
  id: 'rosenbrock' | 'bowl' | 'saddle',
  runs: { id: string; kind: 'sgd' | 'adam'; options: object; color: string; dash?: string }[],
  step: number,
  steps = 60,
): LandscapeChartOptions {
  const landscape = createLandscape(id);
  const racers: LandscapeRacer[] = runs.map((r, k) => {
    const run = descend(
      landscape,
      landscape.defaultStart,
      createOptimizer(r.kind, r.options),
      steps,
    );
    return {
      id: r.id,
      color: r.color,
      ...(r.dash !== undefined && { dash: r.dash }),
      marker: (['circle', 'square', 'diamond'] as const)[k % 3]!,
      points: run.path.map((p) => p.params),
    };
  });
  return {
    grid: landscapeGrid(landscape, 41, 41),
    minima: landscape.minima,
    ...(landscape.saddlePoints !== undefined && { saddlePoints: landscape.saddlePoints }),
    className: 'golden',
    idPrefix: 'g',
    ariaLabel: landscape.name,
    document,
    race: { start: landscape.defaultStart, racers, step },
  };
}

describe('landscapeChart(options) golden SVGs', () => {
  it('landscapeChart(rosenbrock, SGD and Adam racing, step 40)', () => {
    expectGolden(
      'landscape-rosenbrock-race',
      landscapeChart(
        raceOptions(
          'rosenbrock',
          [
            { id: 'sgd', kind: 'sgd', options: { lr: 0.002 }, color: 'var(--ld-sgd)' },
            {
              id: 'adam',
              kind: 'adam',
              options: { lr: 0.1 },
              color: 'var(--ld-adam)',
              dash: '7 4',
            },
          ],
          40,
        ),
      ),
    );
  });
  it('landscapeChart(bowl κ = 10, momentum at step 0: only the start)', () => {
    expectGolden(
      'landscape-bowl-start',
      landscapeChart(
        raceOptions(
          'bowl',
          [{ id: 'momentum', kind: 'sgd', options: { lr: 0.05, momentum: 0.9 }, color: 'red' }],
          0,
        ),
      ),
    );
  });
  it('landscapeChart(saddle, SGD running off the plot)', () => {
    expectGolden(
      'landscape-saddle-off',
      landscapeChart(
        raceOptions(
          'saddle',
          [{ id: 'sgd', kind: 'sgd', options: { lr: 0.1 }, color: 'blue' }],
          60,
        ),
      ),
    );
  });
});

describe('landscapeChart(options)', () => {
  it('is an <svg role="img"> with a label, fixed size and aspect, every part aria-hidden', () => {
    const svg = landscapeChart({ ...raceOptions('rosenbrock', [], 0), width: 500 });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Rosenbrock valley');
    expect(svg.getAttribute('width')).toBe('500');
    expect(svg.getAttribute('height')).toBe(String(landscapeHeight(500)));
    for (const g of [...svg.children].filter((c) => c.tagName.toLowerCase() === 'g')) {
      expect(g.getAttribute('aria-hidden')).toBe('true');
    }
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('landscapeThresholds(grid) are half-decade levels inside the grid’s log range', () => {
    const grid = landscapeGrid(createLandscape('rosenbrock'), 41, 41);
    const t = landscapeThresholds(grid);
    expect(t.length).toBeGreaterThan(5);
    for (const v of t) {
      expect(v).toBeGreaterThan(grid.logMin);
      expect(v).toBeLessThan(grid.logMax);
      expect((v * 2) % 1).toBeCloseTo(0, 9);
    }
  });

  it('applyLandscapeRace(svg, race) draws each path through `step` and moves only what changed', () => {
    const options = raceOptions(
      'rosenbrock',
      [{ id: 'sgd', kind: 'sgd', options: { lr: 0.002 }, color: 'blue' }],
      5,
    );
    const svg = landscapeBase(options);
    applyLandscapeRace(svg, options.race);
    const line = () => svg.querySelector('g[data-racer="sgd"] path[data-line]')!;
    const segments = (d: string) => (d.match(/L/g) ?? []).length;
    expect(segments(line().getAttribute('d')!)).toBe(5);
    const before = line();
    applyLandscapeRace(svg, { ...options.race, step: 30 });
    expect(line()).toBe(before);
    expect(segments(line().getAttribute('d')!)).toBe(30);
    // The head sits at the pixel of point 30, mapped by the chart's own scales.
    const p = options.race.racers[0]!.points[30]!;
    const x = Math.round(Number(svg.scale('x')!.apply(p[0])) * 10) / 10;
    const head = svg.querySelector('g[data-racer="sgd"] path[data-head]')!;
    expect(head.getAttribute('transform')).toMatch(new RegExp(`^translate\\(${x},`));
    // A racer that leaves the race is removed.
    applyLandscapeRace(svg, { ...options.race, racers: [] });
    expect(svg.querySelector('g[data-racer]')).toBeNull();
  });
});

describe('landscapePaths', () => {
  const id = (v: number) => v;
  it('pathGeometry(points, x, y) stops at the first non-finite point and clamps far pixels', () => {
    const g = pathGeometry(
      [
        [0, 0],
        [1, 2],
        [1e9, 3],
        [Number.NaN, 1],
        [5, 5],
      ],
      id,
      id,
    );
    expect(g.px).toEqual([
      [0, 0],
      [1, 2],
      [1e4, 3],
    ]);
    expect(g.d).toBe('M0,0L1,2L10000,3');
  });
  it('pathPrefix(geometry, k) is the path through point k, clamped; a lone point is a dot', () => {
    const g = pathGeometry(
      [
        [0, 0],
        [1, 1],
        [2, 0],
      ],
      id,
      id,
    );
    expect(pathPrefix(g, 0)).toBe('M0,0l0,0');
    expect(pathPrefix(g, 1)).toBe('M0,0L1,1');
    expect(pathPrefix(g, 99)).toBe('M0,0L1,1L2,0');
    expect(pathPrefix(g, Number.NaN)).toBe('M0,0l0,0');
    expect(pathPrefix(pathGeometry([], id, id), 3)).toBe('');
  });
  it('markerPath(shape) is a closed outline for every shape', () => {
    for (const s of [
      'circle',
      'square',
      'diamond',
      'triangle',
      'triangle-down',
      'cross',
      'star',
    ] as const) {
      expect(markerPath(s)).toMatch(/^M.*Z$/);
      expect(markerPath(s)).not.toMatch(/NaN/);
    }
  });
  it('LANDSCAPE_MARGIN leaves room for the axes', () => {
    expect(LANDSCAPE_MARGIN.left).toBeGreaterThan(30);
  });
});
