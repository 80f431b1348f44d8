import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CUSTOM_LOSS_ASPECT, customLossPanel } from '~/charts/customLossChart';
import { fmt, fmtSig } from '~/lib/format';
import { CopyLinkButton, PlotFigure, Select, WidgetFrame, type ChartContext } from '../kit';
import {
  CUSTOM_PRESET,
  PRESETS,
  VARIABLES,
  compareLosses,
  computeView,
  initialLabState,
  labStateFromUrl,
  labUrl,
  presetOf,
  variableSpec,
  withPreset,
  withVariable,
  type LabSample,
  type LabState,
  type LabVariable,
  type LabView,
} from './labState';
import type { TrainResult } from './train';
import type { FitPoint } from '~/charts/fitResultChart';

/** Width ÷ height of the training chart (FIT_RESULT_ASPECT, repeated to keep Plot's dot out of
 * the first load). */
const TRAIN_ASPECT = 16 / 10;

/** The training code and its chart, loaded on the first click of "Train with it". */
type TrainModules = [typeof import('./train'), typeof import('~/charts/fitResultChart')];
let trainModules: Promise<TrainModules> | undefined;
const loadTraining = (): Promise<TrainModules> =>
  (trainModules ??= Promise.all([import('./train'), import('~/charts/fitResultChart')]));
import './customLossLab.css';

/** Props of `CustomLossLab`. */
export interface CustomLossLabProps {
  /** Instance id: unique on the page, prefix of its element ids and URL parameters (`<id>.`). */
  readonly id: string;
}

const toPoints = (samples: readonly LabSample[], key: 'value' | 'derivative') =>
  samples.map((s) => ({ u: s.u, value: s[key] }));

/** The first view, for the default state; always compiles (a test pins the presets down). */
function firstView(): LabView {
  const result = computeView(initialLabState());
  if (!result.ok)
    throw new Error(`CustomLossLab: the default formula fails: ${result.error.message}`);
  return result.view;
}

/** "ŷ = 1.83·x + 0.21" for params [w, b]. */
function lineText(params: readonly number[]): string {
  const [w = 0, b = 0] = params;
  return `ŷ = ${fmt(w, 2)}·x ${b < 0 ? '−' : '+'} ${fmt(Math.abs(b), 2)}`;
}

/**
 * Type a loss in the residual r, the margin z or the probability p: the lab parses it with the
 * site's safe expression parser, differentiates it by autodiff, plots it and its derivative beside
 * a built-in, runs the checklist, and trains a small model with it. Settings live in the URL.
 */
export function CustomLossLab({ id }: CustomLossLabProps) {
  const prefix = `${id}.`;
  const [state, setState] = useState<LabState>(initialLabState);
  const [notices, setNotices] = useState<readonly string[]>([]);
  const [training, setTraining] = useState<TrainResult | null>(null);
  const [chartModule, setChartModule] = useState<TrainModules[1] | null>(null);
  const [busy, setBusy] = useState(false);
  const lastGood = useRef<LabView | null>(null);

  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (![...params.keys()].some((k) => k.startsWith(prefix))) return;
    const parsed = labStateFromUrl(params, prefix);
    setState(parsed.state);
    setNotices(parsed.notices);
  }, [prefix]);

  const result = useMemo(() => computeView(state), [state]);
  if (result.ok) lastGood.current = result.view;
  const view = lastGood.current ?? firstView();
  const spec = variableSpec(view.state.variable);
  const inputSpec = variableSpec(state.variable);

  // The last good state goes to the address bar, debounced; never on the first render.
  const goodState = view.state;
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const timer = setTimeout(() => {
      const next = labUrl(window.location.href, goodState, prefix);
      if (next !== window.location.href)
        window.history.replaceState(window.history.state, '', next);
    }, 250);
    return () => clearTimeout(timer);
  }, [goodState, prefix]);

  // The panels redraw with the view, in the same frame (two small SVG rebuilds, about a
  // millisecond); deferring them a frame made every keystroke cost two.
  const drawn = view;
  const drawnSpec = variableSpec(drawn.state.variable);
  const compareName = drawn.compare.name;
  const lossChart = useCallback(
    (ctx: ChartContext) =>
      customLossPanel({
        curves: [
          { points: toPoints(drawn.builtin, 'value'), stroke: 'var(--fg-soft)', strokeWidth: 2 },
          { points: toPoints(drawn.samples, 'value'), stroke: 'var(--accent)' },
        ],
        domain: { min: drawnSpec.min, max: drawnSpec.max, label: drawnSpec.axis },
        yLabel: 'Loss ℓ',
        width: ctx.width,
        className: 'cll-chart',
        idPrefix: `${id}-loss`,
        ariaLabel: `Your loss ${drawn.expression.source} and ${compareName} against ${drawnSpec.axis}`,
        ...(ctx.document !== undefined && { document: ctx.document }),
      }),
    [drawn, drawnSpec, id, compareName],
  );
  const derivativeChart = useCallback(
    (ctx: ChartContext) =>
      customLossPanel({
        curves: [
          {
            points: toPoints(drawn.builtin, 'derivative'),
            stroke: 'var(--fg-soft)',
            strokeWidth: 2,
            dashed: true,
          },
          { points: toPoints(drawn.samples, 'derivative'), stroke: 'var(--warn)', dashed: true },
        ],
        domain: { min: drawnSpec.min, max: drawnSpec.max, label: drawnSpec.axis },
        yLabel: 'Derivative ℓ′',
        width: ctx.width,
        className: 'cll-chart',
        idPrefix: `${id}-deriv`,
        ariaLabel: `Derivatives of your loss and of ${compareName} against ${drawnSpec.axis}`,
        ...(ctx.document !== undefined && { document: ctx.document }),
      }),
    [drawn, drawnSpec, id, compareName],
  );

  const trainChart = useCallback(
    (ctx: ChartContext) => {
      const t = training!;
      const fitResultChart = chartModule!.fitResultChart;
      const classify = t.variable !== 'r';
      const points: FitPoint[] = t.data.x.map((x, i) =>
        classify
          ? {
              x: (x as readonly number[])[0]!,
              y: (x as readonly number[])[1]!,
              group: (t.data.y[i]! > 0 ? 1 : 0) as 0 | 1,
            }
          : { x: x as number, y: t.data.y[i]!, group: t.outliers[i] ? 2 : 0 },
      );
      return fitResultChart({
        points,
        lines: [
          { params: t.baseline.result.params, stroke: 'var(--fg-soft)', dashed: true },
          { params: t.custom.result.params, stroke: 'var(--accent)' },
        ],
        xLabel: classify ? 'Feature x₁' : 'x',
        yLabel: classify ? 'Feature x₂' : 'y',
        width: ctx.width,
        className: 'cll-chart',
        idPrefix: `${id}-fit`,
        ariaLabel: classify
          ? `Decision boundaries trained with your loss and with ${t.reference.name}`
          : `Lines fitted with your loss and with ${t.reference.name}`,
        ...(ctx.document !== undefined && { document: ctx.document }),
      });
    },
    [training, chartModule, id],
  );

  const error = result.ok ? null : result.error;
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const caretAt = error ? Math.max(0, Math.min(error.index, state.formula.length)) : 0;
  const preset = presetOf(state);
  const presetNote = PRESETS.find((p) => p.id === preset)?.note;
  const stale = training !== null && training.formula !== view.expression.source;

  return (
    <WidgetFrame name="CustomLossLab" id={id} label="Custom loss lab" class="cll">
      <div class="widget-controls">
        <Select
          id={`${id}-variable`}
          label="Variable"
          value={state.variable}
          options={VARIABLES.map((v) => ({ value: v.id, label: v.label }))}
          onChange={(v) => setState((s) => withVariable(s, v as LabVariable))}
        />
        <Select
          id={`${id}-preset`}
          label="Preset"
          value={preset}
          options={[
            ...PRESETS.map((p) => ({ value: p.id, label: `${p.label} (${p.variable})` })),
            { value: CUSTOM_PRESET, label: 'Your own (typed)' },
          ]}
          onChange={(p) => setState((s) => withPreset(s, p))}
        />
        <Select
          id={`${id}-compare`}
          label="Compare with"
          value={state.compare}
          options={compareLosses(state.variable).map((e) => ({ value: e.id, label: e.name }))}
          onChange={(c) => setState((s) => ({ ...s, compare: c }))}
        />
      </div>
      <div class="cll-formula">
        <label for={`${id}-formula`}>Loss formula</label>
        <input
          id={`${id}-formula`}
          type="text"
          value={state.formula}
          spellcheck={false}
          autocomplete="off"
          autocapitalize="off"
          maxLength={600}
          data-main-control=""
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? `${errorId} ${helpId}` : helpId}
          onInput={(e) => {
            const formula = e.currentTarget.value;
            setState((s) => ({ ...s, formula }));
          }}
        />
        <p id={helpId} class="cll-help">
          In <i>{inputSpec.id}</i>: {inputSpec.definition} Operators + − * / ^, functions abs, max,
          min, clamp, relu, exp, log, log1p, sqrt, softplus, sigmoid, tanh; constants pi, e.
        </p>
        {error && (
          <div id={errorId} class="cll-error" role="status">
            <p>
              {error.message}. The plots still show the last formula that worked:{' '}
              <code>{view.expression.source}</code>.
            </p>
            {result.ok === false && result.parse && (
              <pre class="cll-caret" aria-label={`Position ${caretAt + 1} of the formula`}>
                {state.formula}
                {'\n'}
                {' '.repeat(caretAt)}^
              </pre>
            )}
          </div>
        )}
        {!error && presetNote && <p class="cll-note">{presetNote}</p>}
      </div>
      <div class="cll-panels">
        <PlotFigure chart={lossChart} aspect={CUSTOM_LOSS_ASPECT} serverWidth={400} />
        <PlotFigure chart={derivativeChart} aspect={CUSTOM_LOSS_ASPECT} serverWidth={400} />
      </div>
      <p class="cll-legend">
        <span>
          <span class="kit-swatch" style={{ color: 'var(--accent)' }} aria-hidden="true" />
          your loss <code>{view.expression.source}</code>
        </span>
        <span>
          <span class="kit-swatch dashed" style={{ color: 'var(--warn)' }} aria-hidden="true" />
          its derivative (autodiff)
        </span>
        <span>
          <span class="kit-swatch" style={{ color: 'var(--fg-soft)' }} aria-hidden="true" />
          {compareName} (built-in)
        </span>
      </p>
      {view.note && (
        <p class="widget-notice" role="status">
          {view.note}
        </p>
      )}
      <p class="cll-heading" id={`${id}-checks-title`}>
        On {fmt(spec.min, spec.min % 1 === 0 ? 0 : 2)} ≤ {spec.id} ≤{' '}
        {fmt(spec.max, spec.max % 1 === 0 ? 0 : 2)}, your loss is…
      </p>
      <ul class="cll-checks" aria-labelledby={`${id}-checks-title`}>
        {view.checks.map((c) => (
          <li key={c.id} class={c.pass ? 'pass' : 'fail'} data-check={c.id}>
            <span class="cll-mark" aria-hidden="true">
              {c.pass ? '✓' : '✗'}
            </span>
            <span>
              <strong>
                {c.label}: {c.pass ? 'yes' : 'no'}
              </strong>{' '}
              — {c.reason}
            </span>
          </li>
        ))}
      </ul>
      <div class="cll-train">
        <button
          type="button"
          class="kit-button"
          aria-busy={busy ? 'true' : 'false'}
          onClick={() => {
            const { expression } = view;
            const variable = view.state.variable;
            setBusy(true);
            void loadTraining()
              .then(([train, chart]) => {
                setChartModule(chart);
                setTraining(train.trainWith(expression, variable));
              })
              .catch(() => setTraining(null))
              .finally(() => setBusy(false));
          }}
        >
          {busy ? 'Training…' : 'Train with it'}
        </button>
        <span class="cll-help">Fits {spec.trainWords}.</span>
      </div>
      {training && chartModule && (
        <div class="cll-trained" aria-live="polite">
          <p class="cll-help">
            Trained with <code>{training.formula}</code> (Adam, 150 epochs, full batch)
            {stale ? '; the formula has changed since, so train again to update.' : '.'}
          </p>
          <PlotFigure chart={trainChart} aspect={TRAIN_ASPECT} />
          <div class="kit-readouts">
            {training.variable === 'r' ? (
              <>
                <p class="kit-readout">
                  <span class="kit-swatch" style={{ color: 'var(--accent)' }} aria-hidden="true" />
                  Your loss:{' '}
                  <output id={`${id}-fit-custom`}>{lineText(training.custom.result.params)}</output>
                </p>
                <p class="kit-readout">
                  <span
                    class="kit-swatch dashed"
                    style={{ color: 'var(--fg-soft)' }}
                    aria-hidden="true"
                  />
                  {training.reference.name}:{' '}
                  <output id={`${id}-fit-ref`}>{lineText(training.baseline.result.params)}</output>
                </p>
              </>
            ) : (
              <>
                <p class="kit-readout">
                  <span class="kit-swatch" style={{ color: 'var(--accent)' }} aria-hidden="true" />
                  Your loss, accuracy:{' '}
                  <output>{fmt(100 * (training.custom.accuracy ?? 0), 1)} %</output>
                </p>
                <p class="kit-readout">
                  <span
                    class="kit-swatch dashed"
                    style={{ color: 'var(--fg-soft)' }}
                    aria-hidden="true"
                  />
                  {training.reference.name}, accuracy:{' '}
                  <output>{fmt(100 * (training.baseline.accuracy ?? 0), 1)} %</output>
                </p>
              </>
            )}
          </div>
          <p class="cll-help">
            Your loss: {training.custom.result.message} {training.reference.name}:{' '}
            {training.baseline.result.message}
            {training.variable === 'r' &&
              ' The data follow y = 2x plus noise; the red diamonds are the outliers.'}
          </p>
          {training.custom.result.stop === 'diverged' && (
            <p class="widget-notice" role="status">
              Training with your loss diverged; the line drawn is the last finite one (training loss
              there {fmtSig(training.custom.result.trace.at(-1)?.trainLoss ?? 0)}).
            </p>
          )}
        </div>
      )}
      {notices.length > 0 && (
        <p class="widget-notice" role="status">
          Some settings in the link could not be used. {notices.join(' ')}
        </p>
      )}
      <div class="widget-footer">
        <span class="cll-help">
          Parsed by the site’s own parser: nothing you type is run as code.
        </span>
        <CopyLinkButton id={id} getUrl={() => labUrl(window.location.href, view.state, prefix)} />
      </div>
    </WidgetFrame>
  );
}

export default CustomLossLab;
