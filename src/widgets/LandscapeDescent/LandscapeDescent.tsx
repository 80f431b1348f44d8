import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { landscapeGrid, type LandscapeId } from '~/compute';
import {
  LANDSCAPE_ASPECT,
  applyLandscapeRace,
  landscapeBase,
  type LandscapeRacer,
  type LandscapeSvg,
} from '~/charts/landscapeChart';
import { markerPath } from '~/charts/landscapePaths';
import { fmt, fmtSig } from '~/lib/format';
import {
  Checkbox,
  CopyLinkButton,
  PlotFigure,
  Player,
  Readout,
  Select,
  Slider,
  decimalsForStep,
  urlWithState,
  useUrlWriter,
  type ChartContext,
} from '../kit';
import {
  GRID_SIZE,
  LR_CHOICES,
  NO_STATE_TEXT,
  RACERS,
  RACE_STEPS,
  START_STEP,
  clampStart,
  formatPair,
  initialState,
  landscapeMenu,
  landscapeOf,
  maybeLandscape,
  maybeRacers,
  racerAt,
  runRace,
  stateFromUrl,
  stateLines,
  toFlat,
  urlSchema,
  withLandscape,
  withParam,
  withRacer,
  type LandscapeDescentState,
  type Racer,
  type RacerId,
} from './landscapeDescentState';
import './landscapeDescent.css';

/** Props of `LandscapeDescent`. */
export interface LandscapeDescentProps {
  /** Instance id: unique on the page, prefix of its element ids and URL parameters (`<id>.`). */
  readonly id: string;
  /** The landscape shown first (default 'rosenbrock'). */
  readonly landscape?: LandscapeId;
  /**
   * The optimizers racing at first: 'sgd', 'momentum' and 'nesterov' (SGD with momentum 0.9,
   * without / with Nesterov), 'adagrad', 'rmsprop', 'adam', 'adamw'. The others can be switched
   * on. Default: SGD, momentum, RMSprop, Adam.
   */
  readonly optimizers?: readonly string[];
}

/** Arrow keys on the focused chart move the start by START_STEP (Shift: 5×). */
const KEY_MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

const LATEX_PLAIN: Readonly<Record<string, string>> = { '\\kappa': 'κ', '\\theta': 'θ' };

/** A racer's key: its dash and head marker in its colour. */
function RacerKey({ racer }: { racer: Racer }) {
  return (
    <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="7"
        x2="27"
        y2="7"
        stroke={racer.color}
        stroke-width="2.5"
        stroke-linecap="round"
        {...(racer.dash && { 'stroke-dasharray': racer.dash })}
      />
      <path transform="translate(33,7)" d={markerPath(racer.marker, 9)} fill={racer.color} />
    </svg>
  );
}

/** Hidden text that completes an accessible name, e.g. 'Learning rate η' + ' (Adam)'. */
const Hidden = ({ children }: { children: string }) => (
  <span class="visually-hidden">{children}</span>
);

/**
 * Optimizers racing on a 2-D loss landscape: pick the landscape and its parameters, set the start
 * (click, or arrow keys on the focused chart), switch optimizers on and tune them, and step
 * through the race with the Player. Every path is computed once per settings change by
 * `descend`; the Player only redraws. Readouts per optimizer: w₁, w₂, loss, step and its
 * internal state; a diverging run says so in words and its path stops there.
 */
export function LandscapeDescent({ id, landscape, optimizers }: LandscapeDescentProps) {
  const defaultLandscape = maybeLandscape(landscape);
  const onKey = optimizers?.join(',') ?? '';
  // Keyed on the ids' text, so a new array with the same ids (every MDX render) changes nothing.
  const defaultOn = useMemo(() => maybeRacers(optimizers), [onKey]);
  const prefix = `${id}.`;
  const [state, setState] = useState<LandscapeDescentState>(() =>
    initialState(defaultLandscape, defaultOn),
  );
  const [notices, setNotices] = useState<readonly string[]>([]);

  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (![...params.keys()].some((k) => k.startsWith(prefix))) return;
    const parsed = stateFromUrl(params, prefix, defaultLandscape, defaultOn);
    setState(parsed.state);
    setNotices(parsed.notices);
  }, [prefix, defaultLandscape, defaultOn]);

  // Once per landscape / parameters: the landscape and its shaded grid.
  const land = useMemo(() => landscapeOf(state), [state.landscape, state.params]);
  const grid = useMemo(() => landscapeGrid(land, GRID_SIZE, GRID_SIZE), [land]);
  // Once per settings change: every racer's whole run.
  const runs = useMemo(
    () => runRace(land, state.start, state.racers),
    [land, state.start, state.racers],
  );
  const { step } = state;
  const views = runs.map((run) => racerAt(run, step, land));

  const binding = useMemo(
    () => ({
      schema: urlSchema(state.landscape, defaultLandscape, defaultOn),
      flat: toFlat(state),
    }),
    [state, defaultLandscape, defaultOn],
  );
  useUrlWriter(binding.schema, binding.flat, prefix);

  const chart = useCallback(
    (ctx: ChartContext) =>
      landscapeBase({
        grid,
        minima: land.minima,
        ...(land.saddlePoints !== undefined && { saddlePoints: land.saddlePoints }),
        width: ctx.width,
        className: 'ld-chart',
        idPrefix: id,
        ariaLabel: `${land.name}: loss over the weights w₁ and w₂, with the optimizers’ paths`,
        ...(ctx.document !== undefined && { document: ctx.document }),
      }),
    [grid, land, id],
  );
  const racersDrawn = useMemo<LandscapeRacer[]>(
    () =>
      runs.map((run) => ({
        id: run.racer.id,
        color: run.racer.color,
        dash: run.racer.dash,
        marker: run.racer.marker,
        points: run.points,
      })),
    [runs],
  );
  const description =
    `Start ${formatPair(state.start)}. ` +
    (runs.length === 0
      ? 'No optimizer is switched on.'
      : runs
          .map((run, k) => {
            const v = views[k]!;
            return `${run.racer.name} at step ${v.step}: ${formatPair([v.w1, v.w2])}, loss ${fmtSig(v.loss)}.`;
          })
          .join(' '));
  const start = state.start;
  const update = useCallback(
    (svg: LandscapeSvg) =>
      applyLandscapeRace(svg, { start, racers: racersDrawn, step, ariaDescription: description }),
    [start, racersDrawn, step, description],
  );

  const setStart = (x: number, y: number) =>
    setState((s) => ({ ...s, start: clampStart(landscapeOf(s), [x, y]) }));
  const onChartKey = (e: KeyboardEvent) => {
    const move = KEY_MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    const k = START_STEP * (e.shiftKey ? 5 : 1);
    setStart(state.start[0] + move[0] * k, state.start[1] + move[1] * k);
  };

  // Click or drag on the chart sets the start: the pointer's pixel through the chart's scales.
  const figure = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const pointerTo = (e: PointerEvent) => {
    const svg = figure.current?.querySelector('svg') as LandscapeSvg | null | undefined;
    const sx = svg?.scale?.('x');
    const sy = svg?.scale?.('y');
    if (!svg || !sx?.invert || !sy?.invert) return;
    const rect = svg.getBoundingClientRect();
    const k = rect.width > 0 ? Number(svg.getAttribute('width')) / rect.width : 1;
    const x = Number(sx.invert((e.clientX - rect.left) * k));
    const y = Number(sy.invert((e.clientY - rect.top) * k));
    if (Number.isFinite(x) && Number.isFinite(y)) setStart(x, y);
  };

  const setStep = useCallback((s: number) => setState((prev) => ({ ...prev, step: s })), []);
  const menu = useMemo(() => landscapeMenu(), []);

  return (
    <div
      id={id}
      class="widget ld"
      data-widget="LandscapeDescent"
      data-race
      data-pagefind-ignore
      role="group"
      aria-label="Optimizers racing on a loss landscape"
    >
      <div class="widget-controls">
        <Select
          id={`${id}-landscape`}
          label="Landscape"
          value={state.landscape}
          options={menu}
          onChange={(v) => setState((s) => withLandscape(s, maybeLandscape(v, s.landscape)))}
        />
        {land.parameters.map((p) => (
          <Slider
            key={`${state.landscape}-${p.id}`}
            id={`${id}-param-${p.id}`}
            label={
              p.name === p.id
                ? `Parameter ${p.name}`
                : `${p.name} ${LATEX_PLAIN[p.latex] ?? ''}`.trim()
            }
            value={land.params[p.id] ?? p.default}
            min={p.min}
            max={p.max}
            step={p.step}
            format={(x) => fmt(x, decimalsForStep(p.step))}
            onInput={(x) => setState((s) => withParam(s, p.id, x))}
          />
        ))}
      </div>
      <div
        class="ld-figure"
        ref={figure}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          dragging.current = true;
          try {
            e.currentTarget.setPointerCapture(e.pointerId);
          } catch {
            // A synthetic pointer cannot be captured; clicking still works.
          }
          pointerTo(e);
        }}
        onPointerMove={(e) => {
          if (dragging.current) pointerTo(e);
        }}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
      >
        <PlotFigure
          chart={chart}
          update={update}
          aspect={LANDSCAPE_ASPECT}
          focusLabel={`Chart of the ${land.name}: click, or use the arrow keys, to move the start point`}
          onKeyDown={onChartKey}
        />
      </div>
      <p class="ld-key">
        Start ○ at{' '}
        <output id={`${id}-start`}>
          ({fmt(state.start[0], 2)}, {fmt(state.start[1], 2)})
        </output>
        {land.minima.length > 0 ? ' · × minimum' : ''}
        {land.saddlePoints?.length ? ' · ◇ saddle point' : ''} · shading: loss on a log scale,
        contours every half decade
      </p>
      <Player
        id={id}
        step={step}
        maxStep={RACE_STEPS}
        onStep={setStep}
        label="Race player"
        mainControl
      />
      <fieldset class="ld-optimizers">
        <legend>Optimizers</legend>
        <div class="ld-toggles">
          {RACERS.map((r) => (
            <Checkbox
              key={r.id}
              id={`${id}-on-${r.id}`}
              label={
                <>
                  <RacerKey racer={r} /> {r.name}
                </>
              }
              checked={state.racers[r.id].on}
              onChange={(on) => setState((s) => withRacer(s, r.id, { on }))}
            />
          ))}
        </div>
      </fieldset>
      {runs.length === 0 && (
        <p class="ld-note">Switch on at least one optimizer to start the race.</p>
      )}
      <div class="ld-racers">
        {runs.map((run, k) => {
          const r = run.racer;
          const v = views[k]!;
          const s = state.racers[r.id];
          const lrIndex = Math.max(0, LR_CHOICES.indexOf(s.lr as (typeof LR_CHOICES)[number]));
          const set = (change: Parameters<typeof withRacer>[2]) =>
            setState((st) => withRacer(st, r.id as RacerId, change));
          const base = `${id}-${r.id}`;
          const lines = stateLines(v.state);
          return (
            <section
              key={r.id}
              class="ld-card"
              style={`--ld-color: ${r.color}`}
              aria-labelledby={`${base}-name`}
            >
              <p class="ld-card-title" id={`${base}-name`}>
                <RacerKey racer={r} />
                {r.name}
              </p>
              <Slider
                id={`${base}-lr`}
                label={
                  <>
                    Learning rate η<Hidden>{` (${r.name})`}</Hidden>
                  </>
                }
                value={lrIndex}
                min={0}
                max={LR_CHOICES.length - 1}
                step={1}
                format={(i) => String(LR_CHOICES[i] ?? s.lr)}
                valueText={String(s.lr)}
                onInput={(i) => set({ lr: LR_CHOICES[Math.round(i)] ?? s.lr })}
              />
              {r.hyper.map((h) => (
                <Slider
                  key={h.key}
                  id={`${base}-${h.key}`}
                  label={
                    <>
                      {h.label}
                      <Hidden>{` (${r.name})`}</Hidden>
                    </>
                  }
                  value={s.hyper[h.key] ?? h.default}
                  min={h.min}
                  max={h.max}
                  step={h.step}
                  format={(x) => fmt(x, decimalsForStep(h.step))}
                  onInput={(x) => set({ hyper: { [h.key]: x } })}
                />
              ))}
              <div class="kit-readouts">
                <Readout
                  id={`${base}-w1`}
                  label={
                    <>
                      <Hidden>{`${r.name} `}</Hidden>w₁
                    </>
                  }
                  value={v.w1}
                />
                <Readout
                  id={`${base}-w2`}
                  label={
                    <>
                      <Hidden>{`${r.name} `}</Hidden>w₂
                    </>
                  }
                  value={v.w2}
                />
                <Readout
                  id={`${base}-loss`}
                  label={
                    <>
                      <Hidden>{`${r.name} `}</Hidden>loss
                    </>
                  }
                  value={v.loss}
                />
                <Readout
                  id={`${base}-step`}
                  label={
                    <>
                      <Hidden>{`${r.name} `}</Hidden>step
                    </>
                  }
                  value={v.step}
                  format={(x) => fmt(x, 0)}
                />
              </div>
              <div class="ld-state">
                {lines.length === 0 ? (
                  <div class="kit-readout">
                    <label for={`${base}-state`}>
                      <Hidden>{`${r.name} `}</Hidden>State
                    </label>
                    <output id={`${base}-state`}>{NO_STATE_TEXT}</output>
                  </div>
                ) : (
                  lines.map((line) => (
                    <div class="kit-readout" key={line.key}>
                      <label for={`${base}-${line.key}`}>
                        <Hidden>{`${r.name} `}</Hidden>
                        {line.label}
                      </label>
                      <output id={`${base}-${line.key}`}>{line.text}</output>
                    </div>
                  ))
                )}
              </div>
              {v.offPlot && v.message === '' && (
                <p class="ld-note">The point is outside the plotted region.</p>
              )}
              {v.message !== '' && v.stopped !== 'max-steps' && (
                <p class="ld-stop" data-stopped={v.stopped}>
                  {v.message}
                </p>
              )}
            </section>
          );
        })}
      </div>
      {notices.length > 0 && (
        <p class="widget-notice" role="status">
          Some settings in the link could not be used. {notices.join(' ')}
        </p>
      )}
      <div class="widget-footer">
        <span class="ld-note">
          Paths are computed by <code>descend</code> for {RACE_STEPS} steps at most.
        </span>
        <CopyLinkButton
          id={id}
          getUrl={() => urlWithState(window.location.href, binding.schema, binding.flat, prefix)}
        />
      </div>
    </div>
  );
}

export default LandscapeDescent;
