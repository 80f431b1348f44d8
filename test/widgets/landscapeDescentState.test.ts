import { describe, expect, it } from 'vitest';
import { createLandscape, createOptimizer, descend } from '~/compute';
import {
  LR_CHOICES,
  RACERS,
  RACE_STEPS,
  clampStart,
  initialState,
  landscapeOf,
  maybeLandscape,
  maybeRacers,
  nearestLr,
  optimizerOptions,
  racerAt,
  racerOf,
  runRace,
  stateFromUrl,
  stateLines,
  stateToUrl,
  withLandscape,
  withParam,
  withRacer,
} from '~/widgets/LandscapeDescent/landscapeDescentState';

const on = maybeRacers(['sgd', 'momentum', 'adam', 'rmsprop']);

describe('landscapeDescentState', () => {
  it('maybeRacers(ids) keeps known ids in RACERS order; maybeLandscape falls back', () => {
    expect(maybeRacers(['adam', 'bogus', 'sgd'])).toEqual(['sgd', 'adam']);
    expect(maybeRacers(undefined)).toEqual(['sgd', 'momentum', 'rmsprop', 'adam']);
    expect(maybeLandscape('beale')).toBe('beale');
    expect(maybeLandscape('nope', 'bowl')).toBe('bowl');
  });

  it('momentum and Nesterov are SGD with momentum 0.9, without and with the Nesterov flag', () => {
    const s = initialState('rosenbrock', on);
    const mom = racerOf('momentum');
    const nes = racerOf('nesterov');
    expect(mom.kind).toBe('sgd');
    expect(optimizerOptions(mom, s.racers.momentum)).toEqual({ momentum: 0.9, lr: mom.lr });
    expect(optimizerOptions(nes, s.racers.nesterov)).toEqual({
      nesterov: true,
      momentum: 0.9,
      lr: nes.lr,
    });
  });

  it('runRace(landscape, start, racers) is descend for each racer that is on', () => {
    const s = initialState('rosenbrock', on);
    const l = landscapeOf(s);
    const runs = runRace(l, s.start, s.racers);
    expect(runs.map((r) => r.racer.id)).toEqual(['sgd', 'momentum', 'rmsprop', 'adam']);
    const adam = descend(l, l.defaultStart, createOptimizer('adam', { lr: 0.1 }), RACE_STEPS);
    const mine = runs.find((r) => r.racer.id === 'adam')!;
    expect(mine.result.path.length).toBe(adam.path.length);
    expect(mine.points.at(-1)).toEqual(adam.path.at(-1)!.params);
  });

  it('racerAt(run, step) holds at the last point and shows descend’s message at the end', () => {
    let s = initialState('rosenbrock', ['sgd']);
    s = withRacer(s, 'sgd', { lr: 0.05 }); // diverges within a few steps
    const l = landscapeOf(s);
    const [run] = runRace(l, s.start, s.racers);
    const expected = descend(l, l.defaultStart, createOptimizer('sgd', { lr: 0.05 }), RACE_STEPS);
    expect(expected.stopped).toBe('diverged');
    const last = expected.path.at(-1)!;
    const early = racerAt(run!, 0, l);
    expect([early.w1, early.w2, early.message]).toEqual([-1.2, 1, '']);
    const end = racerAt(run!, 200, l);
    expect([end.step, end.w1, end.w2, end.loss]).toEqual([
      last.step,
      last.params[0],
      last.params[1],
      last.value,
    ]);
    expect(end.stopped).toBe('diverged');
    expect(end.message).toBe(expected.message);
    expect(Number.isFinite(end.loss)).toBe(true);
  });

  it('stateLines(state) names the buffers: velocity, squared-gradient average, moments', () => {
    const s = initialState('bowl', ['momentum', 'rmsprop', 'adam', 'sgd']);
    const l = landscapeOf(s);
    const runs = runRace(l, s.start, s.racers);
    const at = (id: string, step: number) =>
      stateLines(
        racerAt(
          runs.find((r) => r.racer.id === id)!,
          step,
          l,
        ).state,
      );
    expect(at('sgd', 5)).toEqual([]);
    expect(at('momentum', 0)[0]!.text).toBe('not set until the first step');
    expect(at('momentum', 1)[0]!.label).toBe('Velocity b');
    expect(at('rmsprop', 3).map((x) => x.label)).toEqual(['Squared-gradient average v']);
    expect(at('adam', 3).map((x) => x.label)).toEqual(['First moment m', 'Second moment v']);
  });

  it('nearestLr(lr) snaps to LR_CHOICES on a log scale', () => {
    expect(nearestLr(0.0021)).toBe(0.002);
    expect(nearestLr(7)).toBe(1);
    expect(nearestLr(-1)).toBe(LR_CHOICES[0]);
    for (const r of RACERS) expect(LR_CHOICES).toContain(r.lr);
  });

  it('withLandscape / withParam / clampStart keep everything in range', () => {
    let s = initialState('rosenbrock', on);
    s = withParam(s, 'b', 1e6);
    expect(s.params['b']).toBe(200);
    s = withLandscape(s, 'bowl');
    expect(s.params).toEqual({ kappa: 10, angle: 0 });
    expect(s.start).toEqual(createLandscape('bowl').defaultStart);
    expect(clampStart(landscapeOf(s), [99, Number.NaN])).toEqual([3, 2]);
  });

  it('stateToUrl / stateFromUrl round-trip, writing only non-default values', () => {
    let s = initialState('rosenbrock', on);
    s = withLandscape(s, 'bowl');
    s = withParam(s, 'kappa', 40);
    s = { ...s, start: [1.25, -2], step: 17 };
    s = withRacer(s, 'adam', { on: false });
    s = withRacer(s, 'nesterov', { on: true, lr: 0.01, hyper: { momentum: 0.8 } });
    const params = stateToUrl(s, 'race.', 'rosenbrock', on);
    expect(params.toString()).toBe(
      'race.landscape=bowl&race.kappa=40&race.x=1.25&race.y=-2&race.nesterov=1&race.nesterov.lr=0.01&race.nesterov.momentum=0.8&race.adam=0&race.step=17',
    );
    const back = stateFromUrl(params, 'race.', 'rosenbrock', on);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual(s);
  });

  it('stateFromUrl never throws: bad values fall back with notices', () => {
    const params = new URLSearchParams(
      'race.landscape=<x>&race.a=abc&race.x=1e999&race.sgd.lr=7&race.step=-5&race.adam=2',
    );
    const { state, notices } = stateFromUrl(params, 'race.', 'rosenbrock', on);
    expect(state).toEqual(initialState('rosenbrock', on));
    expect(notices.length).toBe(6);
  });
});
