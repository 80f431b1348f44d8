import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import {
  LOSS_SURFACE_ASPECT,
  applyLossSurfaceState,
  lossSurfaceBase,
  type LossSurfaceSvg,
} from '~/charts/lossSurface1DChart';
import { fmt, fmtSig } from '~/lib/format';
import {
  CopyLinkButton,
  PlotFigure,
  Readout,
  Slider,
  WidgetFrame,
  urlWithState,
  useUrlWriter,
  type ChartContext,
} from '../kit';
import {
  LEARNING_RATES,
  LS_DEFAULTS,
  LS_SCHEMA,
  MAX_STEPS,
  W_MAX,
  W_MIN,
  W_MINIMUM,
  W_STEP,
  clampW,
  currentOf,
  describeWalk,
  descentPath,
  formatUpdate,
  nextPoint,
  lossSurfaceCurve,
  lrIndex,
  settingsFromUrl,
  toUrl,
  type LossSurfaceSettings,
} from './lossSurfaceState';
import './lossSurface1D.css';

/** Props of `LossSurface1D`. */
export interface LossSurface1DProps {
  /** Instance id: unique on the page, prefix of its element ids and URL parameters (`<id>.`). */
  readonly id: string;
}

const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  PageDown: -10,
  PageUp: 10,
};

/**
 * The loss of the one-weight model ŷ = w·x on 20 points against w: move w, read the loss and the
 * gradient, pick a learning rate and take gradient-descent steps, with the update's numbers
 * plugged in and overshoot and divergence said in words.
 */
export function LossSurface1D({ id }: LossSurface1DProps) {
  const prefix = `${id}.`;
  const [settings, setSettings] = useState<LossSurfaceSettings>(LS_DEFAULTS);
  const [notices, setNotices] = useState<readonly string[]>([]);

  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (![...params.keys()].some((k) => k.startsWith(prefix))) return;
    const parsed = settingsFromUrl(params, prefix);
    setSettings(parsed.settings);
    setNotices(parsed.notices);
  }, [prefix]);

  const flat = useMemo(() => toUrl(settings), [settings]);
  useUrlWriter(LS_SCHEMA, flat, prefix);

  const { w0, lr, steps } = settings;
  const path = useMemo(() => descentPath(w0, lr, steps), [w0, lr, steps]);
  const current = useMemo(() => currentOf(path), [path]);
  const canStep = path.stopped === null;
  // Where the next step would land: the same SGD update the walk uses.
  const next = useMemo(
    () => (path.stopped === null ? nextPoint(current, lr) : null),
    [path, current, lr],
  );
  const last = path.steps[path.steps.length - 1];
  const message = describeWalk(path, lr);

  const curve = useMemo(() => lossSurfaceCurve(), []);
  const chart = useCallback(
    (ctx: ChartContext) =>
      lossSurfaceBase({
        points: curve,
        domain: { min: W_MIN, max: W_MAX, label: 'Weight w' },
        ...(W_MINIMUM !== undefined && { minimum: W_MINIMUM }),
        width: ctx.width,
        className: 'ls1-chart',
        idPrefix: id,
        ariaLabel: 'Mean squared error of ŷ = w·x on 20 points against the weight w',
        ...(ctx.document !== undefined && { document: ctx.document }),
      }),
    [curve, id],
  );
  const description =
    `At w = ${fmt(current.w, 3)} the loss is ${fmtSig(current.loss)} and ∂L/∂w = ${fmtSig(current.slope)}. ` +
    `${path.steps.length} steps taken. ${message}`;
  const pathPoints = useMemo(
    () => [
      { w: path.start.w, loss: path.start.loss },
      ...path.steps.map((s) => ({ w: s.to, loss: s.lossTo })),
    ],
    [path],
  );
  const update = useCallback(
    (svg: LossSurfaceSvg) =>
      applyLossSurfaceState(svg, {
        current,
        path: pathPoints,
        next: next && { w: next.w, loss: next.loss },
        ariaDescription: description,
      }),
    [current, pathPoints, next, description],
  );

  const setW = (w: number) => setSettings((s) => ({ ...s, w0: clampW(w), steps: 0 }));
  const onChartKey = (e: KeyboardEvent) => {
    let target: number | undefined;
    if (e.key === 'Home') target = W_MIN;
    else if (e.key === 'End') target = W_MAX;
    else if (KEY_STEPS[e.key] !== undefined)
      target = current.w + KEY_STEPS[e.key]! * W_STEP * (e.shiftKey ? 10 : 1);
    if (target === undefined) return;
    e.preventDefault();
    setW(target);
  };

  return (
    <WidgetFrame name="LossSurface1D" id={id} label="Loss against one weight" class="ls1">
      <PlotFigure
        chart={chart}
        update={update}
        aspect={LOSS_SURFACE_ASPECT}
        focusLabel="Chart of the loss against w: drag, or use the arrow keys, to move w"
        onKeyDown={onChartKey}
        onPointerX={setW}
      />
      <div class="widget-controls">
        <Slider
          id={`${id}-w`}
          label="Weight w"
          value={current.w}
          min={W_MIN}
          max={W_MAX}
          step={W_STEP}
          format={(x) => fmt(x, 2)}
          valueText={`${fmt(current.w, 2)}, loss ${fmtSig(current.loss)}`}
          mainControl
          onInput={setW}
        />
        <Slider
          id={`${id}-lr`}
          label="Learning rate η"
          value={lrIndex(lr)}
          min={0}
          max={LEARNING_RATES.length - 1}
          step={1}
          format={() => String(lr)}
          valueText={String(lr)}
          onInput={(i) => setSettings((s) => ({ ...s, lr: LEARNING_RATES[Math.round(i)] ?? s.lr }))}
        />
      </div>
      <div class="kit-readouts">
        <Readout
          id={`${id}-loss`}
          label="Loss L(w)"
          value={current.loss}
          swatch={{ color: 'var(--accent)' }}
        />
        <Readout id={`${id}-grad`} label="Gradient ∂L/∂w" value={current.slope} />
        <Readout
          id={`${id}-steps`}
          label="Steps"
          value={path.steps.length}
          format={(n) => String(n)}
        />
      </div>
      <p class="ls1-downhill">
        {Math.abs(current.slope) > 1e-9 && (
          <span class="ls1-arrow" aria-hidden="true">
            {current.slope > 0 ? '←' : '→'}
          </span>
        )}
        {Math.abs(current.slope) > 1e-9
          ? `∂L/∂w is ${current.slope > 0 ? 'positive' : 'negative'}: the loss rises to the ${current.slope > 0 ? 'right' : 'left'}, so downhill is to the ${current.slope > 0 ? 'left' : 'right'}.`
          : 'The gradient is 0 here: no downhill direction.'}
      </p>
      <div class="ls1-actions">
        <button
          type="button"
          class="kit-button ls1-step"
          disabled={!canStep}
          onClick={() => setSettings((s) => ({ ...s, steps: Math.min(MAX_STEPS, s.steps + 1) }))}
        >
          Take a step
        </button>
        <button
          type="button"
          class="kit-button"
          onClick={() => setSettings((s) => ({ ...s, w0: LS_DEFAULTS.w0, steps: 0 }))}
        >
          Reset
        </button>
        <p class="ls1-update" data-readout>
          {last ? (
            <>
              <span class="ls1-update-label">Step {path.steps.length}:</span>{' '}
              <code>{formatUpdate(last, lr)}</code>
            </>
          ) : next ? (
            <>
              <span class="ls1-update-label">Next step:</span>{' '}
              <code>{formatUpdate({ from: current.w, grad: current.slope, to: next.w }, lr)}</code>
            </>
          ) : null}
        </p>
      </div>
      <p
        id={`${id}-message`}
        class={path.stopped === 'left' ? 'ls1-message ls1-warn' : 'ls1-message'}
        role="status"
      >
        {message}
      </p>
      {notices.length > 0 && (
        <p class="widget-notice" role="status">
          Some settings in the link could not be used. {notices.join(' ')}
        </p>
      )}
      <div class="widget-footer">
        <span class="ls1-note">
          Data: 20 points about y = 2x; model ŷ = w·x; mean squared error.
        </span>
        <CopyLinkButton
          id={id}
          getUrl={() => urlWithState(window.location.href, LS_SCHEMA, flat, prefix)}
        />
      </div>
    </WidgetFrame>
  );
}

export default LossSurface1D;
