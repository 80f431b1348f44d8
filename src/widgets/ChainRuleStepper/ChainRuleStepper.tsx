import type { ComponentChildren } from 'preact';
import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import {
  CHAIN_RULE_ASPECT,
  applyChainRuleCurrent,
  chainRuleBase,
  chainRuleDomains,
  type ChainRuleSvg,
} from '~/charts/chainRuleChart';
import { fmt, fmtSig } from '~/lib/format';
import {
  CopyLinkButton,
  PlotFigure,
  Readout,
  Slider,
  WidgetFrame,
  decimalsForStep,
  urlWithState,
  useUrlWriter,
  type ChartContext,
} from '../kit';
import {
  B_FIELD,
  CHAIN_DATA,
  CHAIN_URL_SCHEMA,
  FD_H,
  N,
  SAMPLE_FIELD,
  STEPS,
  STEP_COUNT,
  W_FIELD,
  agreementText,
  chainRuleView,
  chainStateFromUrl,
  chainUrlFlat,
  clampField,
  gradientText,
  initialChainState,
  type ChainRuleState,
  type ChainRuleView,
} from './chainRuleState';
import './chainRuleStepper.css';

/** Props of `ChainRuleStepper`. */
export interface ChainRuleStepperProps {
  /** Instance id: unique on the page, prefix of its element ids and URL parameters (`<id>.`). */
  readonly id: string;
}

const DOMAINS = chainRuleDomains(CHAIN_DATA.x, CHAIN_DATA.y);

/** ŷ with a subscript. */
const Yhat = ({ sub }: { readonly sub: ComponentChildren }) => (
  <>
    <i>ŷ</i>
    <sub>{sub}</sub>
  </>
);
/** A variable with a subscript, e.g. xᵢ. */
const Sub = ({ v, sub }: { readonly v: string; readonly sub: ComponentChildren }) => (
  <>
    <i>{v}</i>
    <sub>{sub}</sub>
  </>
);
/** A signed number in parentheses when negative, for products written out. */
const paren = (s: string): string => (s.startsWith('−') ? `(${s})` : s);

/** The formula of a step, written out with the current numbers. */
function StepFormula({ step, view }: { readonly step: number; readonly view: ChainRuleView }) {
  const k = view.i + 1;
  const yhat = fmt(view.yhati, 3);
  const y = fmt(view.yi, 3);
  if (step === 0) {
    return (
      <>
        <p class="crs-formula">
          ∂<i>L</i>/∂
          <Yhat sub="i" /> = (2/<i>N</i>)(
          <Yhat sub="i" /> − <Sub v="y" sub="i" />) = (2/{N})({yhat} − {paren(y)}) ={' '}
          <strong>{fmtSig(view.dLdyhati, 4)}</strong>
        </p>
        <p class="crs-explain">
          How the loss reacts to a nudge in prediction {k} alone. Of the {N} squares in the mean
          only (<Yhat sub={k} /> − <Sub v="y" sub={k} />
          )² contains <Yhat sub={k} />, so the derivative is twice its residual, divided by <i>N</i>
          .{' '}
          {view.dLdyhati < 0
            ? 'Negative: raising this prediction would lower the loss.'
            : view.dLdyhati > 0
              ? 'Positive: lowering this prediction would lower the loss.'
              : 'Zero: this prediction is exactly on its target.'}
        </p>
      </>
    );
  }
  if (step === 1) {
    return (
      <>
        <p class="crs-formula">
          ∂<Yhat sub="i" />
          /∂<i>w</i> = <Sub v="x" sub="i" /> = <Sub v="x" sub={k} /> ={' '}
          <strong>{fmtSig(view.dyhatdwi, 4)}</strong>
        </p>
        <p class="crs-explain">
          The model <Yhat sub="i" /> = <i>w</i>·<Sub v="x" sub="i" /> + <i>b</i> moves by{' '}
          <Sub v="x" sub="i" /> for each unit of <i>w</i>. It knows nothing about the loss; a point
          with a larger |<i>x</i>| is a longer lever.
        </p>
      </>
    );
  }
  if (step === 2) {
    return (
      <>
        <p class="crs-formula">
          ∂<i>L</i>/∂
          <Yhat sub={k} /> · ∂<Yhat sub={k} />
          /∂<i>w</i> = {paren(fmtSig(view.dLdyhati, 4))} × {paren(fmtSig(view.dyhatdwi, 4))} ={' '}
          <strong>{fmtSig(view.pathi, 4)}</strong>
        </p>
        <p class="crs-explain">
          Along one path from <i>w</i> to <i>L</i> the derivative is the product of the local
          derivatives on it: the error signal of sample {k} times its input.
        </p>
      </>
    );
  }
  return (
    <>
      <p class="crs-formula">
        ∂<i>L</i>/∂<i>w</i> = Σ<sub>i</sub> ∂<i>L</i>/∂
        <Yhat sub="i" /> · <Sub v="x" sub="i" /> = (2/<i>N</i>) Σ<sub>i</sub> (<Yhat sub="i" /> −{' '}
        <Sub v="y" sub="i" />)
        <Sub v="x" sub="i" /> = <strong>{fmtSig(view.dLdw, 4)}</strong>
      </p>
      <p class="crs-explain">
        <i>w</i> feeds all {N} predictions, so there are {N} paths to <i>L</i>, and their products
        add up. Sample {k} contributes {fmtSig(view.pathi, 4)} of the total.
      </p>
    </>
  );
}

/** The computation graph w → ŷᵢ → L as a small node-link diagram, lit for the current step. */
function Graph({
  step,
  view,
  w,
}: {
  readonly step: number;
  readonly view: ChainRuleView;
  readonly w: number;
}) {
  const h = STEPS[step]!.highlight;
  const label = `Computation graph: w, then the ${N} predictions ŷ, then the loss L. Highlighted: ${STEPS[step]!.title}.`;
  return (
    <div class={h.allPaths ? 'crs-graph all' : 'crs-graph'} role="img" aria-label={label}>
      <div class="crs-node">
        <span class="crs-node-sym">
          <i>w</i>
        </span>
        <span class="crs-node-val">{fmt(w, 2)}</span>
      </div>
      <div class={h.modelEdge ? 'crs-edge on' : 'crs-edge'}>
        <span class="crs-edge-label">
          ∂<Yhat sub="i" />
          /∂<i>w</i>
        </span>
        <span class="crs-edge-line" />
      </div>
      <div class="crs-node crs-stack">
        <span class="crs-node-sym">
          <Yhat sub={view.i + 1} />
        </span>
        <span class="crs-node-val">{fmtSig(view.yhati, 3)}</span>
        <span class="crs-node-count">1 of {N}</span>
      </div>
      <div class={h.lossEdge ? 'crs-edge on' : 'crs-edge'}>
        <span class="crs-edge-label">
          ∂<i>L</i>/∂
          <Yhat sub="i" />
        </span>
        <span class="crs-edge-line" />
      </div>
      <div class="crs-node">
        <span class="crs-node-sym">
          <i>L</i>
        </span>
        <span class="crs-node-val">{fmtSig(view.loss, 3)}</span>
      </div>
    </div>
  );
}

/**
 * The chain rule on a line under MSE: the graph w → ŷ → L walked one local derivative at a time
 * ("Next step" / "Previous step"), the "Weight w", "Bias b" and "Sample i" controls, readouts of
 * each piece, a finite-difference check of ∂L/∂w, and the data with the current line. Every number
 * comes from `mseLinear1D`; settings round-trip through the URL.
 */
export function ChainRuleStepper({ id }: ChainRuleStepperProps) {
  const prefix = `${id}.`;
  const [state, setState] = useState<ChainRuleState>(initialChainState);
  const [notices, setNotices] = useState<readonly string[]>([]);

  useLayoutEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (![...params.keys()].some((k) => k.startsWith(prefix))) return;
    const parsed = chainStateFromUrl(params, prefix);
    setState(parsed.state);
    setNotices(parsed.notices);
  }, [prefix]);

  const { w, b, step, sample } = state;
  const flat = useMemo(() => chainUrlFlat(state), [state]);
  useUrlWriter(CHAIN_URL_SCHEMA, flat, prefix);
  const view = useMemo(() => chainRuleView({ w, b, step: 0, sample }), [w, b, sample]);

  const chart = useCallback(
    (ctx: ChartContext) =>
      chainRuleBase({
        x: CHAIN_DATA.x,
        y: CHAIN_DATA.y,
        ...DOMAINS,
        width: ctx.width,
        className: 'crs-chart',
        idPrefix: id,
        ariaLabel: `The ${N} data points and the line ŷ = w·x + b`,
        ...(ctx.document !== undefined && { document: ctx.document }),
      }),
    [id],
  );
  const description = `Line ŷ = ${fmt(w, 2)}·x + ${fmt(b, 2)}; loss ${fmtSig(view.loss, 4)}. Sample ${view.i + 1} (x = ${fmt(view.xi, 2)}, y = ${fmt(view.yi, 2)}) is highlighted with its residual ${fmtSig(view.ri, 3)}.`;
  const update = useCallback(
    (svg: ChainRuleSvg) =>
      applyChainRuleCurrent(
        svg,
        { w, b, predictions: view.predictions, sample: view.i },
        CHAIN_DATA.x,
        CHAIN_DATA.y,
        description,
      ),
    [w, b, view, description],
  );

  const set = (field: 'w' | 'b' | 'sample') => (x: number) => {
    const spec = field === 'w' ? W_FIELD : field === 'b' ? B_FIELD : SAMPLE_FIELD;
    setState((s) => ({ ...s, [field]: clampField(spec, x) }));
  };
  const go = (delta: number) =>
    setState((s) => ({ ...s, step: Math.min(STEP_COUNT - 1, Math.max(0, s.step + delta)) }));
  const atStart = step <= 0;
  const atEnd = step >= STEP_COUNT - 1;
  const k = view.i + 1;

  return (
    <WidgetFrame name="ChainRuleStepper" id={id} label="Chain rule stepper" class="crs">
      <Graph step={step} view={view} w={w} />
      <div class="crs-stepbar">
        <button
          type="button"
          class="kit-button"
          aria-disabled={atStart ? 'true' : 'false'}
          onClick={() => !atStart && go(-1)}
        >
          Previous step
        </button>
        <ol class="crs-dots" aria-hidden="true">
          {STEPS.map((_, s) => (
            <li key={s} class={s === step ? 'on' : s < step ? 'done' : ''} />
          ))}
        </ol>
        <button
          type="button"
          class="kit-button"
          aria-disabled={atEnd ? 'true' : 'false'}
          onClick={() => !atEnd && go(1)}
        >
          Next step
        </button>
      </div>
      <div class="crs-panel">
        <p class="crs-step-title" id={`${id}-step`} aria-live="polite">
          Step {step + 1} of {STEP_COUNT}: {STEPS[step]!.title}
        </p>
        <StepFormula step={step} view={view} />
      </div>
      <PlotFigure chart={chart} update={update} aspect={CHAIN_RULE_ASPECT} />
      <p class="crs-key" aria-hidden="true">
        <span>
          <span class="crs-key-line" /> line <i>ŷ</i> = <i>w</i>·<i>x</i> + <i>b</i>
        </span>
        <span>
          <span class="crs-key-dot" /> sample {k}
        </span>
        <span>
          <span class="crs-key-res" /> its residual <Yhat sub={k} /> − <Sub v="y" sub={k} />
        </span>
      </p>
      <div class="widget-controls">
        <Slider
          id={`${id}-w`}
          label={W_FIELD.label}
          value={w}
          min={W_FIELD.min}
          max={W_FIELD.max}
          step={W_FIELD.step!}
          format={(x) => fmt(x, 2)}
          mainControl
          onInput={set('w')}
        />
        <Slider
          id={`${id}-b`}
          label={B_FIELD.label}
          value={b}
          min={B_FIELD.min}
          max={B_FIELD.max}
          step={B_FIELD.step!}
          format={(x) => fmt(x, decimalsForStep(B_FIELD.step!))}
          onInput={set('b')}
        />
        <Slider
          id={`${id}-sample`}
          label={SAMPLE_FIELD.label}
          value={sample}
          min={SAMPLE_FIELD.min}
          max={SAMPLE_FIELD.max}
          step={SAMPLE_FIELD.step!}
          valueText={`${k}: x = ${fmt(view.xi, 2)}, y = ${fmt(view.yi, 2)}`}
          onInput={set('sample')}
        />
      </div>
      <div class="kit-readouts crs-readouts">
        <Readout id={`${id}-loss`} label={<>Loss L</>} value={view.loss} />
        <Readout id={`${id}-mean`} label="mean(ŷ − y)" value={view.meanResidual} />
        <Readout
          id={`${id}-dldyhat`}
          label={
            <>
              ∂L/∂ŷ<sub>i</sub> (i = {k})
            </>
          }
          value={view.dLdyhati}
        />
        <Readout
          id={`${id}-dyhatdw`}
          label={
            <>
              ∂ŷ<sub>i</sub>/∂w = x<sub>i</sub>
            </>
          }
          value={view.dyhatdwi}
        />
        <Readout id={`${id}-dldw`} label="∂L/∂w" value={view.dLdw} />
      </div>
      <div class="crs-fd">
        <Readout
          id={`${id}-fd`}
          label={<>Finite difference (L(w + h) − L(w − h))/2h</>}
          value={view.finiteDifference}
        />
        <p>
          With h = {FD_H}. {agreementText(view)} (gap {fmtSig(view.fdGap, 2)})
        </p>
      </div>
      <p class="crs-words">{gradientText(view)}</p>
      {notices.length > 0 && (
        <p class="widget-notice" role="status">
          Some settings in the link could not be used. {notices.join(' ')}
        </p>
      )}
      <div class="widget-footer">
        <span class="crs-data-note">Data: {N} points, y = 2x + noise (seed 1)</span>
        <CopyLinkButton
          id={id}
          getUrl={() => urlWithState(window.location.href, CHAIN_URL_SCHEMA, flat, prefix)}
        />
      </div>
    </WidgetFrame>
  );
}

export default ChainRuleStepper;
