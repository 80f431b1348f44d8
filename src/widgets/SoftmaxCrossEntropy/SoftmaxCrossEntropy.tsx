import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import {
  SOFTMAX_BARS_ASPECT,
  SOFTMAX_BAR_SERIES,
  applySoftmaxBars,
  softmaxBarsBase,
  type SoftmaxBarsSvg,
} from '~/charts/softmaxBarsChart';
import { fmt, fmtSig } from '~/lib/format';
import {
  CopyLinkButton,
  PlotFigure,
  Readout,
  Select,
  Slider,
  WidgetFrame,
  urlWithState,
  useUrlWriter,
  type ChartContext,
} from '../kit';
import { LogitControl } from './LogitControl';
import {
  MAX_CLASSES,
  MIN_CLASSES,
  SMOOTHING,
  TEMPERATURE,
  initialSoftmaxState,
  softmaxFromUrl,
  softmaxToFlat,
  softmaxUrlSchema,
  softmaxView,
  withClasses,
  withExtremeLogits,
  withLogit,
  withSmoothing,
  withTemperature,
  type SoftmaxState,
} from './softmaxCrossEntropyState';
import './softmaxCrossEntropy.css';

/** Props of `SoftmaxCrossEntropy`. */
export interface SoftmaxCrossEntropyProps {
  /** Instance id: unique on the page, prefix of its element ids and URL parameters (`<id>.`). */
  readonly id: string;
  /** Number of classes shown first, 2 to 6 (default 3). */
  readonly initialClasses?: number;
  /** Logits shown first (default 2, 0, −1, 0.5, −0.5, 1; the first K are used). */
  readonly initialLogits?: readonly number[];
  /** The true class shown first, 1-based (default 2). */
  readonly initialTrueClass?: number;
}

const sig = (x: number) => fmtSig(x, 3);

/**
 * Softmax and cross-entropy on a handful of logits: move the logits, pick the true class, the
 * temperature T and the label smoothing ε; bars of p = softmax(z / T), the smoothed target ỹ and
 * the gradient p − ỹ, and the loss, all from crossEntropy. Logits of ±1000 stay finite.
 */
export function SoftmaxCrossEntropy({
  id,
  initialClasses,
  initialLogits,
  initialTrueClass,
}: SoftmaxCrossEntropyProps) {
  const prefix = `${id}.`;
  const logitsKey = initialLogits?.join(',') ?? '';
  const defaults = useMemo(
    () =>
      initialSoftmaxState({
        ...(initialClasses !== undefined && { classes: initialClasses }),
        ...(initialLogits !== undefined && { logits: initialLogits }),
        ...(initialTrueClass !== undefined && { trueClass: initialTrueClass }),
      }),
    [initialClasses, logitsKey, initialTrueClass],
  );
  const [state, setState] = useState<SoftmaxState>(defaults);
  const [notices, setNotices] = useState<readonly string[]>([]);

  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (![...params.keys()].some((k) => k.startsWith(prefix))) return;
    const parsed = softmaxFromUrl(params, prefix, defaults);
    setState(parsed.state);
    setNotices(parsed.notices);
  }, [prefix, defaults]);

  const schema = useMemo(() => softmaxUrlSchema(defaults), [defaults]);
  const flat = useMemo(() => softmaxToFlat(state), [state]);
  useUrlWriter(schema, flat, prefix);

  const view = useMemo(() => softmaxView(state), [state]);
  const { classes, trueClass, temperature: t, smoothing } = state;
  const tText = fmt(t, 2);

  const chart = useCallback(
    (ctx: ChartContext) =>
      softmaxBarsBase({
        classes,
        trueClass,
        width: ctx.width,
        className: 'sce-chart',
        idPrefix: id,
        ariaLabel: `Bars of softmax probabilities, target and gradient for ${classes} classes`,
        ...(ctx.document !== undefined && { document: ctx.document }),
      }),
    [classes, trueClass, id],
  );
  const list = (xs: readonly number[]) => xs.map(sig).join(', ');
  const description = `Class ${trueClass + 1} is the true class. Probabilities ${list(
    view.probabilities,
  )}; target ${list(view.target)}; gradient p − ỹ ${list(view.gradScaled)}; loss ${sig(view.loss)}.`;
  const update = useCallback(
    (svg: SoftmaxBarsSvg) =>
      applySoftmaxBars(
        svg,
        { probabilities: view.probabilities, target: view.target, gradient: view.gradScaled },
        description,
      ),
    [view, description],
  );

  const classOptions = Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => ({
    value: String(MIN_CLASSES + i),
    label: String(MIN_CLASSES + i),
  }));
  const trueOptions = Array.from({ length: classes }, (_, j) => ({
    value: String(j + 1),
    label: `Class ${j + 1}`,
  }));
  const extreme = view.logits.some((z) => Math.abs(z) > 10);

  return (
    <WidgetFrame name="SoftmaxCrossEntropy" id={id} label="Softmax and cross-entropy" class="sce">
      <div class="widget-controls">
        <Select
          id={`${id}-classes`}
          label="Classes"
          value={String(classes)}
          options={classOptions}
          onChange={(v) => setState((s) => withClasses(s, Number(v)))}
        />
        <Select
          id={`${id}-true`}
          label="True class"
          value={String(trueClass + 1)}
          options={trueOptions}
          onChange={(v) =>
            setState((s) => ({ ...s, trueClass: Math.min(s.classes - 1, Number(v) - 1) }))
          }
        />
        <Slider
          id={`${id}-t`}
          label="Temperature"
          value={t}
          min={TEMPERATURE.min}
          max={TEMPERATURE.max}
          step={TEMPERATURE.step}
          format={(x) => `T = ${fmt(x, 2)}`}
          onInput={(x) => setState((s) => withTemperature(s, x))}
        />
        <Slider
          id={`${id}-eps`}
          label="Label smoothing"
          value={smoothing}
          min={SMOOTHING.min}
          max={SMOOTHING.max}
          step={SMOOTHING.step}
          format={(x) => `ε = ${fmt(x, 2)}`}
          onInput={(x) => setState((s) => withSmoothing(s, x))}
        />
      </div>
      <div class="sce-logits">
        {view.logits.map((z, j) => (
          <LogitControl
            key={j}
            id={`${id}-z${j + 1}`}
            label={`Logit z${j + 1}`}
            value={z}
            mainControl={j === 0}
            onInput={(x) => setState((s) => withLogit(s, j, x))}
          />
        ))}
      </div>
      <div class="sce-presets">
        <button
          type="button"
          class="kit-button"
          onClick={() => setState((s) => withExtremeLogits(s))}
        >
          Extreme logits (±1000)
        </button>
        <button
          type="button"
          class="kit-button"
          onClick={() => setState((s) => ({ ...s, logits: defaults.logits }))}
        >
          Reset logits
        </button>
      </div>
      <PlotFigure chart={chart} update={update} aspect={SOFTMAX_BARS_ASPECT} />
      <ul class="sce-legend" aria-hidden="true">
        {SOFTMAX_BAR_SERIES.map((s) => (
          <li key={s.key}>
            <span
              class="sce-key"
              style={{ background: s.fill, borderColor: s.stroke === 'none' ? s.fill : s.stroke }}
            />
            {s.key === 'probabilities'
              ? `probability pⱼ = softmax(z / T)ⱼ`
              : s.key === 'target'
                ? 'target ỹⱼ = (1 − ε)·[j = true] + ε/K'
                : 'gradient pⱼ − ỹⱼ = ∂L/∂(zⱼ/T)'}
          </li>
        ))}
      </ul>
      <div class="kit-readouts">
        <Readout id={`${id}-loss`} label="Cross-entropy loss L" value={view.loss} />
        <Readout
          id={`${id}-ptrue`}
          label={`Probability of the true class p${'₁₂₃₄₅₆'[trueClass] ?? ''}`}
          value={view.probabilities[trueClass] ?? 0}
        />
      </div>
      <section class="sce-table-wrap" aria-label="Values per class" tabIndex={0}>
        <table class="sce-table">
          <thead>
            <tr>
              <th scope="col">class</th>
              <th scope="col">zⱼ</th>
              <th scope="col">pⱼ</th>
              <th scope="col">ỹⱼ</th>
              <th scope="col">pⱼ − ỹⱼ</th>
              <th scope="col">∂L/∂zⱼ</th>
            </tr>
          </thead>
          <tbody>
            {view.logits.map((z, j) => (
              <tr key={j} class={j === trueClass ? 'sce-true' : undefined}>
                <th scope="row">
                  {j + 1}
                  {j === trueClass ? ' (true)' : ''}
                </th>
                <td>{fmt(z, 2)}</td>
                <td>{sig(view.probabilities[j] ?? 0)}</td>
                <td>{sig(view.target[j] ?? 0)}</td>
                <td>{sig(view.gradScaled[j] ?? 0)}</td>
                <td>{sig(view.gradLogits[j] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p class="sce-note">
        The loss and the column pⱼ − ỹⱼ are{' '}
        <code>
          crossEntropy([z / T], [k], {'{'} labelSmoothing: ε {'}'})
        </code>{' '}
        and its gradient, taken with respect to its input z / T. Since z / T moves 1/T as fast as z,
        the chain rule gives ∂L/∂zⱼ = (pⱼ − ỹⱼ) / T
        {t === 1 ? ', the same column at T = 1.' : `, here divided by T = ${tText}.`}{' '}
        {extreme
          ? 'Some logits lie far outside ±10, yet every number stays finite: softmax and crossEntropy subtract the largest logit before exponentiating.'
          : 'Type ±1000 in a logit’s box, or press “Extreme logits”: every number stays finite.'}
      </p>
      {notices.length > 0 && (
        <p class="widget-notice" role="status">
          Some settings in the link could not be used. {notices.join(' ')}
        </p>
      )}
      <div class="widget-footer">
        <span class="sce-footer-note">
          K = {classes}, T = {tText}, ε = {fmt(smoothing, 2)}
        </span>
        <CopyLinkButton
          id={id}
          getUrl={() => urlWithState(window.location.href, schema, flat, prefix)}
        />
      </div>
    </WidgetFrame>
  );
}

export default SoftmaxCrossEntropy;
