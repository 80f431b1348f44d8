import './riskGap.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import {
  RISK_FIT_ASPECT,
  RISK_FIT_Y,
  RISK_GAP_ASPECT,
  applyRiskFit,
  applyRiskGapCurrent,
  riskFitBase,
  riskGapBase,
} from '~/charts/riskFitChart';
import type { PlotSvg } from '~/charts/plotSvg';
import { fmtSig } from '~/lib/format';
import {
  CopyLinkButton,
  PlotFigure,
  Readout,
  Slider,
  WidgetFrame,
  parseUrlState,
  urlWithState,
  useUrlWriter,
  type ChartContext,
} from '../kit';
import {
  DEGREE_MAX,
  GAP_NS,
  GAP_SEEDS,
  LAMBDA_OFF,
  LOG_LAMBDA_MAX,
  LOG_LAMBDA_STEP,
  N_MAX,
  N_MIN,
  formatLambda,
  gapCurve,
  initialRiskState,
  nextSeed,
  riskDistribution,
  riskFit,
  riskFromFlat,
  riskSummary,
  riskToFlat,
  riskUrlSchema,
  sampleOnDomain,
  withRisk,
  type RiskGapState,
} from './riskGapState';

/** Props of `RiskGapSimulator`. */
export interface RiskGapSimulatorProps {
  /** Instance id: unique on the page, prefix of its element ids and URL parameters (`<id>.`). */
  readonly id: string;
}

const truth = sampleOnDomain(riskDistribution.f);

/** Runs `task` when the browser is idle (at most ~150 ms later); returns a cancel function. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 150 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 16);
  return () => clearTimeout(handle);
}

/**
 * Training loss against expected loss for polynomial least squares on a known distribution
 * (y = sin(πx) + ε, σ = 0.3): choose the training set size, the degree and the ridge penalty, draw
 * a new sample; the expected loss is exact (quadrature), and a second chart shows how the median
 * training and expected loss move with N.
 */
export function RiskGapSimulator({ id }: RiskGapSimulatorProps) {
  const prefix = `${id}.`;
  const [state, setState] = useState<RiskGapState>(initialRiskState);
  const [notices, setNotices] = useState<readonly string[]>([]);

  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (![...params.keys()].some((k) => k.startsWith(prefix))) return;
    const parsed = parseUrlState(riskUrlSchema, params, prefix);
    setState(riskFromFlat(parsed.state));
    setNotices(parsed.notices);
  }, [prefix]);

  const flat = useMemo(() => riskToFlat(state), [state]);
  useUrlWriter(riskUrlSchema, flat, prefix);

  const view = useMemo(() => riskFit(state), [state]);
  const fitted = useMemo(() => sampleOnDomain(view.fit.predict), [view]);
  const swings = fitted.some((p) => !(p.value >= RISK_FIT_Y[0] && p.value <= RISK_FIT_Y[1]));
  const summary = riskSummary(state, view, swings);
  // The loss-versus-N curves take 70 fits (a few ms): computed for the first frame, then lazily in
  // an idle callback after a change of degree or λ, so those sliders' input events stay cheap.
  const [gap, setGap] = useState(() => ({
    degree: state.degree,
    logLambda: state.logLambda,
    curve: gapCurve(state.degree, state.logLambda),
  }));
  const gapStale = gap.degree !== state.degree || gap.logLambda !== state.logLambda;
  useEffect(() => {
    if (!gapStale) return;
    const { degree, logLambda } = state;
    return whenIdle(() => setGap({ degree, logLambda, curve: gapCurve(degree, logLambda) }));
  }, [state.degree, state.logLambda, gapStale]);
  const curve = gap.curve;

  const fitChart = useCallback(
    (ctx: ChartContext) =>
      riskFitBase({
        truth,
        width: ctx.width,
        className: 'risk-fit',
        idPrefix: `${id}-fit`,
        ariaLabel: 'Training sample, the true function sin(πx) and the fitted polynomial',
        ...(ctx.document !== undefined && { document: ctx.document }),
      }),
    [id],
  );
  const fitDescription = `Degree ${state.degree} polynomial fitted to ${state.n} points; training loss ${fmtSig(view.trainLoss)}, expected loss ${fmtSig(view.expectedLoss)}.`;
  const fitUpdate = useCallback(
    (svg: PlotSvg) => {
      applyRiskFit(svg, {
        points: view.sample,
        fitted,
        ariaDescription: fitDescription,
      });
    },
    [view, fitted, fitDescription],
  );

  const gapChart = useCallback(
    (ctx: ChartContext) =>
      riskGapBase({
        curve,
        floor: riskDistribution.bayesRisk,
        nDomain: [N_MIN, N_MAX],
        width: ctx.width,
        className: 'risk-gap',
        idPrefix: `${id}-gap`,
        ariaLabel: `Median training and expected loss against N, degree ${gap.degree}`,
        ...(ctx.document !== undefined && { document: ctx.document }),
      }),
    [curve, id, gap.degree],
  );
  const gapUpdate = useCallback(
    (svg: PlotSvg) =>
      applyRiskGapCurrent(svg, {
        n: state.n,
        trainLoss: view.trainLoss,
        expectedLoss: view.expectedLoss,
        ariaDescription: `The dots mark this sample at N = ${state.n}.`,
      }),
    [state.n, view],
  );

  const set = (key: keyof RiskGapState) => (value: number) =>
    setState((s) => withRisk(s, key, value));

  return (
    <WidgetFrame
      steadyHeight
      name="RiskGapSimulator"
      id={id}
      label="Risk gap simulator"
      class="rgs"
    >
      <div class="rgs-main">
        <Slider
          id={`${id}-n`}
          label="Training set size"
          value={state.n}
          min={N_MIN}
          max={N_MAX}
          step={1}
          format={(x) => `N = ${x}`}
          mainControl
          onInput={set('n')}
        />
      </div>
      <div class="widget-controls">
        <Slider
          id={`${id}-degree`}
          label="Model complexity"
          value={state.degree}
          min={0}
          max={DEGREE_MAX}
          step={1}
          format={(x) => `degree ${x}`}
          valueText={`degree ${state.degree}, ${state.degree + 1} coefficients`}
          onInput={set('degree')}
        />
        <Slider
          id={`${id}-lambda`}
          label="Regularization λ"
          value={state.logLambda}
          min={LAMBDA_OFF}
          max={LOG_LAMBDA_MAX}
          step={LOG_LAMBDA_STEP}
          format={formatLambda}
          valueText={`λ = ${formatLambda(state.logLambda)}`}
          onInput={set('logLambda')}
        />
        <div class="rgs-resample">
          <button
            type="button"
            class="kit-button"
            onClick={() => setState((s) => ({ ...s, seed: nextSeed(s.seed) }))}
          >
            Resample
          </button>
          <span class="rgs-seed">sample #{state.seed}</span>
        </div>
      </div>
      <div class="kit-readouts rgs-readouts">
        <Readout
          id={`${id}-train`}
          label="Training loss"
          value={view.trainLoss}
          swatch={{ color: 'var(--accent)' }}
        />
        <Readout
          id={`${id}-expected`}
          label="Expected loss"
          value={view.expectedLoss}
          swatch={{ color: 'var(--warn)', dashed: true }}
        />
        <Readout id={`${id}-gap`} label="Gap" value={view.gap} />
      </div>
      <p class="rgs-summary" role="status">
        {summary}
      </p>
      <div class="rgs-charts">
        <figure class="rgs-figure">
          <PlotFigure chart={fitChart} update={fitUpdate} aspect={RISK_FIT_ASPECT} />
          <figcaption>
            <span class="kit-swatch" style={{ color: 'var(--accent)' }} aria-hidden="true" />
            fitted polynomial ·{' '}
            <span class="kit-swatch dashed" style={{ color: 'var(--good)' }} aria-hidden="true" />
            true function sin(πx) · <span class="rgs-dot" aria-hidden="true" /> training points
            {swings && ' · the fitted curve is cut off at the chart’s edges'}
          </figcaption>
        </figure>
        <figure class="rgs-figure">
          <PlotFigure chart={gapChart} update={gapUpdate} aspect={RISK_GAP_ASPECT} />
          <figcaption>
            {gapStale ? 'Updating… ' : ''}
            {`Median over ${GAP_SEEDS.length} samples at each of ${GAP_NS.length} sizes N`}, degree{' '}
            {gap.degree}, λ = {formatLambda(gap.logLambda)}:{' '}
            <span class="kit-swatch" style={{ color: 'var(--accent)' }} aria-hidden="true" />
            training loss ·{' '}
            <span class="kit-swatch dashed" style={{ color: 'var(--warn)' }} aria-hidden="true" />
            expected loss · dotted: noise floor σ² = {fmtSig(riskDistribution.bayesRisk, 2)}. Dots:
            this sample.
          </figcaption>
        </figure>
      </div>
      {notices.length > 0 && (
        <p class="widget-notice" role="status">
          Some settings in the link could not be used. {notices.join(' ')}
        </p>
      )}
      <div class="widget-footer">
        <span class="rgs-note">Expected loss is exact: ½∫(f̂ − f*)² dx + σ², by quadrature.</span>
        <CopyLinkButton
          id={id}
          getUrl={() => urlWithState(window.location.href, riskUrlSchema, flat, prefix)}
        />
      </div>
    </WidgetFrame>
  );
}

export default RiskGapSimulator;
