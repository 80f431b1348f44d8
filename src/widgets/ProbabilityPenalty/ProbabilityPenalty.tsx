import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import {
  PROBABILITY_PENALTY_ASPECT,
  applyProbabilityPenaltyCurrent,
  probabilityPenaltyBase,
  type ProbabilityPenaltySvg,
} from '~/charts/probabilityPenaltyChart';
import { fmt, fmtSig } from '~/lib/format';
import {
  Checkbox,
  CopyLinkButton,
  PlotFigure,
  Readout,
  WidgetFrame,
  urlWithState,
  useUrlWriter,
  type ChartContext,
} from '../kit';
import {
  P_MAX,
  P_MIN,
  SLIDER,
  VERDICT_THRESHOLDS,
  clampP,
  initialPenaltyState,
  penaltyCurves,
  penaltyFromUrl,
  penaltyToFlat,
  penaltyUrlSchema,
  penaltyView,
  pToSlider,
  sliderToP,
  thresholdLosses,
  verdictFor,
  type PenaltyState,
} from './probabilityPenaltyState';
import './probabilityPenalty.css';

/** Props of `ProbabilityPenalty`. */
export interface ProbabilityPenaltyProps {
  /** Instance id: unique on the page, prefix of its element ids and URL parameters (`<id>.`). */
  readonly id: string;
  /** The probability of the true class shown first (default 0.7), in [0.001, 1]. */
  readonly initialP?: number;
}

/** Formats p for the slider's output and spoken value: 3 significant figures. */
const formatP = (p: number): string => fmtSig(p, 3);

/**
 * How cross-entropy punishes confident mistakes: slide the probability p the model gives the true
 * class (on a logarithmic slider, 0.001 to 1), read −log p and a verdict, and compare with the
 * squared error (1 − p)², which never exceeds 1. Settings round-trip through the URL.
 */
export function ProbabilityPenalty({ id, initialP = 0.7 }: ProbabilityPenaltyProps) {
  const prefix = `${id}.`;
  const defaults = useMemo(() => initialPenaltyState(initialP), [initialP]);
  const [state, setState] = useState<PenaltyState>(defaults);
  const [notices, setNotices] = useState<readonly string[]>([]);

  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (![...params.keys()].some((k) => k.startsWith(prefix))) return;
    const parsed = penaltyFromUrl(params, prefix, defaults);
    setState(parsed.state);
    setNotices(parsed.notices);
  }, [prefix, defaults]);

  const schema = useMemo(() => penaltyUrlSchema(defaults), [defaults]);
  const flat = useMemo(() => penaltyToFlat(state), [state]);
  useUrlWriter(schema, flat, prefix);

  const curves = useMemo(() => penaltyCurves(), []);
  const view = penaltyView(state.p);
  const verdict = verdictFor(state.p);
  const limits = thresholdLosses();
  const { showSquared } = state;

  const chart = useCallback(
    (ctx: ChartContext) =>
      probabilityPenaltyBase({
        logLoss: curves.logLoss,
        ...(showSquared && { squaredError: curves.squaredError }),
        thresholds: VERDICT_THRESHOLDS,
        width: ctx.width,
        className: 'pp-chart',
        idPrefix: id,
        ariaLabel: 'Cross-entropy −log p against the probability of the true class p',
        ...(ctx.document !== undefined && { document: ctx.document }),
      }),
    [curves, showSquared, id],
  );
  const description = `At p = ${formatP(view.p)} the cross-entropy is ${fmtSig(view.loss)}${
    showSquared ? ` and the squared error ${fmtSig(view.squaredError)}` : ''
  }. ${verdict.title}.`;
  const update = useCallback(
    (svg: ProbabilityPenaltySvg) =>
      applyProbabilityPenaltyCurrent(
        svg,
        {
          p: view.p,
          loss: view.loss,
          ...(showSquared && { squaredError: view.squaredError }),
        },
        description,
      ),
    [view.p, view.loss, view.squaredError, showSquared, description],
  );

  const setP = (p: number) => setState((s) => ({ ...s, p: clampP(p, s.p) }));
  const sliderId = `${id}-p`;

  return (
    <WidgetFrame name="ProbabilityPenalty" id={id} label="Probability penalty" class="pp">
      <div class="kit-slider pp-main">
        <label for={sliderId}>Probability of the true class</label>
        <div class="kit-slider-row">
          <input
            type="range"
            id={sliderId}
            min={SLIDER.min}
            max={SLIDER.max}
            step={SLIDER.step}
            value={pToSlider(state.p)}
            aria-valuetext={`p = ${formatP(state.p)}, loss ${fmtSig(view.loss, 3)}`}
            data-main-control
            onInput={(e) => setP(sliderToP(Number(e.currentTarget.value)))}
          />
          <input
            type="number"
            class="kit-number"
            id={`${id}-p-number`}
            min={P_MIN}
            max={P_MAX}
            step="any"
            value={state.p}
            aria-label="Probability of the true class (exact value)"
            onChange={(e) => {
              const raw = e.currentTarget.value;
              const x = Number(raw);
              if (raw.trim() !== '' && Number.isFinite(x)) setP(x);
              else e.currentTarget.value = String(state.p);
            }}
          />
        </div>
        <p class="pp-scale" aria-hidden="true">
          <span>0.001</span>
          <span>0.01</span>
          <span>0.1</span>
          <span>1</span>
        </p>
      </div>
      <PlotFigure chart={chart} update={update} aspect={PROBABILITY_PENALTY_ASPECT} />
      <div class="kit-readouts">
        <Readout
          id={`${id}-loss`}
          label="Cross-entropy −log p"
          value={view.loss}
          swatch={{ color: 'var(--accent)' }}
        />
        {showSquared && (
          <Readout
            id={`${id}-squared`}
            label="Squared error (1 − p)²"
            value={view.squaredError}
            swatch={{ color: 'var(--warn)', dashed: true }}
          />
        )}
        <Readout id={`${id}-slope`} label="Slope −1/p" value={view.derivative} />
      </div>
      <p class={`pp-verdict pp-${verdict.kind}`} role="status" aria-live="polite">
        <strong id={`${id}-verdict`}>{verdict.title}.</strong> {verdict.text}
      </p>
      <p class="pp-legend">
        Verdicts: <em>confidently wrong</em> for p below {fmt(VERDICT_THRESHOLDS.wrong, 1)} (loss
        above {fmt(limits.wrong, 2)}), <em>unsure</em> from {fmt(VERDICT_THRESHOLDS.wrong, 1)} to{' '}
        {fmt(VERDICT_THRESHOLDS.confident, 1)}, <em>confident and correct</em> from{' '}
        {fmt(VERDICT_THRESHOLDS.confident, 1)} (loss at most {fmt(limits.confident, 3)}). The slider
        is logarithmic: each step multiplies p by about 1.02.
      </p>
      {notices.length > 0 && (
        <p class="widget-notice" role="status">
          Some settings in the link could not be used. {notices.join(' ')}
        </p>
      )}
      <div class="widget-footer">
        <Checkbox
          id={`${id}-sq`}
          label="Show squared error (1 − p)²"
          checked={showSquared}
          onChange={(checked) => setState((s) => ({ ...s, showSquared: checked }))}
        />
        <CopyLinkButton
          id={id}
          getUrl={() => urlWithState(window.location.href, schema, flat, prefix)}
        />
      </div>
    </WidgetFrame>
  );
}

export default ProbabilityPenalty;
