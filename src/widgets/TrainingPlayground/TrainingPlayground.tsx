import './trainingPlayground.css';
import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { accuracy } from '~/compute';
import {
  LOSS_HISTORY_ASPECT,
  PLAYGROUND_ASPECT,
  applyLossHistoryCurrent,
  applyPlaygroundLine,
  applyPlaygroundRegions,
  lossHistoryBase,
  playgroundBase,
  type PlaygroundPoint,
} from '~/charts/playgroundCharts';
import type { PlotSvg } from '~/charts/plotSvg';
import { fmt, fmtSig } from '~/lib/format';
import {
  CopyLinkButton,
  Player,
  PlotFigure,
  Readout,
  Select,
  Slider,
  WidgetFrame,
  parseUrlState,
  urlWithState,
  useUrlWriter,
  type ChartContext,
} from '../kit';
import {
  BATCHES,
  EPOCHS,
  LEARNING_RATES,
  NOISE,
  OPTIMIZERS,
  OUTLIERS,
  POINTS,
  SEED,
  TASKS,
  TASK_LABELS,
  createData,
  defaultState,
  describeLine,
  fromFlat,
  lastEpoch,
  lineDomain,
  lossesFor,
  planeDomain,
  playgroundSchema,
  regionsAt,
  runTraining,
  toFlat,
  withNumber,
  withTask,
  type AddedPoint,
  type BatchChoice,
  type LearningRate,
  type OptimizerChoice,
  type PlaygroundState,
  type Task,
} from './trainingState';

/** Props of `TrainingPlayground`. */
export interface TrainingPlaygroundProps {
  /** Instance id: unique on the page, prefix of its element ids and URL parameters (`<id>.`). */
  readonly id: string;
  /** The task shown first (default regression). */
  readonly task?: Task;
  /** The loss shown first (a registry id that fits the task). */
  readonly initialLoss?: string;
  /** Outliers in the regression data at first (default 0). */
  readonly outliers?: number;
  /** Registry ids offered first in the "Loss" menu, for the task shown first (others follow). */
  readonly lossIds?: readonly string[];
}

const CLASS_NAMES = ['A', 'B', 'C'];

/**
 * Trains a model with gradient descent and lets the reader step through the epochs: a task
 * (regression, binary or three-class classification), its data, a registry loss that fits it, an
 * optimizer, learning rate, batch size and epochs. One `fit` per settings change; the Player only
 * redraws the fitted line or decision regions and moves the marker on the loss curves.
 */
export function TrainingPlayground(props: TrainingPlaygroundProps) {
  const { id } = props;
  const prefix = `${id}.`;
  const defaults = useMemo(
    () => defaultState(props.task ?? 'regression', props.initialLoss, props.outliers),
    [props.task, props.initialLoss, props.outliers],
  );
  const schema = useMemo(() => playgroundSchema(defaults), [defaults]);
  const [state, setState] = useState<PlaygroundState>(defaults);
  const [added, setAdded] = useState<readonly AddedPoint[]>([]);
  const [notices, setNotices] = useState<readonly string[]>([]);
  const [draft, setDraft] = useState({ x: '0', y: '0', label: 0 });

  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (![...params.keys()].some((k) => k.startsWith(prefix))) return;
    const parsed = parseUrlState(schema, params, prefix);
    const { state: next, notices: more } = fromFlat(parsed.state, params.has(`${prefix}loss`));
    setState(next);
    setNotices([...parsed.notices, ...more]);
  }, [prefix, schema]);

  const flat = useMemo(() => toFlat(state), [state]);
  useUrlWriter(schema, flat, prefix);

  // Everything but the epoch shown: a change here means one new training run.
  const { step: _step, ...settings } = state;
  const settingsKey = JSON.stringify(settings);
  const data = useMemo(
    () => createData(state, added),
    [state.task, state.points, state.noise, state.seed, state.outliers, added],
  );
  const run = useMemo(() => runTraining(state, data), [settingsKey, data]);
  const maxStep = lastEpoch(run);
  const step = Math.min(Math.max(0, state.step), maxStep);
  const record = run.result?.trace[step];
  const params = record?.params ?? run.model.initialParams();
  const regression = state.task === 'regression';

  const losses = useMemo(() => {
    const list = lossesFor(state.task);
    const first = state.task === defaults.task ? (props.lossIds ?? []) : [];
    return [
      ...list.filter((e) => first.includes(e.id)),
      ...list.filter((e) => !first.includes(e.id)),
    ];
  }, [state.task, defaults.task, props.lossIds?.join(',')]);

  const domain = useMemo(() => (regression ? lineDomain(data) : planeDomain(data)), [data]);
  const points = useMemo<PlaygroundPoint[]>(
    () =>
      data.x.map((p, i) => ({
        x: typeof p === 'number' ? p : p[0],
        y: typeof p === 'number' ? (data.y[i] as number) : p[1],
        ...(regression ? {} : { cls: data.y[i] as number }),
        outlier: data.isOutlier[i] === true,
        heldOut: data.heldOut[i] === true,
        added: data.added[i] === true,
      })),
    [data],
  );
  const dataChart = useCallback(
    (ctx: ChartContext) =>
      playgroundBase({
        points,
        domain,
        labels: regression ? ['Input x', 'Target y'] : ['Feature x₁', 'Feature x₂'],
        width: ctx.width,
        className: 'pg-data',
        idPrefix: `${id}-data`,
        ariaLabel: regression
          ? 'Training points and the fitted line'
          : 'Training points and the decision regions',
        ...(ctx.document !== undefined && { document: ctx.document }),
      }),
    [points, domain, id],
  );
  const line = describeLine(params);
  const dataUpdate = useCallback(
    (svg: PlotSvg) => {
      if (regression) applyPlaygroundLine(svg, line);
      else applyPlaygroundRegions(svg, regionsAt(run, params, domain));
      svg.setAttribute(
        'aria-description',
        regression
          ? `Epoch ${step}: the line ŷ = ${fmt(line.w, 3)}·x + ${fmt(line.b, 3)}.`
          : `Epoch ${step}: the regions show the class the model predicts.`,
      );
    },
    [params, run, domain, step],
  );

  const trace = run.result?.trace ?? [];
  const historyChart = useCallback(
    (ctx: ChartContext) =>
      lossHistoryBase({
        train: trace.map((r) => r.trainLoss),
        heldOut: trace.map((r) => r.heldOutLoss ?? Number.NaN).filter(Number.isFinite),
        epochs: state.epochs,
        width: ctx.width,
        className: 'pg-history',
        idPrefix: `${id}-history`,
        ariaLabel: 'Training and held-out loss per epoch',
        ...(ctx.document !== undefined && { document: ctx.document }),
      }),
    [run, state.epochs, id],
  );
  const historyUpdate = useCallback(
    (svg: PlotSvg) =>
      applyLossHistoryCurrent(
        svg,
        {
          epoch: step,
          ...(record && { train: record.trainLoss }),
          ...(record?.heldOutLoss !== undefined && { heldOut: record.heldOutLoss }),
        },
        `Epoch ${step} of ${maxStep}.`,
      ),
    [record, step, maxStep],
  );

  const acc = useMemo(
    () => (regression || !record ? null : accuracy(run.model, params, data.train)),
    [regression, record, run, params, data],
  );

  const set = (patch: Partial<PlaygroundState>) =>
    setState((s) => {
      const next = { ...s, ...patch };
      return { ...next, step: next.epochs };
    });
  const addPoint = (p: AddedPoint) => {
    if (![p.x, p.y].every(Number.isFinite)) return;
    setAdded((a) => [...a, p]);
    setState((s) => ({ ...s, step: s.epochs }));
  };

  // A click on the data chart adds a point there (the chart's scales inverted).
  const onChartClick = (e: MouseEvent) => {
    const svg = (e.currentTarget as HTMLElement).querySelector('svg') as PlotSvg | null;
    if (!svg || typeof svg.scale !== 'function') return;
    const rect = svg.getBoundingClientRect();
    const drawnW = Number(svg.getAttribute('width')) || rect.width;
    const drawnH = Number(svg.getAttribute('height')) || rect.height;
    const kx = rect.width > 0 ? drawnW / rect.width : 1;
    const ky = rect.height > 0 ? drawnH / rect.height : 1;
    const x = Number(svg.scale('x')?.invert?.((e.clientX - rect.left) * kx));
    const y = Number(svg.scale('y')?.invert?.((e.clientY - rect.top) * ky));
    const [[x0, x1], [y0, y1]] = domain;
    if (!(x >= x0 && x <= x1 && y >= y0 && y <= y1)) return;
    addPoint({ x: Number(x.toFixed(2)), y: Number(y.toFixed(2)), label: draft.label });
  };

  const message = run.error
    ? `This run could not start: ${run.error}`
    : run.result?.stop === 'diverged'
      ? `${run.result.message} The curves stop at the last finite epoch (${maxStep}).`
      : (run.result?.message ?? '');

  return (
    <WidgetFrame name="TrainingPlayground" id={id} label="Training playground" class="pg">
      <div class="widget-controls">
        <Select
          id={`${id}-task`}
          label="Task"
          value={state.task}
          options={TASKS.map((t) => ({ value: t, label: TASK_LABELS[t] }))}
          onChange={(t) => {
            setState((s) => withTask(s, t as Task));
            setAdded([]);
          }}
        />
        <Select
          id={`${id}-loss`}
          label="Loss"
          value={state.loss}
          options={losses.map((e) => ({ value: e.id, label: e.name }))}
          mainControl
          onChange={(loss) => set({ loss })}
        />
        <Select
          id={`${id}-optimizer`}
          label="Optimizer"
          value={state.optimizer}
          options={OPTIMIZERS}
          onChange={(o) => set({ optimizer: o as OptimizerChoice })}
        />
        <Select
          id={`${id}-lr`}
          label="Learning rate"
          value={state.lr}
          options={LEARNING_RATES.map((v) => ({ value: v, label: v }))}
          onChange={(lr) => set({ lr: lr as LearningRate })}
        />
        <Select
          id={`${id}-batch`}
          label="Batch size"
          value={state.batch}
          options={BATCHES}
          onChange={(b) => set({ batch: b as BatchChoice })}
        />
        <Slider
          id={`${id}-epochs`}
          label="Epochs"
          value={state.epochs}
          {...EPOCHS}
          onInput={(v) => setState((s) => withNumber(s, 'epochs', v))}
        />
      </div>
      <details class="pg-data-controls" open>
        <summary>Data</summary>
        <div class="widget-controls">
          <Slider
            id={`${id}-points`}
            label="Points"
            value={state.points}
            {...POINTS}
            onInput={(v) => setState((s) => withNumber(s, 'points', v))}
          />
          <Slider
            id={`${id}-noise`}
            label="Noise"
            value={state.noise}
            {...NOISE}
            valueText={regression ? `σ = ${fmt(state.noise, 1)}` : `spread ${fmt(state.noise, 1)}`}
            onInput={(v) => setState((s) => withNumber(s, 'noise', v))}
          />
          <Slider
            id={`${id}-seed`}
            label="Seed"
            value={state.seed}
            {...SEED}
            onInput={(v) => setState((s) => withNumber(s, 'seed', v))}
          />
          {regression && (
            <Slider
              id={`${id}-outliers`}
              label="Add outliers"
              value={state.outliers}
              {...OUTLIERS}
              valueText={`${state.outliers} points moved up by 10`}
              onInput={(v) => setState((s) => withNumber(s, 'outliers', v))}
            />
          )}
        </div>
      </details>
      <div class="pg-charts">
        <div class="pg-click" onClick={onChartClick}>
          <PlotFigure chart={dataChart} update={dataUpdate} aspect={PLAYGROUND_ASPECT} />
        </div>
        <PlotFigure chart={historyChart} update={historyUpdate} aspect={LOSS_HISTORY_ASPECT} />
      </div>
      <p class="pg-key">
        {regression ? (
          <>
            <span class="kit-swatch" style={{ color: 'var(--accent)' }} aria-hidden="true" />
            fitted line · filled dots: training · hollow: held out
            {state.outliers > 0 && <> · red: outliers</>}
          </>
        ) : (
          <>
            Tinted regions: the predicted class (
            {CLASS_NAMES.slice(0, state.task === 'binary' ? 2 : 3).join(', ')}) · filled dots:
            training · hollow: held out
          </>
        )}
        {' · '}
        <span class="kit-swatch" style={{ color: 'var(--accent)' }} aria-hidden="true" />
        training loss ·{' '}
        <span class="kit-swatch dashed" style={{ color: 'var(--warn)' }} aria-hidden="true" />
        held-out loss
      </p>
      <Player
        id={`${id}-player`}
        step={step}
        maxStep={maxStep}
        onStep={(s) => setState((st) => ({ ...st, step: s }))}
        label="Epochs"
        formatCounter={(s, m) => `Epoch ${s} of ${m}`}
      />
      <div class="kit-readouts">
        <Readout id={`${id}-epoch`} label="Epoch" value={step} format={(v) => String(v)} />
        <Readout
          id={`${id}-train`}
          label="Training loss"
          value={record?.trainLoss ?? Number.NaN}
          swatch={{ color: 'var(--accent)' }}
        />
        <Readout
          id={`${id}-heldout`}
          label="Held-out loss"
          value={record?.heldOutLoss ?? Number.NaN}
          swatch={{ color: 'var(--warn)', dashed: true }}
        />
        {regression ? (
          <>
            <Readout id={`${id}-w`} label="Slope w" value={line.w} />
            <Readout id={`${id}-b`} label="Intercept b" value={line.b} />
          </>
        ) : (
          <Readout
            id={`${id}-accuracy`}
            label="Training accuracy"
            value={acc ?? 0}
            format={(v) => `${fmt(100 * v, 1)} %`}
          />
        )}
      </div>
      <p
        class={run.error || run.result?.stop === 'diverged' ? 'widget-notice' : 'pg-message'}
        role="status"
      >
        {message}
      </p>
      <fieldset class="pg-add">
        <legend>Add point at</legend>
        <label>
          {regression ? 'x' : 'x₁'}
          <input
            type="number"
            step="0.1"
            value={draft.x}
            onInput={(e) => setDraft((d) => ({ ...d, x: e.currentTarget.value }))}
          />
        </label>
        <label>
          {regression ? 'y' : 'x₂'}
          <input
            type="number"
            step="0.1"
            value={draft.y}
            onInput={(e) => setDraft((d) => ({ ...d, y: e.currentTarget.value }))}
          />
        </label>
        {!regression && (
          <label>
            Class
            <select
              value={String(draft.label)}
              onChange={(e) => setDraft((d) => ({ ...d, label: Number(e.currentTarget.value) }))}
            >
              {CLASS_NAMES.slice(0, state.task === 'binary' ? 2 : 3).map((c, k) => (
                <option key={c} value={String(k)}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="button"
          class="kit-button"
          onClick={() =>
            addPoint({
              x: Number(draft.x),
              y: Number(draft.y),
              label: Math.min(draft.label, state.task === 'binary' ? 1 : 2),
            })
          }
        >
          Add point
        </button>
        <button
          type="button"
          class="kit-button"
          disabled={added.length === 0}
          onClick={() => setAdded([])}
        >
          Remove added points
        </button>
        <span class="pg-note">
          {`Or click the chart. ${added.length > 0 ? `${added.length} added. ` : ''}Added points are not saved in the link.`}
        </span>
      </fieldset>
      {notices.length > 0 && (
        <p class="widget-notice" role="status">
          Some settings in the link could not be used. {notices.join(' ')}
        </p>
      )}
      <div class="widget-footer">
        <span class="pg-note">
          {`Trained once per change (${fmtSig(state.epochs, 3)} epochs); the player replays the run.`}
        </span>
        <CopyLinkButton
          id={id}
          getUrl={() => urlWithState(window.location.href, schema, flat, prefix)}
        />
      </div>
    </WidgetFrame>
  );
}

export default TrainingPlayground;
